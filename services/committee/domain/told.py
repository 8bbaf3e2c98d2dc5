"""Who hears of what happens to a case at the committee, and in what words. Pure: a notice names
what is said; the handler dresses it as the contract (shared/contracts/committee.py) with the
case's organisations, and notify sends it to the applicant and the lower unit named here."""

import uuid
from dataclasses import dataclass
from enum import StrEnum

from services.committee.domain.actions import (
    Event,
    ObjectionUpheld,
    PassedOver,
    Received,
    Refused,
    SeniorReceived,
    SeniorRefused,
    Sent,
    VotesDecided,
)
from services.committee.domain.case import CommitteeCase, Status, Unit
from services.committee.domain.senior_committees import SeniorCommittee
from services.committee.domain.votes import Tally


class Progress(StrEnum):
    """A step forward the applicant's side hears of (CommitteeProgressed)."""

    received = "received"  # 中评委办公室已接收
    passed = "passed"  # 中评委评审通过
    senior_received = "senior_received"  # 高评委办公室已接收


class LowerUnit(StrEnum):
    """Which unit below the refusing office hears of a refusal beside the applicant."""

    sent_by = "sent_by"  # the department that sent the case up to the mid-committee office
    office = "office"  # the mid-committee office, when the senior office refuses


@dataclass(frozen=True)
class Progressed:
    step: Progress


@dataclass(frozen=True)
class NotRecommended:
    """未被推荐 (ApplicationNotRecommended): the applicant and the unit that sent it up hear why."""

    reason: str
    failed: bool  # True: did not pass the committee's vote; False: passed, not recommended


@dataclass(frozen=True)
class Rejected:
    """不予接收 (CommitteeApplicationRejected) by the mid-committee office, or by the senior
    office (`senior_office`, one stage past the mid-committee office's)."""

    reason: str
    lower_unit: LowerUnit
    senior_office: Unit | None = None


@dataclass(frozen=True)
class SentOn:
    """网上送审 (SentToSeniorCommittee): the senior committee office receives it."""

    batch_id: uuid.UUID
    batch_size: int
    committee: SeniorCommittee


Notice = Progressed | NotRecommended | Rejected | SentOn

PASSED_OVER = "中评委评审通过，但未被推荐至高评委"


def failed_vote(members_enrolled: int, tally: Tally) -> str:
    """Why an applicant did not pass, in the numbers the meeting recorded."""
    return (
        f"未通过中评委评审：在册委员 {members_enrolled} 人，出席 {tally.present} 人，"
        f"赞成 {tally.in_favour} 票，反对 {tally.against} 票，弃权 {tally.abstain} 票"
    )


def told(before: CommitteeCase, event: Event) -> list[Notice]:
    """What `event` on the case as it was `before` tells the applicant's side (most tell
    nothing: a meeting, a selection, a 公示, an objection dismissed)."""
    match event:
        case Received():
            return [Progressed(Progress.received)]
        case Refused(reason=reason):
            return [Rejected(reason, LowerUnit.sent_by)]
        case VotesDecided(passed=passed) if _first_or_turned_over(before, passed):
            if passed:
                return [Progressed(Progress.passed)]
            return [NotRecommended(failed_vote(event.members_enrolled, event.tally), failed=True)]
        case Sent(batch_id=batch_id, batch_size=size, committee=committee):
            return [SentOn(batch_id, size, committee)]
        case PassedOver():
            return [NotRecommended(PASSED_OVER, failed=False)]
        case ObjectionUpheld(reason=reason):
            return [NotRecommended(f"公示期间异议成立：{reason}", failed=False)]
        case SeniorReceived():
            return [Progressed(Progress.senior_received)]
        case SeniorRefused(reason=reason, senior_office=senior_office):
            return [Rejected(reason, LowerUnit.office, senior_office)]
    return []


def _first_or_turned_over(before: CommitteeCase, passed: bool) -> bool:
    """Told when first decided, and again only when a correction turns the outcome over."""
    first = before.status == Status.received
    turned_over = (before.status == Status.failed) == passed
    return first or turned_over
