"""What happens to an application, as a pure state machine in review's style: `decide` turns a
command (the applicant's, or a report from review or the committee) into the event that happens,
or refuses it saying why in Chinese; `evolve` is where the application stands after the event.
The handlers load, call both, store the evolved standing and emit what the event causes."""

import dataclasses
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import overload

from services.intake.domain.application import (
    EDITABLE,
    Draft,
    Photo,
    Standing,
    Status,
    WithdrawalOutcome,
    before_receipt,
    readiness,
)
from services.intake.domain.consistency import Check, Identity, Report
from services.intake.domain.problems import Invalid, Refused
from services.intake.domain.season import CHINA, SubmissionWindow
from shared.contracts.vocabulary import StageState


class News(StrEnum):
    """What review and the committee report about a submission that intake keeps."""

    stage_changed = "stage_changed"  # at a department: to receive, to approve, to forward
    rejected = "rejected"  # 不予接收 or 审核不同意, by a department or a committee office
    correction_requested = "correction_requested"  # 退回补正
    withdrawn = "withdrawn"
    withdrawal_refused = "withdrawal_refused"
    committee_received = "committee_received"  # 中评委办公室已接收
    committee_passed = "committee_passed"  # 中评委评审通过
    senior_received = "senior_received"  # 高评委办公室已接收
    sent_to_senior = "sent_to_senior"  # 网上送审
    not_recommended = "not_recommended"


# where the application stands once the news is the newest about its current submission
# (None: the status stays; a refused withdrawal leaves the case where it was)
STATUS_AFTER: dict[News, Status | None] = {
    News.stage_changed: Status.in_review,
    News.rejected: Status.rejected,
    News.correction_requested: Status.correction_requested,
    News.withdrawn: Status.withdrawn,
    News.withdrawal_refused: None,
    News.committee_received: Status.at_committee,
    News.committee_passed: Status.committee_passed,
    News.senior_received: Status.sent_to_senior,
    News.sent_to_senior: Status.sent_to_senior,
    News.not_recommended: Status.not_recommended,
}
# review's answer to the applicant's withdrawal request, whatever order the events came in
WITHDRAWAL_AFTER: dict[News, WithdrawalOutcome] = {
    News.withdrawn: WithdrawalOutcome.withdrawn,
    News.withdrawal_refused: WithdrawalOutcome.refused,
}

# -- commands -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Edit:
    """Any change to the draft: employer facts, a form, the photo, a scan."""


@dataclass(frozen=True)
class Submit:
    """提交申报 (again, after a refusal or a withdrawal; or 补正 after 退回补正)."""

    draft: Draft
    identity: Identity
    window: SubmissionWindow | None = None  # None while no season has been set: always open
    # a correction's employer facts differ from the returned submission's
    employer_changed: bool = False


@dataclass(frozen=True)
class Withdraw:
    """The applicant asks review to withdraw the current submission."""


@dataclass(frozen=True)
class StagePoint:
    """Which stage of the route holds the submission, and what it waits for there."""

    position: int
    state: StageState


@dataclass(frozen=True)
class Hear:
    """A report from review or the committee about one submission, in its sequence."""

    news: News
    submission: int
    sequence: int
    stage: StagePoint | None = None  # the stage it is at (退回补正: the one that returned it)


Command = Edit | Submit | Withdraw | Hear

# -- events ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Event:
    at: datetime


@dataclass(frozen=True)
class Edited(Event):
    """The draft changed; where the application stands did not."""


@dataclass(frozen=True)
class Submitted(Event):
    """A submission that passed every check: its number, its sequence and the check report."""

    number: int
    sequence: int
    report: Report
    corrects: bool  # 补正: the same journey goes on, back to the department that returned it


@dataclass(frozen=True)
class WithdrawalRequested(Event):
    pass


@dataclass(frozen=True)
class WithdrawalStillPending(Event):
    """Asked again while review has not answered: nothing more happens."""


@dataclass(frozen=True)
class Heard(Event):
    news: News
    submission: int
    sequence: int
    newest: bool  # about the current submission, and after every event applied so far
    status: Status | None  # the status it moves the application to; None: it stays
    stage: StagePoint | None
    settles: WithdrawalOutcome | None  # the answer to the current submission's withdrawal


def _refuse_unless_editable(standing: Standing) -> None:
    if standing.status not in EDITABLE:
        raise Refused("申报已提交，审核期间不能修改；退回补正、不予接收或撤回后方可修改")


