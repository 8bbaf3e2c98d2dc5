"""The senior committee office (高评委办公室): receives the batches sent to it, or refuses an
application in one, which goes back to the mid-committee office and the applicant."""

import uuid

from services.committee.domain.actions import SeniorReceive, SeniorRefuse
from services.committee.domain.batch import Batch
from services.committee.domain.case import CommitteeCase, Status, Unit
from services.committee.domain.refusals import BatchAlreadyReceived, NotOurs
from services.committee.handlers.case_steps import transition
from services.committee.unit_of_work import CommitteeUnitOfWork


async def own_batch(
    uow: CommitteeUnitOfWork, batch_id: uuid.UUID, senior_office_code: str
) -> Batch:
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
    return [
        await transition(
            uow, case, SeniorReceive(), actor=actor, organisation_code=senior_office_code
        )
        for case in await uow.cases.in_batch(batch_id)
        if case.status == Status.sent
    ]


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
    refuse = SeniorRefuse(reason, Unit(senior_office_code, senior_office_name))
    return await transition(uow, case, refuse, actor=actor, organisation_code=senior_office_code)
