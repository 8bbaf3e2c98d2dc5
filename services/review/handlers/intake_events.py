"""What review does when intake speaks: open a case for a submission, withdraw one, resume one
that was returned for correction."""

import uuid
from dataclasses import replace

import structlog

from services.review.commands import ResumeCorrectedCase, StartReview, WithdrawApplication
from services.review.domain.actions import (
    ActionRefused,
    FieldChanged,
    ResumeAfterCorrection,
    Withdraw,
)
from services.review.domain.case import Status, open_case
from services.review.domain.routes import NoRoute
from services.review.handlers.announcements import stage_changed
from services.review.handlers.transitions import announce, transition
from services.review.reference_data import ReferenceData
from services.review.unit_of_work import ReviewUnitOfWork
from shared.contracts import ApplicationRejected, Refusal, WithdrawalRefused
from shared.contracts.vocabulary import StageState

log = structlog.get_logger(__name__)


class CaseNotOpenedYet(LookupError):
    """The withdrawal overtook its submission; retried until the case exists."""


async def start_review(
    uow: ReviewUnitOfWork, command: StartReview, reference: ReferenceData
) -> None:
    """Opens the case at its first stage, or refuses the application if it has no route."""
    application = command.application
    try:
        route = reference.routes.resolve(application.employer, reference.directory)
        placement = reference.routes.place(application.employer, reference.directory)
    except NoRoute as no_route:
        await _refuse_unroutable(uow, command, no_route)
        return
    # the case records the employer where the directory puts it, not where the applicant said
    employer = replace(application.employer, region_code=placement.region_code)
    application = replace(application, employer=employer)
    case = open_case(
        application,
        route,
        case_id=uuid.uuid4(),
        sequence_seen=command.sequence_seen,
        now=uow.clock(),
    )
    await uow.cases.add(case, command.submitted)
    opened = stage_changed(case, case.opened_at, StageState.pending_receipt)
    await uow.emit(
        opened,
        correlation_id=application.correlation_id,
        causation_id=command.causation_id,
        sequence=case.sequence,
    )
    log.info("case_opened", case_id=str(case.id), at=case.current.organisation_code)


async def _refuse_unroutable(uow: ReviewUnitOfWork, command: StartReview, why: NoRoute) -> None:
    """No route for these employer facts: the applicant is told why, and may correct them."""
    application = command.application
    await uow.emit(
        ApplicationRejected(
            application_id=application.application_id,
            submission=application.submission,
            case_id=None,
            stage=None,
            lower_unit=None,
            reasons=[f"未能确定报送路线：{why}"],
            rejected_at=uow.clock(),
            refusal=Refusal.unroutable,
        ),
        correlation_id=application.correlation_id,
        causation_id=command.causation_id,
        sequence=command.sequence_seen + 1,
    )
    log.warning("application_unroutable", application_id=str(application.application_id))


async def withdraw_application(uow: ReviewUnitOfWork, command: WithdrawApplication) -> None:
    """Withdraws the case if nobody has received it yet; otherwise says why not."""
    case = await uow.cases.get_submission(command.application_id, command.submission)
    if case is None:
        raise CaseNotOpenedYet(f"{command.application_id}#{command.submission}")
    try:
        await transition(uow, case, Withdraw(), causation_id=command.causation_id)
        log.info("case_withdrawn", case_id=str(case.id))
    except ActionRefused as refused:
        noted = replace(case, sequence=case.sequence + 1, version=case.version + 1)
        if not await uow.cases.save(noted, expected_version=case.version):
            raise  # changed meanwhile: retried, decided again
        refusal = WithdrawalRefused(
            application_id=command.application_id,
            submission=command.submission,
            reason=str(refused),
            refused_at=uow.clock(),
        )
        await announce(uow, case, [refusal], causation_id=command.causation_id)
        log.info("withdrawal_refused", case_id=str(case.id))


async def resume_corrected_case(uow: ReviewUnitOfWork, command: ResumeCorrectedCase) -> None:
    """The corrected submission takes the returned one's place in the case, which goes back to
    the department that returned it, at the same stage and on the same screen."""
    corrected = command.corrected
    case = await uow.cases.get(corrected.case_id)
    if case is None or case.application.application_id != corrected.application_id:
        raise CaseNotOpenedYet(f"{corrected.application_id} case {corrected.case_id}")
    if case.application.submission >= corrected.submission:
        log.info("correction_already_applied", case_id=str(case.id))
        return
    if case.status != Status.returned_for_correction:
        # nothing the applicant could do: intake only offers a correction for a returned case
        log.error("correction_for_case_not_returned", case_id=str(case.id), status=case.status)
        return
    submitted = corrected.application
    application = replace(
        case.application,
        submission=corrected.submission,
        applicant_name=submitted.applicant.name,
        id_number_masked=submitted.applicant.id_number_masked,
        employer_name=submitted.employer.name,
        current_profession=submitted.forms.summary.current_profession
        if submitted.forms
        else case.application.current_profession,
    )
    changes = tuple(
        FieldChanged(
            form=c.form,
            field=c.field,
            field_label=c.field_label,
            before=None if c.old is None else str(c.old),
            after=None if c.new is None else str(c.new),
        )
        for c in corrected.changes
    )
    # the case's events continue the application's sequence from the correction's number
    seen = replace(case, sequence=max(case.sequence, command.sequence_seen))
    await transition(
        uow, seen, ResumeAfterCorrection(application, changes), causation_id=command.causation_id
    )
    await uow.cases.replace_submitted(case.id, submitted)
    log.info("case_corrected", case_id=str(case.id), submission=corrected.submission)
