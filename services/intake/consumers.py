"""What intake hears from the other services: each contract becomes a RecordProgress command.

A new kind of progress (the committee's events, say) is one more `on_<event>` here and one more
Subscription below: the timeline, the ordering and the status follow from RecordProgress."""

from services.intake.commands import RecordProgress
from services.intake.domain import progress
from services.intake.domain.application import Status, WithdrawalOutcome
from services.intake.handlers.progress import record_progress
from services.intake.unit_of_work import IntakeUnitOfWork
from shared.contracts import (
    ApplicationNotRecommended,
    ApplicationRejected,
    CaseStageChanged,
    CaseWithdrawn,
    CommitteeApplicationRejected,
    Envelope,
    WithdrawalRefused,
)
from shared.messaging import Subscription, required_sequence


async def on_case_stage_changed(
    uow: IntakeUnitOfWork, event: CaseStageChanged, envelope: Envelope
) -> None:
    stage = event.stage
    milestone = progress.stage_changed(
        stage.organisation.name, stage.position, event.state, event.changed_at
    )
    await record_progress(
        uow,
        RecordProgress(
            application_id=event.application_id,
            submission=event.submission,
            sequence=required_sequence(envelope),
            milestone=milestone,
            status=Status.in_review,
            stage={**stage.model_dump(mode="json"), "state": event.state.value},
        ),
    )


async def on_application_rejected(
    uow: IntakeUnitOfWork, event: ApplicationRejected, envelope: Envelope
) -> None:
    organisation = event.stage.organisation.name if event.stage else None
    await record_progress(
        uow,
        RecordProgress(
            application_id=event.application_id,
            submission=event.submission,
            sequence=required_sequence(envelope),
            milestone=progress.rejected(organisation, event.reasons, event.rejected_at),
            status=Status.rejected,
            rejection=event.model_dump(
                mode="json", include={"stage", "lower_unit", "reasons", "rejected_at"}
            ),
        ),
    )


async def on_case_withdrawn(
    uow: IntakeUnitOfWork, event: CaseWithdrawn, envelope: Envelope
) -> None:
    await record_progress(
        uow,
        RecordProgress(
            application_id=event.application_id,
            submission=event.submission,
            sequence=required_sequence(envelope),
            milestone=progress.withdrawn(event.withdrawn_at),
            status=Status.withdrawn,
            withdrawal=WithdrawalOutcome.withdrawn,
        ),
    )


async def on_withdrawal_refused(
    uow: IntakeUnitOfWork, event: WithdrawalRefused, envelope: Envelope
) -> None:
    await record_progress(
        uow,
        RecordProgress(
            application_id=event.application_id,
            submission=event.submission,
            sequence=required_sequence(envelope),
            milestone=progress.withdrawal_refused(event.reason, event.refused_at),
            withdrawal=WithdrawalOutcome.refused,
        ),
    )


async def on_not_recommended(
    uow: IntakeUnitOfWork, event: ApplicationNotRecommended, envelope: Envelope
) -> None:
    milestone = progress.not_recommended(event.office.name, event.reasons, event.decided_at)
    await record_progress(
        uow,
        RecordProgress(
            application_id=event.application_id,
            submission=event.submission,
            sequence=required_sequence(envelope),
            milestone=milestone,
            status=Status.not_recommended,
        ),
    )


SUBSCRIPTIONS = (
    Subscription(CaseStageChanged, on_case_stage_changed),
    # a refusal is a refusal, whether a department or a committee office made it
    Subscription(
        ApplicationRejected, on_application_rejected, also=(CommitteeApplicationRejected,)
    ),
    Subscription(ApplicationNotRecommended, on_not_recommended),
    Subscription(CaseWithdrawn, on_case_withdrawn),
    Subscription(WithdrawalRefused, on_withdrawal_refused),
)
