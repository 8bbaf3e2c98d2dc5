"""The screens' lists for one organisation: what waits for it, and what passed through it."""

import uuid
from dataclasses import dataclass
from datetime import datetime
from functools import cache

from sqlalchemy import (
    BindParameter,
    ColumnElement,
    Integer,
    RowMapping,
    Select,
    and_,
    bindparam,
    func,
    select,
)
from sqlalchemy.ext.asyncio import AsyncSession

from services.review.domain.case import STATUS_LABELS, Status
from services.review.domain.season import Season, Waiting, china_day, waiting
from services.review.models import organisation, review_case, route_stage
from services.review.repository.tallies import TallyRepository
from services.review.views.case_schemas import CaseListItem
from services.review.views.labels import LIST_LABELS, OUTCOME_LABELS, CaseList
from shared.contracts.vocabulary import Role
from shared.db.statements import SelectRows

# the stage before this organisation's (who sent it up) and the case's current stage (where it is)
_sender = route_stage.alias("sender_stage")
_sender_org = organisation.alias("sender_org")
_current = route_stage.alias("current_stage")
_current_org = organisation.alias("current_org")

_state = route_stage.c.state
_CONDITIONS: dict[CaseList, ColumnElement[bool]] = {
    CaseList.personal: and_(_state == Status.pending_receipt, route_stage.c.position == 1),
    CaseList.unit: and_(_state == Status.pending_receipt, route_stage.c.position > 1),
    CaseList.approval: _state == Status.pending_approval,
    CaseList.forwarding: _state == Status.pending_forwarding,
    CaseList.returned: _state == Status.returned_for_correction,
    CaseList.processed: route_stage.c.left_at.is_not(None),
}
_ROW_COLUMNS = [
    review_case.c[name]
    for name in (
        "id",
        "application_id",
        "submission",
        "applicant_name",
        "id_number_masked",
        "employer_name",
        "current_profession",
        "applied_title",
        "status",
        "paper_checked",
        "position",
        "stage_count",
        "version",
    )
]
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


def _stages_of(
    organisation_code: str | BindParameter[str], which: CaseList, *, with_case: bool
) -> Select[uuid.UUID, int]:
    """The organisation's stages in the list; joined to their cases only when a filter or the
    sort needs the case's own columns (the badges and the usual sort never do)."""
    query = select(
        route_stage.c.case_id.label("id"), route_stage.c.position.label("stage_position")
    ).where(route_stage.c.organisation_code == organisation_code, _CONDITIONS[which])
    if with_case:
        query = query.join(review_case, review_case.c.id == route_stage.c.case_id)
    return query


