"""The department screens' HTTP API."""

from typing import Annotated

from fastapi import APIRouter, HTTPException, Query

from services.review.api.dependencies import ServicesDep
from services.review.api.schemas import InboxPage
from services.review.views.inbox import inbox
from shared.contracts.vocabulary import StageState

router = APIRouter(tags=["review"])


@router.get("/inbox", response_model=InboxPage)
async def read_inbox(
    services: ServicesDep,
    org: Annotated[str, Query(max_length=60, description="organisation code (机构代码)")],
    state: StageState | None = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> InboxPage:
    """Legacy (issue 2), unauthenticated; kept only until the tests that use it move to /cases."""
    organisation = services.reference.directory.get(org)
    if organisation is None:
        raise HTTPException(status_code=404, detail="机构不存在")
    async with services.uow_factory() as uow:
        return await inbox(uow.session, organisation, state=state, limit=limit, offset=offset)
