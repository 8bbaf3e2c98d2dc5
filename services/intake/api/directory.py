"""Review's directory for the portal's pickers (no login), and a draft's route preview."""

import uuid

from fastapi import APIRouter

from services.intake.api.dependencies import ApplicantDep, ServicesDep
from services.intake.domain.employer import employer_of, route_of
from services.intake.handlers.directory import employer_directory, published_directory
from services.intake.handlers.errors import ApplicationNotFound
from services.intake.schemas.directory import DirectoryOut, RouteOut
from services.intake.views.directory import directory_out, route_out
from services.intake.views.owned import owned

router = APIRouter(tags=["directory"])


@router.get("/directory", response_model=DirectoryOut)
async def read_directory(services: ServicesDep) -> DirectoryOut:
    """单位类型, regions, provincial units and talent centres the employer step accepts; public.
    503 with Retry-After until review's directory has reached intake."""
    async with services.transaction() as uow:
        return directory_out(await published_directory(uow))


@router.get("/applications/{application_id}/route", response_model=RouteOut)
async def read_route(
    application_id: uuid.UUID, account: ApplicantDep, services: ServicesDep
) -> RouteOut:
    """The departments the draft will pass through, in order, from its employer step, and the
    mid-committee office it ends at; 422 naming what is missing."""
    async with services.transaction() as uow:
        row = await owned(uow.session, account, application_id)
        if row is None:
            raise ApplicationNotFound(application_id)
        directory = await employer_directory(uow)
    return route_out(route_of(employer_of(row.employer), directory))
