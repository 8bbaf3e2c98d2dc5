"""A committee case's life: receipt, votes, selection, sending; what each step requires."""

import uuid
from dataclasses import replace
from datetime import UTC, datetime

import pytest

from services.committee.domain.actions import Decide, Receive, Refuse, Select, Send, apply
from services.committee.domain.case import CaseRefused, CommitteeCase, Status
from services.committee.domain.meeting import (
    MeetingLocked,
    MeetingRefused,
    check_votes,
    new_meeting,
)
from services.committee.domain.senior_committees import SeniorCommittee
from services.committee.domain.votes import Seats, Tally, VoteRule

NOW = datetime(2026, 11, 28, tzinfo=UTC)
CONSTRUCTION = SeniorCommittee(
    "construction", "建筑工程高评委", "senior.construction", "高评委办公室"
)
PASSING, FAILING = Tally(9, 6, 3, 0), Tally(9, 5, 4, 0)


def decided(case: CommitteeCase, passed: bool) -> CommitteeCase:
    return apply(case, Decide(PASSING if passed else FAILING, passed, 9), NOW)


def case(status: Status = Status.pending_receipt) -> CommitteeCase:
    return CommitteeCase(
        uuid.uuid4(), uuid.uuid4(), 1, "mid.3301", status, None, None, None, 5, 1, NOW
    )


def test_received_voted_selected_sent() -> None:
    received = apply(case(), Receive(), NOW)
    passed = decided(received, True)
    chosen = apply(passed, Select(CONSTRUCTION), NOW)
    sent = apply(chosen, Send(uuid.uuid4(), 1, CONSTRUCTION), NOW)
    assert [c.status for c in (received, passed, chosen, sent)] == [
        Status.received, Status.passed, Status.selected, Status.sent,
    ]  # fmt: skip
    assert sent.version == 5


def test_only_passed_applicants_may_be_selected() -> None:
    with pytest.raises(CaseRefused, match="未通过中评委评审的申报对象不能推荐"):
        apply(case(Status.failed), Select(CONSTRUCTION), NOW)
    with pytest.raises(CaseRefused, match="不能选为推荐对象"):
        apply(case(Status.received), Select(CONSTRUCTION), NOW)


def test_a_correction_that_fails_a_selected_applicant_withdraws_the_selection() -> None:
    chosen = replace(case(Status.selected), senior_committee="construction")
    failed = decided(chosen, False)
    assert (failed.status, failed.senior_committee) == (Status.failed, None)
    with pytest.raises(CaseRefused, match="不能更正得票"):
        decided(case(Status.sent), True)


def test_refusal_needs_a_reason_and_a_case_not_yet_received() -> None:
    with pytest.raises(CaseRefused, match="须填写理由"):
        apply(case(), Refuse(" "), NOW)
    with pytest.raises(CaseRefused, match="不能不予接收"):
        apply(case(Status.received), Refuse("x"), NOW)


def test_votes_after_confirmation_only_as_corrections() -> None:
    meeting = new_meeting("mid.3301", NOW.date(), Seats(9, 9), [uuid.uuid4()], VoteRule())
    tallies = {meeting.case_ids[0]: Tally(9, 6, 3, 0)}
    check_votes(meeting, tallies, VoteRule(), correcting=False)
    with pytest.raises(MeetingLocked, match="尚未确认"):
        check_votes(meeting, tallies, VoteRule(), correcting=True)
    confirmed = replace(meeting, confirmed_at=NOW)
    with pytest.raises(MeetingLocked, match="已确认锁定"):
        check_votes(confirmed, tallies, VoteRule(), correcting=False)
    with pytest.raises(MeetingRefused) as stranger:
        check_votes(confirmed, {uuid.uuid4(): Tally(9, 6, 3, 0)}, VoteRule(), correcting=True)
    assert stranger.value.problems == [("entries.0.case_id", "该申报对象不在本次评审会")]
