"""The applicant portal's HTTP API."""

from services.intake.api import (
    accounts,
    applications,
    audit,
    directory,
    drafts,
    guidance,
    materials,
    operator,
    season,
)

ROUTERS = (
    accounts.router,
    applications.router,
    audit.router,
    drafts.router,
    directory.router,
    guidance.router,
    materials.router,
    operator.router,
    season.router,
)
