"""评审会: a meeting of the mid-level committee, the applicants it considers, their votes.

Votes are never overwritten: every tally is a new entry and the newest counts. Before the
meeting's votes are confirmed an entry may be recorded again; once confirmed they are locked and
a correction is an entry that must say why."""

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime

from services.committee.domain.votes import Seats, Tally, VoteRule, seats_problems, tally_problems
from shared.refusals import Conflict, InvalidInput


class MeetingRefused(InvalidInput):
    """What is wrong with the input, as (field, Chinese message) pairs (answered 422)."""

    @property
    def problems(self) -> list[tuple[str, str]]:
        return self.errors


class MeetingLocked(Conflict):
    """The meeting's state does not allow it (confirmed, or not yet); the message says why."""


@dataclass(frozen=True)
class Meeting:
    id: uuid.UUID
    office_code: str
    held_on: date
    seats: Seats  # 在册委员人数 and 到会委员人数
    case_ids: tuple[uuid.UUID, ...]
    confirmed_at: datetime | None

    @property
    def confirmed(self) -> bool:
        return self.confirmed_at is not None


@dataclass(frozen=True)
class RecordedVote:
    """One vote entry as recorded (entries are never changed; the newest of a case counts)."""

    case_id: uuid.UUID
    entry_no: int
    present: int
    in_favour: int
    against: int
    abstain: int
    passed: bool  # under the rule in force when it was recorded
    correction_reason: str | None
    recorded_at: datetime


def new_meeting(
    office_code: str, held_on: date, seats: Seats, case_ids: list[uuid.UUID], rule: VoteRule
) -> Meeting:
    problems = seats_problems(seats, rule)
    if not case_ids:
        problems.append(("case_ids", "请选择本次评审会评审的申报对象"))
    if len(set(case_ids)) != len(case_ids):
        problems.append(("case_ids", "同一申报对象列入了两次"))
    if problems:
        raise MeetingRefused(problems)
    return Meeting(uuid.uuid4(), office_code, held_on, seats, tuple(case_ids), None)


def check_votes(
    meeting: Meeting, tallies: Mapping[uuid.UUID, Tally], rule: VoteRule, *, correcting: bool
) -> None:
    """Refuses tallies for cases the meeting did not consider, tallies that cannot be, new
    entries after confirmation (except corrections) and corrections before it."""
    if meeting.confirmed and not correcting:
        raise MeetingLocked("得票情况已确认锁定，如需更正请提交更正并说明理由")
    if correcting and not meeting.confirmed:
        raise MeetingLocked("得票情况尚未确认，可直接重新录入")
    problems = []
    for index, (case_id, tally) in enumerate(tallies.items()):
        if case_id not in meeting.case_ids:
            problems.append((f"entries.{index}.case_id", "该申报对象不在本次评审会"))
        problems += [
            (f"entries.{index}.{field}", message)
            for field, message in tally_problems(tally, meeting.seats, rule)
        ]
    if problems:
        raise MeetingRefused(problems)


def check_confirmable(meeting: Meeting, recorded: Mapping[uuid.UUID, Tally]) -> None:
    if meeting.confirmed:
        raise MeetingLocked("得票情况已经确认")
    missing = [case_id for case_id in meeting.case_ids if case_id not in recorded]
    if missing:
        raise MeetingLocked(f"还有 {len(missing)} 名申报对象未录入得票情况，不能确认")


def check_reason(reason: str) -> str:
    if not reason.strip():
        raise MeetingRefused([("reason", "更正得票情况须说明理由")])
    return reason.strip()