def _rows(page: Select[uuid.UUID, int]) -> SelectRows:
    """The page's cases with what a row shows: who sent each, where each is now."""
    ids = page.subquery()
    return (
        select(
            *_ROW_COLUMNS,
            route_stage.c.position.label("stage_position"),
            route_stage.c.role.label("stage_role"),
            route_stage.c.entered_at,
            route_stage.c.left_at,
            route_stage.c.outcome,
            _sender_org.c.name.label("sender_name"),
            _current_org.c.name.label("current_name"),
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
    )


async def counts(session: AsyncSession, organisation_code: str) -> dict[CaseList, int]:
    """How many cases each list holds: the menu's badges, from the stage tally (a few rows per
    state, however many cases the organisation has had)."""
    found = {name: 0 for name in CaseList}
    for tally in await TallyRepository(session).of(organisation_code):
        for name in lists_of(tally.state, tally.at_first):
            found[name] += tally.count
    return found


def lists_of(state: str | None, at_first: bool) -> list[CaseList]:
    if state in OUTCOME_LABELS:
        return [CaseList.processed]
    if state == Status.pending_receipt:
        return [CaseList.personal if at_first else CaseList.unit]
    if state == Status.pending_approval:
        return [CaseList.approval]
    if state == Status.pending_forwarding:
        return [CaseList.forwarding]
    if state == Status.returned_for_correction:
        return [CaseList.returned]
    return []


@dataclass(frozen=True)
class ListStatements:
    total: Select[int]  # how many match
    page: SelectRows  # one page of them, with what each row shows


def list_statements(
    organisation_code: str | BindParameter[str],
    which: CaseList,
    filters: Filters,
    *,
    sort: str,
    limit: int | BindParameter[int],
    offset: int | BindParameter[int],
) -> ListStatements:
    """The two statements a list page runs (tests/integration/review/test_list_plans.py reads
    their plans on PostgreSQL)."""
    column = SORTS[sort.removeprefix("-")]
    with_case = column.table is review_case or any(
        (filters.applicant_name, filters.current_profession, filters.employer)
    )
    query = _filtered(_stages_of(organisation_code, which, with_case=with_case), which, filters)
    order = column.desc() if sort.startswith("-") else column.asc()
    page = query.order_by(order, route_stage.c.case_id).limit(limit).offset(offset)
    return ListStatements(
        total=select(func.count()).select_from(query.subquery()),
        page=_rows(page).order_by(order, review_case.c.id),
    )


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
    season: Season | None = None,
    badges: dict[CaseList, int] | None = None,
) -> tuple[int, list[CaseListItem]]:
    """(how many match, one page of them); waiting is counted in the season's working days.
    With no filter, how many match is the list's badge (`badges`, when the caller has them)."""
    if badges is not None and filters == Filters():
        total = badges[which]
        page = _unfiltered_page(which, sort)
        values = {"organisation_code": organisation_code, "limit": limit, "offset": offset}
        rows = await session.execute(page, values)
    else:
        statements = list_statements(
            organisation_code, which, filters, sort=sort, limit=limit, offset=offset
        )
        total = (await session.execute(statements.total)).scalar_one()
        rows = await session.execute(statements.page)
    return int(total), [_item(row, now, season) for row in rows.mappings()]


@cache
def _unfiltered_page(which: CaseList, sort: str) -> SelectRows:
    """The page statement of a list with no filter, the screens' usual request, built once per
    list and sort with the organisation and the page as bound parameters: building it anew
    was a tenth of a list page's time."""
    return list_statements(
        bindparam("organisation_code", type_=route_stage.c.organisation_code.type),
        which,
        Filters(),
        sort=sort,
        limit=bindparam("limit", type_=Integer()),
        offset=bindparam("offset", type_=Integer()),
    ).page


def _filtered(
    query: Select[uuid.UUID, int], which: CaseList, filters: Filters
) -> Select[uuid.UUID, int]:
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


def _item(row: RowMapping, now: datetime, season: Season | None) -> CaseListItem:
    status = Status(row["status"])
    personal = row["stage_position"] == 1
    until = row["left_at"] or now
    waited = (
        waiting(season, Role(row["stage_role"]), china_day(row["entered_at"]), china_day(until))
        if row["entered_at"]
        else Waiting(0, None)
    )
    return CaseListItem(
        case_id=row["id"],
        application_id=row["application_id"],
        submission=row["submission"],
        applicant_name=row["applicant_name"],
        id_number_masked=row["id_number_masked"],
        employer_name=row["employer_name"],
        current_profession=row["current_profession"],
        applied_title=row["applied_title"],
        status=status,
        status_label=STATUS_LABELS[status],
        source_label=LIST_LABELS[CaseList.personal if personal else CaseList.unit][1],
        sent_by=f"申报对象（{row['applicant_name']}）" if personal else row["sender_name"] or "",
        paper_checked=row["paper_checked"],
        position=row["position"],
        stage_count=row["stage_count"],
        arrived_at=row["entered_at"],
        left_at=row["left_at"],
        days_waiting=max(0, (until - row["entered_at"]).days) if row["entered_at"] else 0,
        working_days_waiting=waited.working_days,
        stage_limit=waited.limit,
        overdue=waited.overdue and row["left_at"] is None,
        outcome=row["outcome"],
        outcome_label=OUTCOME_LABELS.get(row["outcome"] or ""),
        now_at=f"{row['current_name']}（{STATUS_LABELS[status]}）",
        version=row["version"],
    )
