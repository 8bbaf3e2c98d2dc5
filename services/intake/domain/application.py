"""An application: a draft the applicant edits, submitted (and after a refusal submitted again),
then followed through review's events. Its statuses, what the rules look at, the draft's
readiness and the buttons the portal shows; what happens to it is domain/actions.py."""

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from services.intake.domain.consistency import Identity, Report, check_forms
from services.intake.domain.employer import Employer, employer_problems
from services.intake.domain.forms import Forms
from services.intake.domain.problems import Problem
from shared.contracts.vocabulary import FORM_LABELS, FormKind, StageState


class Status(StrEnum):
    draft = "draft"  # never submitted
    submitted = "submitted"  # committed here; review has not opened its case yet
    in_review = "in_review"
    rejected = "rejected"
    withdrawn = "withdrawn"
    # at the committee service, after the last review stage handed it to its office
    at_committee = "at_committee"
    committee_passed = "committee_passed"
    sent_to_senior = "sent_to_senior"  # 网上送审 done (status column: 20 characters)
    not_recommended = "not_recommended"  # the committee's decision: final for this round
    # 退回补正: a department sent it back; corrected, it returns to that department's stage
    correction_requested = "correction_requested"


STATUS_LABELS = {
    Status.draft: "草稿，尚未提交",
    Status.submitted: "已提交，等待受理",
    Status.in_review: "审核中",
    Status.rejected: "不予接收或审核不同意",
    Status.withdrawn: "已撤回",
    Status.at_committee: "中评委评审中",
    Status.committee_passed: "中评委评审通过",
    Status.sent_to_senior: "已网上送审至高评委",
    Status.not_recommended: "未获推荐至高评委",  # the timeline says whether the vote passed
    Status.correction_requested: "退回补正：请按意见修改后重新提交",
}
# past every department of the route: at the committee, or decided there
PAST_REVIEW = frozenset(
    {Status.at_committee, Status.committee_passed, Status.sent_to_senior, Status.not_recommended}
)
# the applicant may change the draft (and submit it) only while no department holds it
EDITABLE = frozenset({Status.draft, Status.rejected, Status.withdrawn, Status.correction_requested})


class WithdrawalOutcome(StrEnum):
    pending = "pending"
    withdrawn = "withdrawn"
    refused = "refused"


WITHDRAWAL_LABELS = {
    WithdrawalOutcome.pending: "已申请撤回，等待处理",
    WithdrawalOutcome.withdrawn: "已撤回",
    WithdrawalOutcome.refused: "撤回未获同意",
}


@dataclass(frozen=True)
class Standing:
    """Where an application stands now: what the rules look at."""

    status: Status
    submission: int  # 0 until the first submission
    last_sequence: int  # of the last event about it applied here
    stage_position: int | None = None
    stage_state: StageState | None = None
    withdrawal_pending: bool = False

    @property
    def returned_for_correction(self) -> bool:
        """退回补正: its next submission corrects the returned one, on the same journey."""
        return self.status == Status.correction_requested


@dataclass(frozen=True)
class Photo:
    """The stored photo's facts, measured when it was uploaded."""

    width: int
    height: int
    sharpness: float


@dataclass(frozen=True)
class Draft:
    employer: Employer | None
    forms: Forms  # the forms saved complete and valid
    photo: Photo | None
    # forms saved as drafts, incomplete or invalid: what is wrong with each, field by field
    incomplete: Mapping[FormKind, tuple[Problem, ...]] = field(default_factory=dict)


def readiness(draft: Draft, identity: Identity) -> tuple[Report, list[Problem]]:
    """The check report and every problem that stops the draft being submitted, each naming
    its form and field: what is missing, wrong employer facts, and every mismatch."""
    employer_name = draft.employer.name if draft.employer else None
    report = check_forms(
        draft.forms,
        identity=identity,
        employer_name=employer_name,
        incomplete=frozenset(draft.incomplete),
    )
    problems = _missing(draft)
    problems += [problem for kind in FormKind for problem in draft.incomplete.get(kind, ())]
    if draft.employer is not None:
        problems += employer_problems(draft.employer.name)
    problems += [Problem(m.path, m.message) for m in report.mismatches]
    return report, problems


class Action(StrEnum):
    """What the applicant may do now; the portal shows a button for each."""

    edit = "edit"
    submit = "submit"
    resubmit = "resubmit"
    correct = "correct"  # resubmit after 退回补正: back to the department that returned it
    withdraw = "withdraw"


ACTION_LABELS = {
    Action.edit: "修改申报材料",
    Action.submit: "提交申报",
    Action.resubmit: "修改后重新提交",
    Action.correct: "补正后重新提交",
    Action.withdraw: "撤回",
}
ACTION_HINTS = {
    Action.edit: "提交前可随时修改；提交后，退回或撤回方可修改",
    Action.submit: "提交前请先“检查”：四表一致、照片合格方可提交",
    Action.resubmit: "重新提交后，申报材料将从第一个审核环节开始重新办理",
    Action.correct: "请按退回补正意见逐项修改；重新提交后，申报材料退回{organisation}的同一环节"
    "继续办理，不从第一个审核环节重新开始",
    Action.withdraw: "第一个审核单位接收申报材料之前可以撤回；接收后不能撤回",
}


def allowed_actions(standing: Standing) -> list[Action]:
    if standing.status == Status.correction_requested:
        return [Action.edit, Action.correct]
    if standing.status in EDITABLE:
        return [Action.edit, Action.submit if standing.submission == 0 else Action.resubmit]
    if not standing.withdrawal_pending and before_receipt(standing):
        return [Action.withdraw]
    return []


def before_receipt(standing: Standing) -> bool:
    """No department has received it yet: it may still be withdrawn."""
    return standing.status == Status.submitted or (
        standing.status == Status.in_review
        and standing.stage_position == 1
        and standing.stage_state == StageState.pending_receipt
    )


def _missing(draft: Draft) -> list[Problem]:
    problems = [] if draft.employer else [Problem("employer", "尚未填写单位信息")]
    problems += [
        Problem(f"forms.{kind}", f"尚未填写{FORM_LABELS[kind]}")
        for kind in FormKind
        if kind not in draft.forms and kind not in draft.incomplete
    ]
    if draft.photo is None:
        problems.append(Problem("photo", "尚未上传照片"))
    return problems
