"""The applicant portal's HTTP API."""

from services.intake.api import accounts, applications, directory, drafts

ROUTERS = (accounts.router, applications.router, drafts.router, directory.router)
