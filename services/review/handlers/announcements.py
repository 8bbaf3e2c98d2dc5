"""What review tells the other services after a case changes: contracts built from the case."""

from datetime import datetime

from services.review.domain.actions import (
    Corrected,
    Decision,
    Event,
    Forwarded,
    OpinionSigned,
    Received,
    Refused,
    ReturnedForCorrection,
    Withdrawn,
)
from services.review.domain.case import AT_A_STAGE, Case, Stop
from shared.contracts import (
    ApplicationRejected,
    ApplicationSubmitted,
    CaseHandedOff,
    CaseStageChanged,
    CaseWithdrawn,
    Contract,
    CorrectionItem,
    CorrectionRequested,
    OrganisationRef,
    Refusal,
    ReviewOpinion,
    StageRef,
)
from shared.contracts.vocabulary import FORM_LABELS, StageState


def announcements(before: Case, after: Case, event: Event) -> list[Contract]:
    """What `event` tells the applicant's side (a paper check tells nothing). A hand-off also
    tells the committee: see `handed_off`."""
    match event:
        case Forwarded(handed_off=True):
            # the office has it now, waiting to be received (待接收材料) in the committee service
            return [stage_changed(after, event.at, StageState.pending_receipt)]
        case Received() | Forwarded() | OpinionSigned(decision=Decision.agree) | Corrected():
            return [stage_changed(after, event.at, AT_A_STAGE[after.status])]
        case Refused(reason=reason):
            return [rejected(before, [reason], event.at, Refusal.not_received)]
        case OpinionSigned(text=text):
            return [rejected(before, [text], event.at, Refusal.disagreed)]
        case Withdrawn():
            return [withdrawn(after, event.at)]
        case ReturnedForCorrection():
            return [correction_requested(before, event)]
    return []


def organisation(stop: Stop) -> OrganisationRef:
    return OrganisationRef(
        code=stop.organisation_code, name=stop.organisation_name, email=stop.organisation_email
    )


def stage_ref(case: Case, stop: Stop) -> StageRef:
    return StageRef(
        position=stop.position,
        stage_count=len(case.route),
        role=stop.role,
        organisation=organisation(stop),
    )


def stage_changed(case: Case, at: datetime, state: StageState) -> CaseStageChanged:
    """Where the case is now: the stage it waits at and on which screen."""
    return CaseStageChanged(
        application_id=case.application.application_id,
        submission=case.application.submission,
        case_id=case.id,
        stage=stage_ref(case, case.current),
        state=state,
        changed_at=at,
        held_by=[stop.organisation_code for stop in case.route[: case.position - 1]],
    )


def rejected(case: Case, reasons: list[str], at: datetime, refusal: Refusal) -> ApplicationRejected:
    """Refused at the case's current stage; the lower unit is the one that sent it there."""
    previous = case.previous
    return ApplicationRejected(
        application_id=case.application.application_id,
        submission=case.application.submission,
        case_id=case.id,
        stage=stage_ref(case, case.current),
        lower_unit=organisation(previous) if previous else None,
        reasons=reasons,
        rejected_at=at,
        refusal=refusal,
    )


def handed_off(
    case: Case, at: datetime, *, submitted: ApplicationSubmitted, opinions: list[ReviewOpinion]
) -> CaseHandedOff:
    previous = case.previous
    assert previous is not None, "a hand-off always comes from a review stage"
    return CaseHandedOff(
        application_id=case.application.application_id,
        submission=case.application.submission,
        case_id=case.id,
        office=organisation(case.current),
        stage=stage_ref(case, case.current),
        sent_by=organisation(previous),
        application=submitted,
        opinions=opinions,
        handed_off_at=at,
    )


def withdrawn(case: Case, at: datetime) -> CaseWithdrawn:
    return CaseWithdrawn(
        application_id=case.application.application_id,
        submission=case.application.submission,
        case_id=case.id,
        withdrawn_at=at,
    )


def correction_requested(case: Case, event: ReturnedForCorrection) -> CorrectionRequested:
    """退回补正 at the case's current stage, with every item to correct."""
    previous = case.previous
    return CorrectionRequested(
        application_id=case.application.application_id,
        submission=case.application.submission,
        case_id=case.id,
        stage=stage_ref(case, case.current),
        lower_unit=organisation(previous) if previous else None,
        items=[
            CorrectionItem(
                form=item.form,
                form_label=FORM_LABELS[item.form],
                field=item.field,
                field_label=item.field_label,
                note=item.note,
            )
            for item in event.items
            if item.form is not None
        ],
        returned_from=AT_A_STAGE[event.returned_from],
        requested_at=event.at,
    )
