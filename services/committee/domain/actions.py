"""What the offices do to a case, as a pure state machine in review's style: `decide` turns a
command into the event that happens (or refuses it, saying why in Chinese, with the case as it
stands); `evolve` applies an event. Who hears of an event, in what words, is `told`
(domain/told.py); the history entry each event leaves is `HISTORY`."""

import uuid
from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum

from services.committee.domain.case import (
    STATUS_LABELS,
    CaseRefused,
    CommitteeCase,
    Status,
    Unit,
    expect,
)
from services.committee.domain.senior_committees import SeniorCommittee
from services.committee.domain.votes import Tally

# -- commands -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Receive:
    """接收 by the mid-committee office."""


@dataclass(frozen=True)
class Refuse:
    """不予接收 by the mid-committee office."""

    reason: str


@dataclass(frozen=True)
class PlaceInMeeting:
    meeting_id: uuid.UUID


@dataclass(frozen=True)
class Decide:
    """The meeting's confirmed votes decide, or a correction of them (with its reason)."""

    tally: Tally
    passed: bool
    members_enrolled: int
    correction: str | None = None


@dataclass(frozen=True)
class Select:
    committee: SeniorCommittee


@dataclass(frozen=True)
class Unselect:
    published: bool = False  # in a 公示: an objection decides, not the office


@dataclass(frozen=True)
class Send:
    batch_id: uuid.UUID
    batch_size: int
    committee: SeniorCommittee


@dataclass(frozen=True)
class PassOver:
    """Passed, not selected, when the batch of its meeting goes: 未被推荐."""


@dataclass(frozen=True)
class Publish:
    period: str  # e.g. 2026年11月02日至2026年11月06日
    applicant_name: str | None = None  # named in the refusal of one of a list


@dataclass(frozen=True)
class SettleObjection:
    upheld: bool
    reason: str


@dataclass(frozen=True)
class SeniorReceive:
    """接收 by the senior committee office."""


@dataclass(frozen=True)
class SeniorRefuse:
    reason: str
    senior_office: Unit


Command = (
    Receive
    | Refuse
    | PlaceInMeeting
    | Decide
    | Select
    | Unselect
    | Send
    | PassOver
    | Publish
    | SettleObjection
    | SeniorReceive
    | SeniorRefuse
)

# -- events ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Event:
    at: datetime


@dataclass(frozen=True)
class Received(Event):
    pass


@dataclass(frozen=True)
class Refused(Event):
    reason: str


@dataclass(frozen=True)
class PlacedInMeeting(Event):
    meeting_id: uuid.UUID


@dataclass(frozen=True)
class VotesDecided(Event):
    tally: Tally
    passed: bool
    members_enrolled: int
    correction: str | None  # None: the first decision (the votes' confirmation)


@dataclass(frozen=True)
class Selected(Event):
    committee: SeniorCommittee


@dataclass(frozen=True)
class Unselected(Event):
    pass


@dataclass(frozen=True)
class Sent(Event):
    batch_id: uuid.UUID
    batch_size: int
    committee: SeniorCommittee


@dataclass(frozen=True)
class PassedOver(Event):
    pass


@dataclass(frozen=True)
class Publicized(Event):
    period: str


@dataclass(frozen=True)
class ObjectionUpheld(Event):
    """异议成立 while the applicant is recommended: no longer recommended."""

    reason: str


@dataclass(frozen=True)
class ObjectionSettled(Event):
    """异议不成立, or 成立 once the applicant was no longer recommended: recorded, nothing else."""

    upheld: bool
    reason: str


@dataclass(frozen=True)
class SeniorReceived(Event):
    pass


@dataclass(frozen=True)
class SeniorRefused(Event):
    reason: str
    senior_office: Unit


def decide(case: CommitteeCase, command: Command, now: datetime) -> Event:
    """The event `command` causes, or CaseRefused saying why not."""
    match command:
        case Receive():
            expect(case, Status.pending_receipt, doing="接收")
            return Received(now)
        case Refuse(reason):
            expect(case, Status.pending_receipt, doing="不予接收")
            return Refused(now, _required(case, reason, "不予接收须填写理由"))
        case PlaceInMeeting(meeting_id):
            expect(case, Status.received, doing="提交评审会")
            if case.meeting_id is not None:
                raise CaseRefused("该申报材料已列入另一次评审会", case)
            return PlacedInMeeting(now, meeting_id)
        case Decide(tally, passed, enrolled, correction):
            expect(
                case, Status.received, Status.passed, Status.failed, Status.selected,
                doing="更正得票",
            )  # fmt: skip
            return VotesDecided(now, tally, passed, enrolled, correction)
        case Select(committee):
            if case.status == Status.failed:
                raise CaseRefused("未通过中评委评审的申报对象不能推荐", case)
            expect(case, Status.passed, doing="选为推荐对象")
            return Selected(now, committee)
        case Unselect(published):
            if published:
                raise CaseRefused(
                    "该推荐对象已公示，不能取消推荐；公示期间的异议请在“公示与异议”中处理", case
                )
            expect(case, Status.selected, doing="取消推荐")
            return Unselected(now)
        case Send(batch_id, batch_size, committee):
            expect(case, Status.selected, doing="网上送审")
            return Sent(now, batch_id, batch_size, committee)
        case PassOver():
            expect(case, Status.passed, doing="标记为未推荐")
            return PassedOver(now)
        case Publish(period, name):
            if name is None:
                expect(case, Status.selected, doing="公示")
            elif case.status != Status.selected:
                label = STATUS_LABELS[case.status]
                raise CaseRefused(f"{name} 当前为“{label}”，只能公示已选为推荐对象的申报人", case)
            return Publicized(now, period)
        case SettleObjection(upheld, reason):
            if upheld and case.status == Status.selected:
                return ObjectionUpheld(now, reason)
            return ObjectionSettled(now, upheld, reason)
        case SeniorReceive():
            expect(case, Status.sent, doing="接收")
            return SeniorReceived(now)
        case SeniorRefuse(reason, senior_office):
            expect(case, Status.sent, doing="不予接收")
            return SeniorRefused(now, _required(case, reason, "不予接收须填写理由"), senior_office)
    raise TypeError(command)


