"""The applicant portal's HTTP API."""

from services.intake.api import accounts, applications, drafts, guidance, materials

ROUTERS = (accounts.router, applications.router, drafts.router, guidance.router, materials.router)
