"""The mid-committee office's screens' lists, with the counts for the menu badges."""

from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from services.committee.domain.case import STATUS_LABELS, Status
from services.committee.models import committee_case


class CaseList(StrEnum):
    pending_receipt = "pending_receipt"  # 待接收材料 / 单位上报材料
    received = "received"  # 已接收，待提交评审会
    voting = "voting"  # 中评委意见: considered at a meeting, votes not yet confirmed
    selection = "selection"  # 高评委设置: passed, to be chosen or not
    sending = "sending"  # 待网上送审: chosen
    processed = "processed"  # 已处理


LIST_LABELS = {
    CaseList.pending_receipt: "待接收材料",
    CaseList.received: "待评审",
    CaseList.voting: "中评委意见",
    CaseList.selection: "高评委设置",
    CaseList.sending: "待网上送审",
    CaseList.processed: "已处理",
}
_status = committee_case.c.status
_CONDITIONS: dict[CaseList, ColumnElement[bool]] = {
    CaseList.pending_receipt: _status == Status.pending_receipt,
    CaseList.received: and_(_status == Status.received, committee_case.c.meeting_id.is_(None)),
    CaseList.voting: and_(_status == Status.received, committee_case.c.meeting_id.is_not(None)),
    CaseList.selection: _status == Status.passed,
    CaseList.sending: _status == Status.selected,
    CaseList.processed: _status.in_(
        [
            Status.refused,
            Status.failed,
            Status.not_recommended,
            Status.sent,
            Status.senior_received,
            Status.senior_refused,
        ]
    ),
}


async def counts(session: AsyncSession, office_code: str) -> dict[CaseList, int]:
    sums = [func.sum(case((condition, 1), else_=0)) for condition in _CONDITIONS.values()]
    query = select(*sums).where(committee_case.c.office_code == office_code)
    row = (await session.execute(query)).one()
    return {name: int(n or 0) for name, n in zip(_CONDITIONS, row, strict=True)}


async def case_list(
    session: AsyncSession, office_code: str, which: CaseList, *, limit: int, offset: int
) -> tuple[int, list[dict[str, Any]]]:
    where = and_(committee_case.c.office_code == office_code, _CONDITIONS[which])
    total = await session.scalar(select(func.count()).where(where))
    rows = await session.execute(
        select(committee_case)
        .where(where)
        .order_by(committee_case.c.handed_off_at, committee_case.c.id)
        .limit(limit)
        .offset(offset)
    )
    return int(total or 0), [item(row) for row in rows]


def item(row: Any) -> dict[str, Any]:
    status = Status(row.status)
    return {
        "case_id": row.id,
        "application_id": row.application_id,
        "submission": row.submission,
        "applicant_name": row.applicant_name,
        "id_number_masked": row.id_number_masked,
        "gender": row.gender,
        "employer_name": row.employer_name,
        "current_profession": row.current_profession,
        "current_title": row.current_title,
        "applied_title": row.applied_title,
        "sent_by": {"code": row.sent_by_code, "name": row.sent_by_name},
        "status": status,
        "status_label": STATUS_LABELS[status],
        "meeting_id": row.meeting_id,
        "senior_committee": row.senior_committee,
        "batch_id": row.batch_id,
        "handed_off_at": row.handed_off_at,
        "updated_at": row.updated_at,
        "version": row.version,
    }
