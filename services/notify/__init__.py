"""Notify: rejection notices by SMS and e-mail to the applicant and the lower unit (issue 6)."""