def _required(case: CommitteeCase, text: str, message: str) -> str:
    if not text.strip():
        raise CaseRefused(message, case)
    return text.strip()


def evolve(case: CommitteeCase, event: Event) -> CommitteeCase:
    """The case after `event`, one version on."""
    match event:
        case Received():
            return _next(case, event, status=Status.received)
        case Refused():
            return _next(case, event, status=Status.refused)
        case PlacedInMeeting(meeting_id=meeting_id):
            return _next(case, event, meeting_id=meeting_id)
        case VotesDecided(passed=True):
            # a correction that passes a selected applicant keeps the selection
            status = Status.selected if case.status == Status.selected else Status.passed
            return _next(case, event, status=status)
        case VotesDecided(passed=False):
            # a correction that fails a selected applicant withdraws the selection
            return _next(case, event, status=Status.failed, senior_committee=None)
        case Selected(committee=committee):
            return _next(case, event, status=Status.selected, senior_committee=committee.code)
        case Unselected():
            return _next(case, event, status=Status.passed, senior_committee=None)
        case Sent(batch_id=batch_id):
            return _next(case, event, status=Status.sent, batch_id=batch_id)
        case PassedOver():
            return _next(case, event, status=Status.not_recommended)
        case Publicized() | ObjectionSettled():
            return _next(case, event)  # recorded; the 公示's period holds the case, not its state
        case ObjectionUpheld():
            return _next(case, event, status=Status.not_recommended, senior_committee=None)
        case SeniorReceived():
            return _next(case, event, status=Status.senior_received)
        case SeniorRefused():
            return _next(case, event, status=Status.senior_refused)
    raise TypeError(event)


def _next(case: CommitteeCase, event: Event, **changes: object) -> CommitteeCase:
    return replace(case, version=case.version + 1, updated_at=event.at, **changes)  # type: ignore[arg-type]


def apply(case: CommitteeCase, command: Command, now: datetime) -> CommitteeCase:
    """`evolve` after `decide`: the case once `command` is done."""
    return evolve(case, decide(case, command, now))


class HistoryAction(StrEnum):
    """The case's history entries (views/detail.py labels each)."""

    received = "received"
    refused = "refused"
    placed_in_meeting = "placed_in_meeting"
    votes_confirmed = "votes_confirmed"
    votes_corrected = "votes_corrected"
    selected = "selected"
    unselected = "unselected"
    sent = "sent"
    publicized = "publicized"
    objection_upheld = "objection_upheld"
    objection_dismissed = "objection_dismissed"
    objection_noted = "objection_noted"
    not_recommended = "not_recommended"
    senior_received = "senior_received"
    senior_refused = "senior_refused"


def history(event: Event) -> tuple[HistoryAction, str | None]:
    """The history entry `event` leaves: its action and the text it keeps (a reason, a period,
    the senior committee chosen)."""
    match event:
        case Received():
            return HistoryAction.received, None
        case Refused(reason=reason):
            return HistoryAction.refused, reason
        case PlacedInMeeting():
            return HistoryAction.placed_in_meeting, None
        case VotesDecided(correction=None):
            return HistoryAction.votes_confirmed, None
        case VotesDecided(correction=reason):
            return HistoryAction.votes_corrected, reason
        case Selected(committee=committee):
            return HistoryAction.selected, committee.name
        case Unselected():
            return HistoryAction.unselected, None
        case Sent():
            return HistoryAction.sent, None
        case PassedOver():
            return HistoryAction.not_recommended, None
        case Publicized(period=period):
            return HistoryAction.publicized, period
        case ObjectionUpheld(reason=reason):
            return HistoryAction.objection_upheld, reason
        case ObjectionSettled(upheld=upheld, reason=reason):
            action = HistoryAction.objection_noted if upheld else HistoryAction.objection_dismissed
            return action, reason
        case SeniorReceived():
            return HistoryAction.senior_received, None
        case SeniorRefused(reason=reason):
            return HistoryAction.senior_refused, reason
    raise TypeError(event)
