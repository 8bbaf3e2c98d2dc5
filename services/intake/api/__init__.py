"""The applicant portal's HTTP API."""

from services.intake.api import accounts, applications, drafts, guidance

ROUTERS = (accounts.router, applications.router, drafts.router, guidance.router)
