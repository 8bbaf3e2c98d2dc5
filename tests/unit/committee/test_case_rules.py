"""A committee case's life: receipt, votes, selection, sending; what each step requires."""

import uuid
from dataclasses import replace
from datetime import UTC, datetime

import pytest

from services.committee.domain import case as rules
from services.committee.domain.case import CaseRefused, CommitteeCase, Status
from services.committee.domain.meeting import (
    MeetingLocked,
    MeetingRefused,
    check_votes,
    new_meeting,
)
from services.committee.domain.votes import Seats, Tally, VoteRule

NOW = datetime(2026, 11, 28, tzinfo=UTC)


def case(status: Status = Status.pending_receipt) -> CommitteeCase:
    return CommitteeCase(
        uuid.uuid4(), uuid.uuid4(), 1, "mid.3301", status, None, None, None, 5, 1, NOW
    )


def test_received_voted_selected_sent() -> None:
    received = rules.receive(case(), NOW)
    passed = rules.decided(received, True, NOW)
    chosen = rules.select(passed, "construction", NOW)
    sent = rules.send(chosen, uuid.uuid4(), NOW)
    assert [c.status for c in (received, passed, chosen, sent)] == [
        Status.received, Status.passed, Status.selected, Status.sent,
    ]  # fmt: skip
    assert sent.version == 5


def test_only_passed_applicants_may_be_selected() -> None:
    with pytest.raises(CaseRefused, match="未通过中评委评审的申报对象不能推荐"):
        rules.select(case(Status.failed), "construction", NOW)
    with pytest.raises(CaseRefused, match="不能选为推荐对象"):
        rules.select(case(Status.received), "construction", NOW)


def test_a_correction_that_fails_a_selected_applicant_withdraws_the_selection() -> None:
    chosen = replace(case(Status.selected), senior_committee="construction")
    failed = rules.decided(chosen, False, NOW)
    assert (failed.status, failed.senior_committee) == (Status.failed, None)
    with pytest.raises(CaseRefused, match="不能更正得票"):
        rules.decided(case(Status.sent), True, NOW)


def test_refusal_needs_a_reason_and_a_case_not_yet_received() -> None:
    with pytest.raises(CaseRefused, match="须填写理由"):
        rules.refuse(case(), " ", NOW)
    with pytest.raises(CaseRefused, match="不能不予接收"):
        rules.refuse(case(Status.received), "x", NOW)


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
