"""What intake hears from the other services: each contract becomes a command."""

from services.intake.commands import RecordRejection, RecordStageChange
from services.intake.handlers import record_rejection, record_stage_change
from services.intake.unit_of_work import IntakeUnitOfWork
from shared.contracts import ApplicationRejected, CaseStageChanged, Envelope
from shared.messaging import Subscription, required_sequence


async def on_case_stage_changed(
    uow: IntakeUnitOfWork, event: CaseStageChanged, envelope: Envelope
) -> None:
    await record_stage_change(
        uow,
        RecordStageChange(
            application_id=event.application_id,
            submission=event.submission,
            sequence=required_sequence(envelope),
            stage={**event.stage.model_dump(mode="json"), "state": event.state.value},
            at=event.changed_at,
        ),
    )


async def on_application_rejected(
    uow: IntakeUnitOfWork, event: ApplicationRejected, envelope: Envelope
) -> None:
    await record_rejection(
        uow,
        RecordRejection(
            application_id=event.application_id,
            submission=event.submission,
            sequence=required_sequence(envelope),
            rejection=event.model_dump(
                mode="json", include={"stage", "lower_unit", "reasons", "rejected_at"}
            ),
            at=event.rejected_at,
        ),
    )


SUBSCRIPTIONS = (
    Subscription(CaseStageChanged, on_case_stage_changed),
    Subscription(ApplicationRejected, on_application_rejected),
)
