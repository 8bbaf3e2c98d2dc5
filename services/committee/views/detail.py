"""One case, one meeting, one batch, as the offices see them."""

import uuid
from collections import defaultdict

from sqlalchemy import select

from services.committee.domain.actions import HistoryAction
from services.committee.domain.batch import Batch
from services.committee.domain.meeting import Meeting, RecordedVote
from services.committee.domain.senior_committees import SeniorCommittees
from services.committee.domain.votes import Seats, Tally, VoteRule, assess
from services.committee.models import committee_case
from services.committee.repository.case_records import CaseRecord, batch_records, case_records
from services.committee.unit_of_work import CommitteeUnitOfWork
from services.committee.views.lists import item, stored
from services.committee.views.models import (
    BatchOut,
    CaseDetail,
    CaseFile,
    HistoryEntry,
    MeetingCase,
    MeetingDetail,
    MeetingSummary,
    OpinionOut,
    Problem,
    RuleOut,
    VerdictOut,
    VoteEntry,
)
from shared.contracts import ApplicationSubmitted
from shared.contracts.review import ReviewOpinion
from shared.contracts.vocabulary import DECISION_LABELS

ACTION_LABELS: dict[HistoryAction, str] = {
    HistoryAction.received: "接收",
    HistoryAction.refused: "不予接收",
    HistoryAction.placed_in_meeting: "提交评审会",
    HistoryAction.votes_confirmed: "得票情况确认",
    HistoryAction.votes_corrected: "更正得票情况",
    HistoryAction.selected: "选为推荐对象",
    HistoryAction.unselected: "取消推荐",
    HistoryAction.sent: "网上送审",
    HistoryAction.publicized: "公示",
    HistoryAction.objection_upheld: "异议成立，未被推荐",
    HistoryAction.objection_dismissed: "异议不成立",
    HistoryAction.objection_noted: "异议已处理",
    HistoryAction.not_recommended: "未被推荐",
    HistoryAction.senior_received: "高评委办公室接收",
    HistoryAction.senior_refused: "高评委办公室不予接收",
}


def action_label(action: str) -> str:
    """The history entry's label; an action no longer made keeps its stored name."""
    known = action in HistoryAction.__members__.values()
    return ACTION_LABELS[HistoryAction(action)] if known else action


def submission(row: CaseRecord) -> ApplicationSubmitted:
    """The submission as it was handed off (ID numbers masked by intake)."""
    return ApplicationSubmitted.model_validate(row.submitted)


async def case_detail(uow: CommitteeUnitOfWork, case_id: uuid.UUID) -> CaseDetail:
    row = await stored(uow.session, case_id)
    submitted = submission(row)
    votes = await uow.meetings.entries(row.meeting_id) if row.meeting_id else []
    return CaseDetail(
        **item(row).model_dump(),
        forms=submitted.forms,
        check_report=submitted.check_report,
        files=[
            CaseFile(
                **ref.model_dump(),
                path=f"/materials/{row.application_id}/{row.submission}/{ref.file_id}",
            )
            for ref in submitted.files
        ],
        review_opinions=[
            OpinionOut(**o.model_dump(), decision_label=DECISION_LABELS.get(o.decision, o.decision))
            for o in (ReviewOpinion.model_validate(v) for v in row.opinions)
        ],
        votes=[vote_entry(e) for e in votes if e.case_id == case_id],
        history=[
            HistoryEntry(
                at=e.at,
                action=e.action,
                action_label=action_label(e.action),
                organisation_code=e.organisation_code,
                text=e.text,
            )
            for e in await uow.cases.events(case_id)
        ],
    )


def rule_out(rule: VoteRule) -> RuleOut:
    quorum = f"{rule.quorum.numerator}/{rule.quorum.denominator}"
    threshold = f"{rule.pass_threshold.numerator}/{rule.pass_threshold.denominator}"
    return RuleOut(
        quorum=quorum,
        pass_threshold=threshold,
        text=f"每名申报对象的出席人数须达到在册委员人数的 {quorum}，"
        f"赞成票达到出席人数的 {threshold} 为通过",
    )


def meeting_summary(meeting: Meeting, rule: VoteRule) -> MeetingSummary:
    return MeetingSummary(
        id=meeting.id,
        held_on=meeting.held_on,
        members_enrolled=meeting.seats.enrolled,
        members_attending=meeting.seats.attending,
        minimum_present=rule.minimum_present(meeting.seats.enrolled),
        confirmed=meeting.confirmed,
        confirmed_at=meeting.confirmed_at,
        case_count=len(meeting.case_ids),
    )


async def meeting_detail(
    uow: CommitteeUnitOfWork, meeting_id: uuid.UUID, rule: VoteRule
) -> MeetingDetail:
    """The meeting, its applicants and their entries: three queries, however many applicants."""
    meeting = await uow.meetings.get(meeting_id)
    assert meeting is not None
    entries: dict[uuid.UUID, list[VoteEntry]] = defaultdict(list)
    for e in await uow.meetings.entries(meeting_id):
        entries[e.case_id].append(vote_entry(e))
    rows = await case_records(
        uow.session,
        select(committee_case)
        .where(committee_case.c.meeting_id == meeting_id)
        .order_by(committee_case.c.handed_off_at, committee_case.c.id),
    )
    cases = [
        MeetingCase(
            **item(row).model_dump(),
            votes=entries[row.id][-1] if entries[row.id] else None,
            entries=entries[row.id],
        )
        for row in rows
    ]
    return MeetingDetail(
        **meeting_summary(meeting, rule).model_dump(), rule=rule_out(rule), cases=cases
    )


def verdict(tally: Tally, seats: Seats, rule: VoteRule) -> VerdictOut:
    judged = assess(tally, seats, rule)
    label = "得票情况有误" if judged.passed is None else "通过" if judged.passed else "未通过"
    return VerdictOut(
        valid=not judged.problems,
        passed=judged.passed,
        verdict_label=label,
        minimum_in_favour=judged.minimum_in_favour,
        explanation=judged.explanation,
        problems=[Problem(field=f, message=m) for f, m in judged.problems],
    )


async def batch_detail(
    uow: CommitteeUnitOfWork, batch: Batch, committees: SeniorCommittees
) -> BatchOut:
    rows = await batch_records(uow.session, batch.id)
    committee = committees.get(batch.senior_committee)
    office_name = rows[0].office_name if rows else batch.office_code
    return BatchOut(
        id=batch.id,
        office_code=batch.office_code,
        office_name=office_name,
        senior_committee=batch.senior_committee,
        senior_committee_name=committee.name if committee else batch.senior_committee,
        senior_office_code=batch.senior_office_code,
        case_count=batch.case_count,
        sent_at=batch.sent_at,
        received_at=batch.received_at,
        cases=[item(row) for row in rows],
        refusal_told=["申报人（短信、电子邮件）", f"{office_name}（电子邮件、站内消息）"],
    )


def vote_entry(row: RecordedVote) -> VoteEntry:
    return VoteEntry(
        entry_no=row.entry_no,
        present=row.present,
        in_favour=row.in_favour,
        against=row.against,
        abstain=row.abstain,
        passed=bool(row.passed),
        result_label="通过" if row.passed else "未通过",
        correction_reason=row.correction_reason,
        recorded_at=row.recorded_at,
    )
