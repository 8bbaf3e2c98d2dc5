"""The screens' lists for one organisation: what waits for it, and what passed through it."""

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, case, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from services.review.domain.case import STATUS_LABELS, Status
from services.review.models import organisation, review_case, route_stage
from services.review.views.case_schemas import CaseListItem
from services.review.views.labels import LIST_LABELS, OUTCOME_LABELS, CaseList

# the stage before this organisation's (who sent it up) and the case's current stage (where it is)
_sender = route_stage.alias("sender_stage")
_sender_org = organisation.alias("sender_org")
_current = route_stage.alias("current_stage")
_current_org = organisation.alias("current_org")

_at_current_stage = route_stage.c.position == review_case.c.position
_CONDITIONS: dict[CaseList, ColumnElement[bool]] = {
    CaseList.personal: and_(
        _at_current_stage,
        review_case.c.status == Status.pending_receipt,
        review_case.c.position == 1,
    ),
    CaseList.unit: and_(
        _at_current_stage,
        review_case.c.status == Status.pending_receipt,
        review_case.c.position > 1,
    ),
    CaseList.approval: and_(_at_current_stage, review_case.c.status == Status.pending_approval),
    CaseList.forwarding: and_(_at_current_stage, review_case.c.status == Status.pending_forwarding),
    CaseList.processed: route_stage.c.left_at.is_not(None),
}
SORTS = {
    "arrived": route_stage.c.entered_at,
    "name": review_case.c.applicant_name,
    "employer": review_case.c.employer_name,
    "left": route_stage.c.left_at,
}


@dataclass(frozen=True)
class Filters:
    applicant_name: str | None = None
    current_profession: str | None = None
    employer: str | None = None
    date_from: datetime | None = None
    date_to: datetime | None = None


def _stages_of(organisation_code: str) -> Select[Any]:
    return (
        select(review_case.c.id)
        .join(route_stage, route_stage.c.case_id == review_case.c.id)
        .where(route_stage.c.organisation_code == organisation_code)
    )


def _rows(page: Select[Any]) -> Select[Any]:
    """The page's cases with what a row shows: who sent each, where each is now."""
    ids = page.subquery()
    return (
        select(
            review_case,
            route_stage.c.position.label("stage_position"),
            route_stage.c.entered_at,
            route_stage.c.left_at,
            route_stage.c.outcome,
            _sender_org.c.name.label("sender_name"),
            _current_org.c.name.label("current_name"),
            ids.c.row_number,
        )
        .join(ids, ids.c.id == review_case.c.id)
        .join(
            route_stage,
            (route_stage.c.case_id == review_case.c.id)
            & (route_stage.c.position == ids.c.stage_position),
        )
        .outerjoin(
            _sender,
            (_sender.c.case_id == review_case.c.id)
            & (_sender.c.position == route_stage.c.position - 1),
        )
        .outerjoin(_sender_org, _sender_org.c.code == _sender.c.organisation_code)
        .join(
            _current,
            (_current.c.case_id == review_case.c.id)
            & (_current.c.position == review_case.c.position),
        )
        .join(_current_org, _current_org.c.code == _current.c.organisation_code)
        .order_by(ids.c.row_number)
    )


async def counts(session: AsyncSession, organisation_code: str) -> dict[CaseList, int]:
    """How many cases each list holds: the menu's badges."""
    sums = [func.sum(case((condition, 1), else_=0)) for condition in _CONDITIONS.values()]
    query = (
        select(*sums)
        .select_from(review_case)
        .join(route_stage, route_stage.c.case_id == review_case.c.id)
        .where(route_stage.c.organisation_code == organisation_code)
    )
    row = (await session.execute(query)).one()
    return {name: int(n or 0) for name, n in zip(_CONDITIONS, row, strict=True)}


async def case_list(
    session: AsyncSession,
    organisation_code: str,
    which: CaseList,
    filters: Filters,
    *,
    sort: str,
    limit: int,
    offset: int,
    now: datetime,
) -> tuple[int, list[CaseListItem]]:
    """(how many match, one page of them)."""
    query = _filtered(_stages_of(organisation_code).where(_CONDITIONS[which]), which, filters)
    total = (await session.execute(select(func.count()).select_from(query.subquery()))).scalar_one()
    column = SORTS[sort.removeprefix("-")]
    order = column.desc() if sort.startswith("-") else column.asc()
    page = (
        query.add_columns(
            route_stage.c.position.label("stage_position"),
            func.row_number().over(order_by=(order, review_case.c.id)).label("row_number"),
        )
        .order_by(order, review_case.c.id)
        .limit(limit)
        .offset(offset)
    )
    rows = await session.execute(_rows(page))
    return int(total), [_item(row, now) for row in rows]


def _filtered(query: Select[Any], which: CaseList, filters: Filters) -> Select[Any]:
    for column, text in (
        (review_case.c.applicant_name, filters.applicant_name),
        (review_case.c.current_profession, filters.current_profession),
        (review_case.c.employer_name, filters.employer),
    ):
        if text:
            query = query.where(column.contains(text.strip(), autoescape=True))
    moment = route_stage.c.left_at if which == CaseList.processed else route_stage.c.entered_at
    if filters.date_from:
        query = query.where(moment >= filters.date_from)
    if filters.date_to:
        query = query.where(moment < filters.date_to)
    return query


def _item(row: Any, now: datetime) -> CaseListItem:
    status = Status(row.status)
    personal = row.stage_position == 1
    until = row.left_at or now
    return CaseListItem(
        case_id=row.id,
        application_id=row.application_id,
        submission=row.submission,
        applicant_name=row.applicant_name,
        id_number_masked=row.id_number_masked,
        employer_name=row.employer_name,
        current_profession=row.current_profession,
        applied_title=row.applied_title,
        status=status,
        status_label=STATUS_LABELS[status],
        source_label=LIST_LABELS[CaseList.personal if personal else CaseList.unit][1],
        sent_by=f"申报对象（{row.applicant_name}）" if personal else row.sender_name or "",
        paper_checked=row.paper_checked,
        position=row.position,
        stage_count=row.stage_count,
        arrived_at=row.entered_at,
        left_at=row.left_at,
        days_waiting=max(0, (until - row.entered_at).days) if row.entered_at else 0,
        outcome=row.outcome,
        outcome_label=OUTCOME_LABELS.get(row.outcome or ""),
        now_at=f"{row.current_name}（{STATUS_LABELS[status]}）",
        version=row.version,
    )
