"""The applicant portal's HTTP API."""

from services.intake.api import accounts, applications, drafts, materials

ROUTERS = (accounts.router, applications.router, drafts.router, materials.router)
