"""The committee's pure domain: votes and the pass rule, committee cases, meetings, batches."""
