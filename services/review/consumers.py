"""What review hears from the other services: each contract becomes a command."""

from services.review.commands import StartReview
from services.review.domain.case import Application
from services.review.domain.routes import EmployerFacts
from services.review.handlers import ReferenceData, start_review
from services.review.unit_of_work import ReviewUnitOfWork
from shared.contracts import ApplicationSubmitted, Envelope
from shared.messaging import Subscription, required_sequence


def subscriptions(reference: ReferenceData) -> tuple[Subscription, ...]:
    async def on_application_submitted(
        uow: ReviewUnitOfWork, event: ApplicationSubmitted, envelope: Envelope
    ) -> None:
        employer = event.employer
        application = Application(
            application_id=event.application_id,
            submission=event.submission,
            applicant_name=event.applicant.name,
            id_number_masked=event.applicant.id_number_masked,
            employer_name=employer.name,
            employer=EmployerFacts(
                ownership=employer.ownership,
                level=employer.level,
                region_code=employer.region_code,
                provincial_unit=employer.provincial_unit,
            ),
            sequence=required_sequence(envelope),
            correlation_id=envelope.correlation_id,
        )
        await start_review(
            uow, StartReview(application=application, causation_id=envelope.message_id), reference
        )

    return (Subscription(ApplicationSubmitted, on_application_submitted),)
