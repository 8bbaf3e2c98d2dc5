"""The screens' lists: 待接收申报材料, 待处理申报材料, 已处理 — each paginated, sortable,
filterable, with every list's count for the menu badges."""

from datetime import datetime
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query

from services.review.api.dependencies import CurrentDepartment, ServicesDep
from services.review.api.schemas import CaseListPage, MenuEntry, MenuGroup
from services.review.views.labels import LIST_LABELS, CaseList
from services.review.views.lists import Filters, case_list, counts
from shared.http import MAX_INTEGER

router = APIRouter(prefix="/cases", tags=["lists"])
Sort = Literal["arrived", "-arrived", "name", "-name", "employer", "-employer", "left", "-left"]


async def _filters(
    applicant_name: Annotated[str | None, Query(max_length=50, title="申报对象姓名")] = None,
    current_profession: Annotated[str | None, Query(max_length=100, title="现从事专业")] = None,
    employer: Annotated[str | None, Query(max_length=200, title="单位")] = None,
    date_from: Annotated[datetime | None, Query(title="起始时间（到达或处理）")] = None,
    date_to: Annotated[datetime | None, Query(title="截止时间（不含）")] = None,
) -> Filters:
    return Filters(applicant_name, current_profession, employer, date_from, date_to)


# the screen's filters, the same for a list's page and its export
FiltersDep = Annotated[Filters, Depends(_filters)]


@router.get("", response_model=CaseListPage)
async def list_cases(
    actor: CurrentDepartment,
    services: ServicesDep,
    filters: FiltersDep,
    list: CaseList = CaseList.personal,
    sort: Sort = "arrived",
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    offset: Annotated[int, Query(ge=0, le=MAX_INTEGER)] = 0,
) -> CaseListPage:
    """One list of the logged-in department's cases."""
    async with services.reading() as uow:
        badges = await counts(uow.session, actor.organisation_code)
        season = await uow.season.current_season()
        total, items = await case_list(
            uow.session,
            actor.organisation_code,
            list,
            filters,
            sort=sort,
            limit=limit,
            offset=offset,
            now=services.clock(),
            season=season,
            badges=badges,
        )
    menu, label = LIST_LABELS[list]
    return CaseListPage(which=list, menu=menu, label=label, counts=badges, total=total, items=items)


@router.get("/counts", response_model=dict[CaseList, int])
async def list_counts(actor: CurrentDepartment, services: ServicesDep) -> dict[CaseList, int]:
    """How many cases each list holds (the menu badges)."""
    async with services.reading() as uow:
        return await counts(uow.session, actor.organisation_code)


@router.get("/menu", response_model=list[MenuGroup])
async def menu(actor: CurrentDepartment, services: ServicesDep) -> list[MenuGroup]:
    """The menu as the notice names it (待接收申报材料 / 待处理申报材料 / 已处理), with badges."""
    async with services.reading() as uow:
        badges = await counts(uow.session, actor.organisation_code)
    groups: dict[str, list[MenuEntry]] = {}
    for which, (title, label) in LIST_LABELS.items():
        groups.setdefault(title, []).append(
            MenuEntry(which=which, label=label, count=badges[which])
        )
    return [MenuGroup(title=title, lists=entries) for title, entries in groups.items()]