@overload
def decide(standing: Standing, command: Edit, now: datetime) -> Edited: ...
@overload
def decide(standing: Standing, command: Submit, now: datetime) -> Submitted: ...
@overload
def decide(
    standing: Standing, command: Withdraw, now: datetime
) -> WithdrawalRequested | WithdrawalStillPending: ...
@overload
def decide(standing: Standing, command: Hear, now: datetime) -> Heard: ...
def decide(standing: Standing, command: Command, now: datetime) -> Event:
    """The event `command` causes, or Refused (409) / Invalid (422) saying why not. A report's
    `now` is when it happened at the service that reports it."""
    match command:
        case Edit():
            _refuse_unless_editable(standing)
            return Edited(now)
        case Submit():
            return _submitted(standing, command, now)
        case Withdraw():
            return _withdrawal(standing, now)
        case Hear():
            return _heard(standing, command, now)
    raise TypeError(command)


def _submitted(standing: Standing, command: Submit, now: datetime) -> Submitted:
    """The next submission of a ready draft, inside the season's window; Invalid lists every
    problem at once."""
    if command.window is not None:
        command.window.check(now.astimezone(CHINA).date())
    _refuse_unless_editable(standing)
    report, problems = readiness(command.draft, command.identity)
    if problems:
        raise Invalid(problems)
    corrects = standing.returned_for_correction
    if corrects and command.employer_changed:  # they decided the route the case is on
        raise Refused(
            "退回补正期间不能更改单位信息（报送路线已确定）；请将单位信息改回原样后再提交，"
            "如单位确有变化，请联系退回部门"
        )
    if command.draft.photo is not None:
        photo = _photo_results(command.draft.photo)
        report = dataclasses.replace(report, results=report.results + photo)
    return Submitted(
        now,
        number=standing.submission + 1,
        sequence=standing.last_sequence + 1,
        report=report,
        corrects=corrects,
    )


def _withdrawal(standing: Standing, now: datetime) -> WithdrawalRequested | WithdrawalStillPending:
    """Possible until the first department has received the application, once."""
    if standing.withdrawal_pending:
        return WithdrawalStillPending(now)
    if before_receipt(standing):
        return WithdrawalRequested(now)
    if standing.status in EDITABLE:
        raise Refused("申报当前未在审核中，无需撤回")
    raise Refused("申报材料已被接收，不能撤回")


def _heard(standing: Standing, command: Hear, now: datetime) -> Heard:
    """Every report is kept in the timeline; it moves the standing only if it is about the
    current submission and newer than the last event applied (an older one arrived late)."""
    current = command.submission == standing.submission
    newest = current and command.sequence > standing.last_sequence
    return Heard(
        now,
        news=command.news,
        submission=command.submission,
        sequence=command.sequence,
        newest=newest,
        status=STATUS_AFTER[command.news] if newest else None,
        stage=command.stage,
        settles=WITHDRAWAL_AFTER.get(command.news) if current else None,
    )


def evolve(standing: Standing, event: Event) -> Standing:
    """Where the application stands after `event`."""
    match event:
        case Edited() | WithdrawalStillPending():
            return standing
        case Submitted(number=number, sequence=sequence):
            # the new submission is current: what review said about the previous one is cleared
            return Standing(Status.submitted, submission=number, last_sequence=sequence)
        case WithdrawalRequested():
            return dataclasses.replace(standing, withdrawal_pending=True)
        case Heard():
            return _after_news(standing, event)
    raise TypeError(event)


def _after_news(standing: Standing, event: Heard) -> Standing:
    after = standing
    if event.newest:
        after = dataclasses.replace(after, last_sequence=event.sequence)
    if event.status is not None:
        # a new status replaces the stage too: only a department's news says where it is
        stage = event.stage
        after = dataclasses.replace(
            after,
            status=event.status,
            stage_position=stage.position if stage else None,
            stage_state=stage.state if stage else None,
        )
    if event.settles is not None:
        after = dataclasses.replace(after, withdrawal_pending=False)
    return after


def _photo_results(photo: Photo) -> tuple[Check, ...]:
    return (
        Check("photo.format", "照片为 JPEG 或 PNG 图片，已重新编码并去除 EXIF 等元数据", True),
        Check(
            "photo.resolution",
            "照片分辨率达到一寸证件照要求",
            True,
            f"{photo.width}×{photo.height}",
        ),
        Check("photo.sharpness", "照片清晰度达标", True, f"拉普拉斯方差 {photo.sharpness:.1f}"),
    )
