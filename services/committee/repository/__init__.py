"""The committee's persistence: cases and their events, meetings and votes, batches."""
