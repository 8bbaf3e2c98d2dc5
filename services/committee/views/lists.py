"""The committee offices' lists: filtered by name, unit and profession, sorted, paged, with every
list's count for the menu badges."""

import uuid
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from sqlalchemy import ColumnElement, and_, case, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from services.committee.domain.case import STATUS_LABELS, Status, allowed_actions
from services.committee.models import committee_case
from services.committee.repository.case_records import CaseRecord, case_records
from services.committee.views.models import Action, CaseItem, CaseList, OrganisationOut
from shared.db.statements import SelectRows

LIST_LABELS = {
    CaseList.pending_receipt: "待接收材料",
    CaseList.received: "待评审",
    CaseList.voting: "中评委意见",
    CaseList.selection: "高评委设置",
    CaseList.sending: "待网上送审",
    CaseList.sent: "已送审",
    CaseList.processed: "已处理",
}
GENDER_LABELS = {"male": "男", "female": "女"}
Sort = Literal[
    "arrived", "-arrived", "name", "-name", "employer", "-employer",
    "profession", "-profession", "updated", "-updated",
]  # fmt: skip
SORTS = {
    "arrived": committee_case.c.handed_off_at,
    "name": committee_case.c.applicant_name,
    "employer": committee_case.c.employer_name,
    "profession": committee_case.c.current_profession,
    "updated": committee_case.c.updated_at,
}
_status = committee_case.c.status
_SENT = [Status.sent, Status.senior_received, Status.senior_refused]
_CONDITIONS: dict[CaseList, ColumnElement[bool]] = {
    CaseList.pending_receipt: _status == Status.pending_receipt,
    CaseList.received: and_(_status == Status.received, committee_case.c.meeting_id.is_(None)),
    CaseList.voting: and_(_status == Status.received, committee_case.c.meeting_id.is_not(None)),
    CaseList.selection: _status == Status.passed,
    CaseList.sending: _status == Status.selected,
    CaseList.sent: _status.in_(_SENT),
    CaseList.processed: _status.in_(
        [Status.refused, Status.failed, Status.not_recommended, *_SENT]
    ),
}


@dataclass(frozen=True)
class Filters:
    text: str | None = None  # any of 姓名, 工作单位, 现从事专业
    applicant_name: str | None = None
    employer: str | None = None
    current_profession: str | None = None
    senior_committee: str | None = None


async def counts(session: AsyncSession, office_code: str) -> dict[CaseList, int]:
    sums = [func.sum(case((condition, 1), else_=0)) for condition in _CONDITIONS.values()]
    query = select(*sums).where(committee_case.c.office_code == office_code)
    row = (await session.execute(query)).one()
    return {name: int(n or 0) for name, n in zip(_CONDITIONS, row, strict=True)}


async def case_list(
    session: AsyncSession,
    office_code: str,
    which: CaseList,
    filters: Filters,
    *,
    sort: str = "arrived",
    limit: int,
    offset: int,
) -> tuple[int, list[CaseItem]]:
    """(how many match, one page of them)."""
    where = and_(committee_case.c.office_code == office_code, _CONDITIONS[which])
    query = _filtered(select(committee_case).where(where), filters)
    total = (await session.execute(select(func.count()).select_from(query.subquery()))).scalar_one()
    column = SORTS[sort.removeprefix("-")]
    order = column.desc() if sort.startswith("-") else column.asc()
    page = query.order_by(order, committee_case.c.id).limit(limit).offset(offset)
    return int(total), [item(record) for record in await case_records(session, page)]


_SEARCHED = (
    committee_case.c.applicant_name,
    committee_case.c.employer_name,
    committee_case.c.current_profession,
)


def _filtered(query: SelectRows, filters: Filters) -> SelectRows:
    if filters.text and filters.text.strip():
        words = filters.text.strip()
        query = query.where(or_(*(c.contains(words, autoescape=True) for c in _SEARCHED)))
    for column, text in (
        (committee_case.c.applicant_name, filters.applicant_name),
        (committee_case.c.employer_name, filters.employer),
        (committee_case.c.current_profession, filters.current_profession),
    ):
        if text and text.strip():
            query = query.where(column.contains(text.strip(), autoescape=True))
    if filters.senior_committee:
        query = query.where(committee_case.c.senior_committee == filters.senior_committee)
    return query


async def stored(session: AsyncSession, case_id: uuid.UUID) -> CaseRecord:
    """Everything stored of one case (the view's own read: its page, its paper)."""
    query = select(committee_case).where(committee_case.c.id == case_id)
    return CaseRecord(**(await session.execute(query)).mappings().one())


async def items(
    session: AsyncSession,
    case_ids: Sequence[uuid.UUID],
    *,
    held: Mapping[uuid.UUID, str] | None = None,
    published: Collection[uuid.UUID] = (),
) -> list[CaseItem]:
    """The cases' list rows in the order of `case_ids`, read in one query however many."""
    query = select(committee_case).where(committee_case.c.id.in_(list(case_ids)))
    rows = {record.id: record for record in await case_records(session, query)}
    reasons = held or {}
    return [item(rows[i], held_reason=reasons.get(i), published=i in published) for i in case_ids]


async def one_item(session: AsyncSession, case_id: uuid.UUID) -> CaseItem:
    """The case's list row, as an action answers it."""
    return (await items(session, [case_id]))[0]


def refusal_told(row: CaseRecord) -> list[str]:
    return [
        f"申报人 {row.applicant_name}（短信、电子邮件）",
        f"{row.sent_by_name}（电子邮件、站内消息）",
    ]


def item(row: CaseRecord, *, held_reason: str | None = None, published: bool = False) -> CaseItem:
    """A list row; `published`: in a 公示 (no longer to be unselected), `held_reason`: why
    网上送审 must wait."""
    status = Status(row.status)
    actions = allowed_actions(status, published=published)
    return CaseItem(
        case_id=row.id,
        application_id=row.application_id,
        submission=row.submission,
        applicant_name=row.applicant_name,
        id_number_masked=row.id_number_masked,
        gender=row.gender,
        gender_label=GENDER_LABELS.get(row.gender or "", ""),
        employer_name=row.employer_name,
        current_profession=row.current_profession,
        current_title=row.current_title,
        applied_title=row.applied_title,
        sent_by=OrganisationOut(code=row.sent_by_code, name=row.sent_by_name),
        status=status,
        status_label=STATUS_LABELS[status],
        allowed_actions=[Action(a) for a in actions],
        refusal_told=refusal_told(row) if "refuse" in actions else [],
        meeting_id=row.meeting_id,
        senior_committee=row.senior_committee,
        batch_id=row.batch_id,
        handed_off_at=row.handed_off_at,
        updated_at=row.updated_at,
        version=row.version,
        held_reason=held_reason,
    )
