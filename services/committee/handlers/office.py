"""The mid-committee office receives a case, or refuses to (不予接收) with a reason."""

import uuid

from services.committee.domain import case as rules
from services.committee.domain.case import CommitteeCase
from services.committee.handlers.case_steps import (
    advance,
    office_ref,
    office_stage,
    own_case,
    sent_by_ref,
)
from services.committee.unit_of_work import CommitteeUnitOfWork
from shared.contracts import (
    CommitteeApplicationRejected,
    CommitteeProgressed,
    CommitteeStep,
    Refusal,
)


async def receive(
    uow: CommitteeUnitOfWork, case_id: uuid.UUID, office_code: str, actor: uuid.UUID
) -> CommitteeCase:
    """接收: the office takes the case in; it waits for the committee's meeting."""
    case = await own_case(uow, case_id, office_code)
    now = uow.clock()
    after = rules.receive(case, now)
    row = await uow.cases.row(case_id)
    progressed = CommitteeProgressed(
        application_id=case.application_id,
        submission=case.submission,
        case_id=case.id,
        office=office_ref(row),
        step=CommitteeStep.received,
        at=now,
    )
    return await advance(
        uow, case, after, "received", actor=actor, organisation_code=office_code, told=[progressed]
    )


async def refuse(
    uow: CommitteeUnitOfWork, case_id: uuid.UUID, office_code: str, actor: uuid.UUID, reason: str
) -> CommitteeCase:
    """不予接收: the applicant and the department that sent it up are told why."""
    case = await own_case(uow, case_id, office_code)
    now = uow.clock()
    after = rules.refuse(case, reason, now)
    row = await uow.cases.row(case_id)
    rejected = CommitteeApplicationRejected(
        application_id=case.application_id,
        submission=case.submission,
        case_id=case.id,
        stage=office_stage(row),
        lower_unit=sent_by_ref(row),
        reasons=[reason.strip()],
        refusal=Refusal.not_received,
        rejected_at=now,
    )
    return await advance(
        uow, case, after, "refused", actor=actor, organisation_code=office_code,
        text=reason.strip(), told=[rejected],
    )  # fmt: skip
