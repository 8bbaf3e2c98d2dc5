"""What intake hears from the other services: each contract becomes a command."""

from services.intake.commands import RecordProgress
from services.intake.domain.application import Status
from services.intake.handlers import record_progress
from services.intake.unit_of_work import IntakeUnitOfWork
from shared.contracts import ApplicationRejected, CaseStageChanged, Envelope
from shared.messaging import Subscription, required_sequence


async def on_case_stage_changed(
    uow: IntakeUnitOfWork, event: CaseStageChanged, envelope: Envelope
) -> None:
    await record_progress(
        uow,
        RecordProgress(
            application_id=event.application_id,
            submission=event.submission,
            sequence=required_sequence(envelope),
            at=event.changed_at,
            status=Status.in_review,
            stage={**event.stage.model_dump(mode="json"), "state": event.state.value},
        ),
    )


async def on_application_rejected(
    uow: IntakeUnitOfWork, event: ApplicationRejected, envelope: Envelope
) -> None:
    await record_progress(
        uow,
        RecordProgress(
            application_id=event.application_id,
            submission=event.submission,
            sequence=required_sequence(envelope),
            at=event.rejected_at,
            status=Status.rejected,
            rejection=event.model_dump(
                mode="json", include={"stage", "lower_unit", "reasons", "rejected_at"}
            ),
        ),
    )


SUBSCRIPTIONS = (
    Subscription(CaseStageChanged, on_case_stage_changed),
    Subscription(ApplicationRejected, on_application_rejected),
)
