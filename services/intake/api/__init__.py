"""The applicant portal's HTTP API."""

from services.intake.api import (
    accounts,
    applications,
    directory,
    drafts,
    guidance,
    materials,
    season,
)

ROUTERS = (
    accounts.router,
    applications.router,
    drafts.router,
    directory.router,
    guidance.router,
    materials.router,
    season.router,
)
