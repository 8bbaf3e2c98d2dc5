"""What departments do to a case, as a pure state machine: `decide` turns a command into the
event that happens (or refuses it, saying why in Chinese); `evolve` applies an event."""

import uuid
from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum

from services.review.domain.case import STATUS_LABELS, Application, Case, Status
from shared.contracts.vocabulary import FormKind
from shared.refusals import Conflict


class Decision(StrEnum):
    agree = "agree"
    disagree = "disagree"


@dataclass(frozen=True)
class Actor:
    account_id: uuid.UUID
    name: str
    organisation_code: str


# -- commands -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Receive:
    actor: Actor


@dataclass(frozen=True)
class Refuse:
    actor: Actor
    reason: str


@dataclass(frozen=True)
class CheckPaper:
    actor: Actor
    note: str = ""


@dataclass(frozen=True)
class SignOpinion:
    actor: Actor
    decision: Decision
    text: str
    signer: str


@dataclass(frozen=True)
class Forward:
    actor: Actor


@dataclass(frozen=True)
class Withdraw:
    """The applicant's withdrawal, from intake."""


@dataclass(frozen=True)
class CorrectionPoint:
    """One thing to correct: a field of one form (its path and label) and what is wrong."""

    form: FormKind | None
    field: str
    field_label: str
    note: str


@dataclass(frozen=True)
class ReturnForCorrection:
    """退回补正: back to the applicant with everything to correct at once (一次性告知)."""

    actor: Actor
    items: tuple[CorrectionPoint, ...]


@dataclass(frozen=True)
class FieldChanged:
    """One value the correction changed (ID numbers masked), as intake compared them."""

    form: FormKind
    field: str
    field_label: str
    before: str | None
    after: str | None


@dataclass(frozen=True)
class ResumeAfterCorrection:
    """The applicant's corrected submission, from intake: the case resumes where it was."""

    application: Application
    changes: tuple[FieldChanged, ...]


Command = (
    Receive
    | Refuse
    | CheckPaper
    | SignOpinion
    | Forward
    | Withdraw
    | ReturnForCorrection
    | ResumeAfterCorrection
)

# -- events ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Event:
    at: datetime
    actor: Actor | None


@dataclass(frozen=True)
class Received(Event):
    pass


@dataclass(frozen=True)
class Refused(Event):
    reason: str


@dataclass(frozen=True)
class PaperChecked(Event):
    note: str


@dataclass(frozen=True)
class OpinionSigned(Event):
    decision: Decision
    text: str
    signer: str


@dataclass(frozen=True)
class Forwarded(Event):
    to_position: int
    handed_off: bool  # the next stage is the mid-committee office: the committee takes over


@dataclass(frozen=True)
class Withdrawn(Event):
    pass


@dataclass(frozen=True)
class ReturnedForCorrection(Event):
    items: tuple[CorrectionPoint, ...]
    returned_from: Status


@dataclass(frozen=True)
class Corrected(Event):
    application: Application  # the corrected submission
    corrects_submission: int
    changes: tuple[FieldChanged, ...]


class NotAtThisStage(Conflict):
    """The case is not waiting for the actor's organisation."""

    message = "该申报材料已不在本部门的当前环节"


class ActionRefused(Conflict):
    """The action does not fit the case as it stands; the message says why, in Chinese."""


# the button (the notice's own words)
ACTION_LABELS = {
    Receive: "接收",
    Refuse: "不予接收",
    CheckPaper: "纸质材料已核对",
    SignOpinion: "签署审核意见",
    Forward: "报送",
    Withdraw: "撤回",
    ReturnForCorrection: "退回补正",
    ResumeAfterCorrection: "补正后重新提交",
}
# what the clerk is told once it is done
DONE = {
    Receive: "已接收",
    Refuse: "已不予接收，申报材料已退回",
    CheckPaper: "纸质材料已核对",
    SignOpinion: "已签署审核意见",
    Forward: "已报送",
    Withdraw: "已撤回",
    ReturnForCorrection: "已退回补正，已一次性告知申报人需补正的内容",
    ResumeAfterCorrection: "申报人已补正，申报材料已退回本环节",
}
# "不能…": the action as a verb phrase
_VERBS = {
    Receive: "接收",
    Refuse: "不予接收",
    CheckPaper: "核对纸质材料",
    SignOpinion: "签署审核意见",
    Forward: "报送",
    Withdraw: "撤回",
    ReturnForCorrection: "退回补正",
    ResumeAfterCorrection: "补正",
}
# 退回补正 happens before the department's opinion: on receipt (the materials are incomplete or
# wrong, instead of 不予接收) or while checking them (待审批材料, before 签署审核意见)
_ALLOWED_IN: dict[type, frozenset[Status]] = {
    Receive: frozenset({Status.pending_receipt}),
    Refuse: frozenset({Status.pending_receipt}),
    CheckPaper: frozenset({Status.pending_approval}),
    SignOpinion: frozenset({Status.pending_approval}),
    Forward: frozenset({Status.pending_forwarding}),
    Withdraw: frozenset({Status.pending_receipt}),
    ReturnForCorrection: frozenset({Status.pending_receipt, Status.pending_approval}),
    ResumeAfterCorrection: frozenset({Status.returned_for_correction}),
}


