"""One case, one meeting, one batch, as the offices see them."""

import uuid
from typing import Any

from services.committee.repository.meetings import MeetingRepository
from services.committee.unit_of_work import CommitteeUnitOfWork
from services.committee.views.lists import item

ACTION_LABELS = {
    "received": "接收",
    "refused": "不予接收",
    "placed_in_meeting": "提交评审会",
    "votes_confirmed": "得票情况确认",
    "votes_corrected": "更正得票情况",
    "selected": "选为推荐对象",
    "unselected": "取消推荐",
    "sent": "网上送审",
    "not_recommended": "未被推荐",
    "senior_received": "高评委办公室接收",
    "senior_refused": "高评委办公室不予接收",
}


async def case_detail(uow: CommitteeUnitOfWork, case_id: uuid.UUID) -> dict[str, Any]:
    row = await uow.cases.row(case_id)
    submitted = row.submitted or {}
    return {
        **item(row),
        "forms": submitted.get("forms"),
        "check_report": submitted.get("check_report"),
        "files": submitted.get("files", []),
        "review_opinions": row.opinions,
        "votes": await case_votes(uow.meetings, row.meeting_id, case_id),
        "history": [
            {
                "at": e.at,
                "action": e.action,
                "action_label": ACTION_LABELS.get(e.action, e.action),
                "organisation_code": e.organisation_code,
                "text": e.text,
            }
            for e in await uow.cases.events(case_id)
        ],
    }


async def meeting_detail(uow: CommitteeUnitOfWork, meeting_id: uuid.UUID) -> dict[str, Any]:
    meeting = await uow.meetings.get(meeting_id)
    assert meeting is not None
    entries = await uow.meetings.entries(meeting_id)
    cases = []
    for case in await uow.cases.in_meeting(meeting_id):
        own = [_entry(e) for e in entries if e.case_id == case.id]
        cases.append(
            {
                **item(await uow.cases.row(case.id)),
                "votes": own[-1] if own else None,
                "entries": own,
            }
        )
    return {
        "id": meeting.id,
        "held_on": meeting.held_on,
        "members_seated": meeting.members_seated,
        "confirmed": meeting.confirmed,
        "confirmed_at": meeting.confirmed_at,
        "cases": cases,
    }


async def batch_detail(uow: CommitteeUnitOfWork, batch: Any) -> dict[str, Any]:
    return {
        "id": batch.id,
        "office_code": batch.office_code,
        "senior_committee": batch.senior_committee,
        "senior_office_code": batch.senior_office_code,
        "case_count": batch.case_count,
        "sent_at": batch.sent_at,
        "received_at": batch.received_at,
        "cases": [item(await uow.cases.row(c.id)) for c in await uow.cases.in_batch(batch.id)],
    }


async def case_votes(
    meetings: MeetingRepository, meeting_id: uuid.UUID | None, case_id: uuid.UUID
) -> list[dict[str, Any]]:
    if meeting_id is None:
        return []
    return [_entry(e) for e in await meetings.entries(meeting_id) if e.case_id == case_id]


def _entry(row: Any) -> dict[str, Any]:
    return {
        "entry_no": row.entry_no,
        "present": row.present,
        "in_favour": row.in_favour,
        "against": row.against,
        "abstain": row.abstain,
        "passed": bool(row.passed),
        "correction_reason": row.correction_reason,
        "recorded_at": row.recorded_at,
    }
