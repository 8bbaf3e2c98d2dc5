"""高评委设置 and 待网上送审: choose whom to recommend to which senior committee, then send them
online as one batch. Sending twice sends nothing twice: a retried request with the same
Idempotency-Key gets the first batch back, and a second send finds nothing left to send. An
applicant whose 公示 has not ended, or who has an open objection, stays behind (`holds`)."""

import uuid
from dataclasses import dataclass

from services.committee.domain.actions import PassOver, Select, Send, Unselect
from services.committee.domain.batch import Batch, Plan, check_sendable, plan_batch
from services.committee.domain.case import CommitteeCase, Status
from services.committee.domain.refusals import NotOurs
from services.committee.domain.senior_committees import SeniorCommittee
from services.committee.handlers.case_steps import own_case, transition
from services.committee.handlers.publicity import holds
from services.committee.unit_of_work import CommitteeUnitOfWork


@dataclass(frozen=True)
class Sent:
    batch_id: uuid.UUID
    case_ids: list[uuid.UUID]
    not_recommended: list[uuid.UUID]


async def select(
    uow: CommitteeUnitOfWork,
    case_id: uuid.UUID,
    office_code: str,
    committee: SeniorCommittee,
    actor: uuid.UUID,
) -> CommitteeCase:
    """Chooses a passed applicant for recommendation (only passed ones may be)."""
    case = await own_case(uow, case_id, office_code)
    return await transition(
        uow, case, Select(committee), actor=actor, organisation_code=office_code
    )


async def unselect(
    uow: CommitteeUnitOfWork, case_id: uuid.UUID, office_code: str, actor: uuid.UUID
) -> CommitteeCase:
    case = await own_case(uow, case_id, office_code)
    published = case.id in await uow.publicity.of_cases([case.id])
    return await transition(
        uow, case, Unselect(published), actor=actor, organisation_code=office_code
    )


async def send_batch(
    uow: CommitteeUnitOfWork,
    office_code: str,
    committee: SeniorCommittee,
    *,
    actor: uuid.UUID,
    idempotency_key: str | None,
    publicity_required: bool,
) -> Sent:
    """网上送审: every applicant selected for `committee` goes, in one batch (SentToSeniorCommittee
    each); the passed ones of the same meetings not selected are told they were not recommended."""
    if idempotency_key and (known := await uow.batches.by_key(office_code, idempotency_key)):
        return Sent(known.id, [c.id for c in await uow.cases.in_batch(known.id)], [])
    planned = await batch_plan(uow, office_code, committee, publicity_required=publicity_required)
    check_sendable(planned, await uow.cases.names(c.id for c, _ in planned.held))
    batch_id, now = uuid.uuid4(), uow.clock()
    await uow.batches.add(
        Batch(
            id=batch_id, office_code=office_code, senior_committee=committee.code,
            senior_office_code=committee.office_code, case_count=len(planned.chosen),
            idempotency_key=idempotency_key, sent_by=actor, sent_at=now,
        )
    )  # fmt: skip
    send = Send(batch_id, len(planned.chosen), committee)
    for case in planned.chosen:
        await transition(uow, case, send, actor=actor, organisation_code=office_code)
    for case in planned.passed_over:
        await transition(uow, case, PassOver(), actor=actor, organisation_code=office_code)
    return Sent(batch_id, [c.id for c in planned.chosen], [c.id for c in planned.passed_over])


async def sent_batch(uow: CommitteeUnitOfWork, batch_id: uuid.UUID, office_code: str) -> Batch:
    """A batch the office sent; another office's (or none) is NotOurs, 404."""
    batch = await uow.batches.get(batch_id)
    if batch is None or batch.office_code != office_code:
        raise NotOurs()
    return batch


async def batch_plan(
    uow: CommitteeUnitOfWork,
    office_code: str,
    committee: SeniorCommittee,
    *,
    publicity_required: bool,
) -> Plan:
    """What 网上送审 to `committee` sends now (every applicant selected for it whose 公示 has
    ended without an open objection), who is held back and why, and who goes unrecommended with
    it (the passed, unselected applicants of the same meetings)."""
    selected = [
        c
        for c in await uow.cases.of_office(office_code, Status.selected)
        if c.senior_committee == committee.code
    ]
    held = await holds(uow, [c.id for c in selected], required=publicity_required)
    passed = await uow.cases.of_office(office_code, Status.passed)
    return plan_batch(selected, passed, held)