def decide(case: Case, command: Command, now: datetime) -> Event:
    """The event `command` causes, or NotAtThisStage / ActionRefused."""
    actor = getattr(command, "actor", None)
    if actor is not None and not case.is_at(actor.organisation_code):
        raise NotAtThisStage()
    if isinstance(command, Withdraw) and not (
        case.position == 1 and case.status == Status.pending_receipt
    ):
        raise ActionRefused(
            "已有部门接收该申报材料，不能撤回"
            if case.active or case.status == Status.handed_off
            else f"该申报材料当前为“{STATUS_LABELS[case.status]}”，不能撤回"
        )
    if case.status not in _ALLOWED_IN[type(command)]:
        raise ActionRefused(
            f"该申报材料当前为“{STATUS_LABELS[case.status]}”，不能{_VERBS[type(command)]}"
        )
    return _event(case, command, now)


def _event(case: Case, command: Command, now: datetime) -> Event:
    match command:
        case Receive(actor):
            return Received(now, actor)
        case Refuse(actor, reason):
            return Refused(now, actor, _required(reason, "不予接收须填写理由"))
        case CheckPaper(actor, note):
            return PaperChecked(now, actor, note.strip())
        case SignOpinion():
            return _opinion(case, command, now)
        case Forward(actor):
            last = case.position + 1 == len(case.route)
            return Forwarded(now, actor, to_position=case.position + 1, handed_off=last)
        case Withdraw():
            return Withdrawn(now, None)
        case ReturnForCorrection(actor, items):
            return ReturnedForCorrection(now, actor, _correction_items(items), case.status)
        case ResumeAfterCorrection(application, changes):
            if application.submission <= case.application.submission:
                raise ActionRefused("补正后的申报材料须为新的一次提交")
            return Corrected(now, None, application, case.application.submission, changes)
    raise TypeError(command)


def _correction_items(items: tuple[CorrectionPoint, ...]) -> tuple[CorrectionPoint, ...]:
    """Every item names a form, a field and what to correct; at least one item."""
    if not items:
        raise ActionRefused(
            "退回补正须一次性列明需补正的内容：请至少填写一项（表单、栏目、补正意见）"
        )
    checked = []
    for number, item in enumerate(items, start=1):
        if item.form is None:
            raise ActionRefused(f"退回补正第 {number} 项：请选择需补正的表单")
        if not item.field.strip():
            raise ActionRefused(f"退回补正第 {number} 项：请选择需补正的栏目")
        note = _required(item.note, f"退回补正第 {number} 项：请填写补正意见（需如何修改）")
        checked.append(replace(item, field=item.field.strip(), note=note))
    return tuple(checked)


def _opinion(case: Case, command: SignOpinion, now: datetime) -> OpinionSigned:
    if case.current.paper_check_required and not case.paper_checked:
        raise ActionRefused("请先核对纸质材料（纸质材料已核对），再签署审核意见")
    signer = _required(command.signer, "签署审核意见须填写签署人")
    if command.decision == Decision.disagree:
        text = _required(command.text, "审核不同意须填写理由")
    else:
        text = command.text.strip() or "同意"
    return OpinionSigned(now, command.actor, command.decision, text, signer)


def _required(text: str, message: str) -> str:
    if not text.strip():
        raise ActionRefused(message)
    return text.strip()


def evolve(case: Case, event: Event) -> Case:
    """The case after `event`, one version on."""
    match event:
        case Received():
            return _next(case, status=Status.pending_approval)
        case Refused() | Withdrawn():
            status = Status.rejected if isinstance(event, Refused) else Status.withdrawn
            return _next(case, status=status)
        case PaperChecked():
            return _next(case, paper_checked=True)
        case OpinionSigned(decision=decision):
            agreed = decision == Decision.agree
            status = Status.pending_forwarding if agreed else Status.rejected
            return _next(case, status=status)
        case ReturnedForCorrection(returned_from=returned_from):
            # the case stays at its stage, with the applicant until corrected
            return _next(case, status=Status.returned_for_correction, returned_from=returned_from)
        case Corrected(application=application):
            # back where it was returned from; the paper is checked again, stage time restarts
            assert case.returned_from is not None, "only a returned case is corrected"
            return _next(
                case,
                application=application,
                status=case.returned_from,
                returned_from=None,
                paper_checked=False,
                stage_entered_at=event.at,
            )
        case Forwarded(to_position=to, handed_off=handed_off):
            status = Status.handed_off if handed_off else Status.pending_receipt
            return _next(
                case,
                status=status,
                position=to,
                paper_checked=False,
                stage_entered_at=event.at,
            )
    raise TypeError(event)


def _next(case: Case, **changes: object) -> Case:
    return replace(case, version=case.version + 1, **changes)  # type: ignore[arg-type]
