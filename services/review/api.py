"""The department screens' HTTP API."""

from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Query, Request

from services.review.bootstrap import ReviewServices
from services.review.schemas import InboxPage, OrganisationOut
from services.review.views import inbox, organisation_out
from shared.contracts.vocabulary import Role, StageState


def get_services(request: Request) -> ReviewServices:
    services: ReviewServices = request.app.state.services
    return services


ServicesDep = Annotated[ReviewServices, Depends(get_services)]
router = APIRouter(tags=["review"])


@router.get("/inbox", response_model=InboxPage)
async def read_inbox(
    services: ServicesDep,
    org: Annotated[str, Query(max_length=60, description="organisation code (机构代码)")],
    state: StageState | None = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> InboxPage:
    """The cases waiting at one organisation now, oldest first, with counts per list.

    Until department accounts arrive, the organisation is a query parameter."""
    organisation = services.reference.directory.get(org)
    if organisation is None:
        raise HTTPException(status_code=404, detail="机构不存在")
    async with services.uow_factory() as uow:
        return await inbox(uow.session, organisation, state=state, limit=limit, offset=offset)


@router.get("/organisations", response_model=list[OrganisationOut])
async def list_organisations(
    services: ServicesDep, role: Role | None = None
) -> list[OrganisationOut]:
    """The organisation directory (机构目录), optionally of one role."""
    return [
        organisation_out(org)
        for org in services.reference.directory
        if role is None or org.role == role
    ]
