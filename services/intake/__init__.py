"""Intake: the applicant portal's service (forms, photo, submit, progress)."""
