"""The operator's look-up in intake (系统管理员): who applied, and how their application stands."""

from typing import Annotated

from fastapi import APIRouter, Query

from services.intake.api.dependencies import OperatorDep, ServicesDep
from services.intake.views.lookup import ApplicationLookupPage, find_applications

router = APIRouter(prefix="/admin", tags=["admin"])


@router.get("/applications", response_model=ApplicationLookupPage)
async def look_up_applications(
    _: OperatorDep,
    services: ServicesDep,
    q: Annotated[str, Query(min_length=1, max_length=60, title="申报人姓名或申报编号")],
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
) -> ApplicationLookupPage:
    """申报查询: the applications whose applicant's name holds `q`, or whose id it is, drafts
    included, most recently changed first."""
    async with services.transaction() as uow:
        return await find_applications(uow.session, q, limit=limit)
