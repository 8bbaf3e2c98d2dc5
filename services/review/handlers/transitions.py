"""Moving a case: decide, evolve, save against the version it was loaded at, record the history
entry, keep the route's stage times, and announce — all in the caller's unit of work."""

import uuid
from dataclasses import replace

from services.review.domain.actions import (
    Command,
    Corrected,
    Decision,
    Event,
    Forwarded,
    OpinionSigned,
    Refused,
    Withdrawn,
    decide,
    evolve,
)
from services.review.domain.case import Case
from services.review.handlers.announcements import announcements, handed_off
from services.review.unit_of_work import ReviewUnitOfWork
from shared.contracts import Contract

HISTORY_ACTIONS = {
    "Received": "received",
    "Refused": "refused",
    "PaperChecked": "paper_checked",
    "OpinionSigned": "opinion_signed",
    "Forwarded": "forwarded",
    "Withdrawn": "withdrawn",
    "ReturnedForCorrection": "returned_for_correction",
    "Corrected": "corrected",
}


class ConcurrentChange(Exception):
    """Somebody changed the case after it was loaded; nothing was written."""


async def transition(
    uow: ReviewUnitOfWork, case: Case, command: Command, *, causation_id: uuid.UUID | None = None
) -> Case:
    """The case after `command` (raises NotAtThisStage, ActionRefused or ConcurrentChange)."""
    event = decide(case, command, uow.clock())
    after = evolve(case, event)
    told = announcements(case, after, event) + await _hand_off(uow, after, event)
    after = replace(after, sequence=case.sequence + len(told))
    if not await uow.cases.save(after, expected_version=case.version):
        raise ConcurrentChange(case.id)
    action = HISTORY_ACTIONS[type(event).__name__]
    await uow.cases.record(after, event, action=action, position=case.position)
    await _keep_stage_times(uow, case, event)
    await announce(uow, case, told, causation_id=causation_id)
    return after


async def announce(
    uow: ReviewUnitOfWork, case: Case, told: list[Contract], *, causation_id: uuid.UUID | None
) -> None:
    """Emits `told` numbered on from the case's sequence before the change."""
    for offset, contract in enumerate(told, start=1):
        await uow.emit(
            contract,
            correlation_id=case.application.correlation_id,
            causation_id=causation_id,
            sequence=case.sequence + offset,
        )


async def _hand_off(uow: ReviewUnitOfWork, after: Case, event: Event) -> list[Contract]:
    if not (isinstance(event, Forwarded) and event.handed_off):
        return []
    submitted = await uow.cases.submitted(after.id)
    opinions = await uow.cases.opinions(after)
    return [handed_off(after, event.at, submitted=submitted, opinions=opinions)]


async def _keep_stage_times(uow: ReviewUnitOfWork, case: Case, event: Event) -> None:
    outcome = {Refused: "refused", Withdrawn: "withdrawn", Forwarded: "forwarded"}.get(type(event))
    if isinstance(event, OpinionSigned) and event.decision == Decision.disagree:
        outcome = "disagreed"
    if outcome is not None:
        await uow.cases.stage_left(case.id, case.position, outcome, event.at)
    if isinstance(event, Forwarded):
        await uow.cases.stage_entered(case.id, event.to_position, event.at)
    if isinstance(event, Corrected):  # the stage's time restarts with the corrected materials
        await uow.cases.stage_restarted(case.id, case.position, event.at)
