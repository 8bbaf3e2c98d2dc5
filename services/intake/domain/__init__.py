"""Intake's pure domain: identity checks, employer facts, progress. Stdlib only; `now` passed in."""
