"""HTTP models of the applicant portal (not contracts)."""
