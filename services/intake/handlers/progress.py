"""What the other services report about a submission: its timeline and where it stands now."""

from typing import Any

import structlog

from services.intake.commands import RecordProgress
from services.intake.domain.actions import Hear, Heard, StagePoint, decide, evolve
from services.intake.domain.application import Standing, WithdrawalOutcome
from services.intake.handlers.errors import ApplicationNotFound
from services.intake.repository.applications import standing_of
from services.intake.repository.records import ApplicationRecord
from services.intake.repository.stored import StoredWithdrawal
from services.intake.unit_of_work import IntakeUnitOfWork
from shared.contracts.vocabulary import StageState

log = structlog.get_logger(__name__)


async def record_progress(uow: IntakeUnitOfWork, command: RecordProgress) -> None:
    """Adds the event to the submission's timeline (late ones too: they did happen, and the
    timeline is shown in sequence order); the domain says whether it moves the standing (only
    if nothing newer was applied) and whether it answers a withdrawal request."""
    row = await uow.applications.locked(command.application_id)
    if row is None:  # retried, then dead-lettered: kept for an operator to look at
        raise ApplicationNotFound(command.application_id)
    milestone = command.milestone
    await uow.history.record(
        row.id, submission=command.submission, sequence=command.sequence, milestone=milestone
    )
    standing = standing_of(row)
    hear = Hear(command.news, command.submission, command.sequence, _stage_point(command.stage))
    heard = decide(standing, hear, milestone.at)  # dated when it happened where it was reported
    after = evolve(standing, heard)
    applied = heard.newest and await uow.applications.update_if_newer(
        row.id,
        submission=command.submission,
        sequence=after.last_sequence,  # the row's own condition guards the order once more
        at=heard.at,
        **_changes(heard, after, command),
    )
    if heard.settles is not None:
        await _settle_withdrawal(uow, row, command, heard.settles)
    log.info(
        "progress_recorded" if applied else "stale_progress_kept_in_timeline_only",
        application_id=str(row.id),
        submission=command.submission,
        sequence=command.sequence,
    )


def _stage_point(stage: dict[str, Any] | None) -> StagePoint | None:
    if stage is None:
        return None
    return StagePoint(int(stage["position"]), StageState(stage["state"]))


def _changes(heard: Heard, after: Standing, command: RecordProgress) -> dict[str, object]:
    """A new status replaces what review said with the details of this report."""
    if heard.status is None:
        return {}
    changes = {"status": after.status, "stage": command.stage, "rejection": command.rejection}
    return changes | {"correction": command.correction}


async def _settle_withdrawal(
    uow: IntakeUnitOfWork,
    row: ApplicationRecord,
    command: RecordProgress,
    outcome: WithdrawalOutcome,
) -> None:
    milestone = command.milestone
    withdrawal: StoredWithdrawal = {
        "outcome": outcome,
        "settled_at": milestone.at.isoformat(),
        "reason": milestone.reasons[0] if milestone.reasons else None,
    }
    if row.withdrawal is not None and "requested_at" in row.withdrawal:  # the request's moment
        withdrawal["requested_at"] = row.withdrawal["requested_at"]
    await uow.applications.settle_withdrawal(
        row.id, submission=command.submission, withdrawal=withdrawal
    )
