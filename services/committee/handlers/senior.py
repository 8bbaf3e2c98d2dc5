"""The senior committee office (高评委办公室): receives the batches sent to it, or refuses an
application in one, which goes back to the mid-committee office and the applicant."""

import uuid
from typing import Any

from services.committee.domain import case as rules
from services.committee.domain.case import CommitteeCase, Status
from services.committee.domain.refusals import BatchAlreadyReceived, NotOurs
from services.committee.handlers.case_steps import (
    advance,
    office_ref,
    office_stage,
)
from services.committee.unit_of_work import CommitteeUnitOfWork
from shared.contracts import (
    CommitteeApplicationRejected,
    CommitteeProgressed,
    CommitteeStep,
    Refusal,
    StageRef,
)
from shared.contracts.vocabulary import Role


async def own_batch(uow: CommitteeUnitOfWork, batch_id: uuid.UUID, senior_office_code: str) -> Any:
    batch = await uow.batches.get(batch_id)
    if batch is None or batch.senior_office_code != senior_office_code:
        raise NotOurs()
    return batch


async def receive_batch(
    uow: CommitteeUnitOfWork, batch_id: uuid.UUID, senior_office_code: str, actor: uuid.UUID
) -> list[CommitteeCase]:
    """接收: every application of the batch not refused is received."""
    await own_batch(uow, batch_id, senior_office_code)
    if not await uow.batches.mark_received(batch_id, uow.clock()):
        raise BatchAlreadyReceived()
    received = []
    for case in await uow.cases.in_batch(batch_id):
        if case.status != Status.sent:
            continue
        row = await uow.cases.row(case.id)
        told = CommitteeProgressed(
            application_id=case.application_id, submission=case.submission, case_id=case.id,
            office=office_ref(row), step=CommitteeStep.senior_received, at=uow.clock(),
        )  # fmt: skip
        after = rules.senior_receive(case, uow.clock())
        received.append(
            await advance(
                uow,
                case,
                after,
                "senior_received",
                actor=actor,
                organisation_code=senior_office_code,
                told=[told],
            )
        )
    return received


async def refuse_in_batch(
    uow: CommitteeUnitOfWork,
    batch_id: uuid.UUID,
    case_id: uuid.UUID,
    senior_office_code: str,
    senior_office_name: str,
    *,
    actor: uuid.UUID,
    reason: str,
) -> CommitteeCase:
    """不予接收 one application of a batch not yet received; the mid office and applicant hear."""
    batch = await own_batch(uow, batch_id, senior_office_code)
    case = await uow.cases.get(case_id)
    if case is None or case.batch_id != batch.id:
        raise NotOurs()
    after = rules.senior_refuse(case, reason, uow.clock())
    row = await uow.cases.row(case.id)
    office = office_stage(row)
    told = CommitteeApplicationRejected(
        application_id=case.application_id,
        submission=case.submission,
        case_id=case.id,
        stage=StageRef(
            position=office.position + 1,
            stage_count=office.stage_count + 1,
            role=Role.senior_committee_office,
            organisation={"code": senior_office_code, "name": senior_office_name},
        ),
        lower_unit=office_ref(row),
        reasons=[reason.strip()],
        refusal=Refusal.not_received,
        rejected_at=uow.clock(),
    )
    return await advance(
        uow, case, after, "senior_refused", actor=actor, organisation_code=senior_office_code,
        text=reason.strip(), told=[told],
    )  # fmt: skip
