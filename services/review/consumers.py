"""What review hears from the other services: each contract becomes a command."""

from services.review.commands import ResumeCorrectedCase, StartReview, WithdrawApplication
from services.review.domain.case import Application
from services.review.domain.routes import EmployerFacts
from services.review.handlers.intake_events import (
    resume_corrected_case,
    start_review,
    withdraw_application,
)
from services.review.reference_data import ReferenceData
from services.review.unit_of_work import ReviewUnitOfWork
from shared.contracts import (
    ApplicantIdentityProvided,
    ApplicationCorrected,
    ApplicationSubmitted,
    Envelope,
    WithdrawalRequested,
)
from shared.messaging import Subscription, required_sequence


def subscriptions(reference: ReferenceData) -> tuple[Subscription, ...]:
    async def on_application_submitted(
        uow: ReviewUnitOfWork, event: ApplicationSubmitted, envelope: Envelope
    ) -> None:
        command = StartReview(
            application=_application(event, envelope),
            submitted=event,
            sequence_seen=required_sequence(envelope),
            causation_id=envelope.message_id,
        )
        await start_review(uow, command, reference)

    async def on_withdrawal_requested(
        uow: ReviewUnitOfWork, event: WithdrawalRequested, envelope: Envelope
    ) -> None:
        command = WithdrawApplication(
            application_id=event.application_id,
            submission=event.submission,
            sequence_seen=required_sequence(envelope),
            causation_id=envelope.message_id,
        )
        await withdraw_application(uow, command)

    async def on_identity_provided(
        uow: ReviewUnitOfWork, event: ApplicantIdentityProvided, envelope: Envelope
    ) -> None:
        """Kept aside for 显示完整号码; never copied into the case or anything sent on."""
        await uow.identities.keep(
            event.application_id, event.submission, event.id_number, event.provided_at
        )

    async def on_application_corrected(
        uow: ReviewUnitOfWork, event: ApplicationCorrected, envelope: Envelope
    ) -> None:
        command = ResumeCorrectedCase(
            corrected=event,
            sequence_seen=required_sequence(envelope),
            causation_id=envelope.message_id,
        )
        await resume_corrected_case(uow, command)

    return (
        Subscription(ApplicationSubmitted, on_application_submitted),
        Subscription(ApplicationCorrected, on_application_corrected),
        Subscription(WithdrawalRequested, on_withdrawal_requested),
        Subscription(ApplicantIdentityProvided, on_identity_provided),
    )


def _application(event: ApplicationSubmitted, envelope: Envelope) -> Application:
    employer = event.employer
    return Application(
        application_id=event.application_id,
        submission=event.submission,
        applicant_name=event.applicant.name,
        id_number_masked=event.applicant.id_number_masked,
        employer_name=employer.name,
        employer=EmployerFacts(
            kind=employer.ownership,
            region_code=employer.region_code,
            unit_code=employer.unit_code or employer.provincial_unit,
        ),
        current_profession=current_profession(event),
        correlation_id=envelope.correlation_id,
    )


def current_profession(event: ApplicationSubmitted) -> str | None:
    """现从事专业, identical in all four forms once intake's consistency check passed."""
    return event.forms.summary.current_profession if event.forms else None
