"""Notify's pure rules: who is told what on which channel, retries, whose token still stands."""
