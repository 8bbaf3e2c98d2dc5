"""评审会 and 中评委意见: the office records a meeting, the applicants it considers, their votes;
confirms them (locked from then on), and corrects an entry with a reason when it must. Who is
told of the outcome, and when a correction tells again, is domain/told.py's."""

import uuid
from datetime import date

from services.committee.domain.actions import Decide, PlaceInMeeting
from services.committee.domain.case import CommitteeCase
from services.committee.domain.meeting import (
    Meeting,
    MeetingLocked,
    check_confirmable,
    check_reason,
    check_votes,
    new_meeting,
)
from services.committee.domain.refusals import NotOurs
from services.committee.domain.votes import Seats, Tally, VoteRule
from services.committee.handlers.case_steps import own_case, transition
from services.committee.unit_of_work import CommitteeUnitOfWork


async def create_meeting(
    uow: CommitteeUnitOfWork,
    office_code: str,
    *,
    held_on: date,
    seats: Seats,
    case_ids: list[uuid.UUID],
    actor: uuid.UUID,
    rule: VoteRule,
) -> Meeting:
    """A meeting (its date, membership and who came) and the received applicants it considers."""
    meeting = new_meeting(office_code, held_on, seats, case_ids, rule)
    await uow.meetings.add(meeting, uow.clock())
    for case_id in case_ids:
        case = await own_case(uow, case_id, office_code)
        placed = PlaceInMeeting(meeting.id)
        await transition(uow, case, placed, actor=actor, organisation_code=office_code)
    return meeting


async def record_votes(
    uow: CommitteeUnitOfWork,
    meeting_id: uuid.UUID,
    office_code: str,
    tallies: dict[uuid.UUID, Tally],
    *,
    actor: uuid.UUID,
    rule: VoteRule,
) -> None:
    """Records each applicant's votes (a new entry; until confirmed, the newest counts)."""
    meeting = await own_meeting(uow, meeting_id, office_code)
    check_votes(meeting, tallies, rule, correcting=False)
    for case_id, tally in tallies.items():
        await uow.meetings.add_vote(
            meeting.id,
            case_id,
            tally,
            passed=rule.passes(tally),
            reason=None,
            by=actor,
            now=uow.clock(),
        )


async def confirm_votes(
    uow: CommitteeUnitOfWork,
    meeting_id: uuid.UUID,
    office_code: str,
    *,
    actor: uuid.UUID,
    rule: VoteRule,
) -> list[CommitteeCase]:
    """Locks the votes: each applicant passes or not, and is told if not."""
    meeting = await own_meeting(uow, meeting_id, office_code)
    tallies = await uow.meetings.tallies(meeting_id)
    check_confirmable(meeting, tallies)
    if not await uow.meetings.confirm(meeting_id, uow.clock()):
        raise MeetingLocked("得票情况已经确认")
    return [
        await _decide(uow, meeting, case, tallies[case.id], rule, actor=actor, correction=None)
        for case in await uow.cases.in_meeting(meeting_id)
    ]


async def correct_votes(
    uow: CommitteeUnitOfWork,
    meeting_id: uuid.UUID,
    office_code: str,
    case_id: uuid.UUID,
    tally: Tally,
    *,
    reason: str,
    actor: uuid.UUID,
    rule: VoteRule,
) -> CommitteeCase:
    """A recorded correction of confirmed votes; the outcome follows the corrected tally."""
    meeting = await own_meeting(uow, meeting_id, office_code)
    check_votes(meeting, {case_id: tally}, rule, correcting=True)
    reason = check_reason(reason)
    await uow.meetings.add_vote(
        meeting.id,
        case_id,
        tally,
        passed=rule.passes(tally),
        reason=reason,
        by=actor,
        now=uow.clock(),
    )
    case = await own_case(uow, case_id, office_code)
    return await _decide(uow, meeting, case, tally, rule, actor=actor, correction=reason)


async def _decide(
    uow: CommitteeUnitOfWork,
    meeting: Meeting,
    case: CommitteeCase,
    tally: Tally,
    rule: VoteRule,
    *,
    actor: uuid.UUID,
    correction: str | None,
) -> CommitteeCase:
    decided = Decide(tally, rule.passes(tally), meeting.seats.enrolled, correction)
    return await transition(uow, case, decided, actor=actor, organisation_code=case.office_code)


async def own_meeting(uow: CommitteeUnitOfWork, meeting_id: uuid.UUID, office_code: str) -> Meeting:
    meeting = await uow.meetings.get(meeting_id)
    if meeting is None or meeting.office_code != office_code:
        raise NotOurs()
    return meeting
