"""Committee office: receipt, votes, senior committee choice, online submission (issue 5)."""
