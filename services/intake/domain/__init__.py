"""Intake's pure domain: accounts, identity, forms and their consistency, files, submission,
withdrawal and progress. Stdlib only (plus shared vocabulary); `now` passed in."""
