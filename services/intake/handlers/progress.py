"""What the other services report about a submission: its timeline and where it stands now."""

import structlog

from services.intake.commands import RecordProgress
from services.intake.handlers.errors import ApplicationNotFound
from services.intake.repository.records import ApplicationRecord
from services.intake.unit_of_work import IntakeUnitOfWork

log = structlog.get_logger(__name__)


async def record_progress(uow: IntakeUnitOfWork, command: RecordProgress) -> None:
    """Adds the event to the submission's timeline (late ones too: they did happen, and the
    timeline is shown in sequence order); moves the status only if nothing newer was applied."""
    row = await uow.applications.locked(command.application_id)
    if row is None:  # retried, then dead-lettered: kept for an operator to look at
        raise ApplicationNotFound(command.application_id)
    milestone = command.milestone
    await uow.history.record(
        row.id, submission=command.submission, sequence=command.sequence, milestone=milestone
    )
    applied = await uow.applications.update_if_newer(
        row.id,
        submission=command.submission,
        sequence=command.sequence,
        at=milestone.at,
        **_changes(command),
    )
    if command.withdrawal is not None:
        await _settle_withdrawal(uow, row, command)
    log.info(
        "progress_recorded" if applied else "stale_progress_kept_in_timeline_only",
        application_id=str(row.id),
        submission=command.submission,
        sequence=command.sequence,
    )


async def _settle_withdrawal(
    uow: IntakeUnitOfWork, row: ApplicationRecord, command: RecordProgress
) -> None:
    milestone = command.milestone
    withdrawal = {
        **(row.withdrawal or {}),
        "outcome": command.withdrawal,
        "settled_at": milestone.at.isoformat(),
        "reason": milestone.reasons[0] if milestone.reasons else None,
    }
    await uow.applications.settle_withdrawal(
        row.id, submission=command.submission, withdrawal=withdrawal
    )


def _changes(command: RecordProgress) -> dict[str, object]:
    if command.status is None:
        return {}
    changes = {"status": command.status, "stage": command.stage, "rejection": command.rejection}
    return changes | {"correction": command.correction}
