"""The mid-committee office receives a case, or refuses to (不予接收) with a reason."""

import uuid

from services.committee.domain.actions import Receive, Refuse
from services.committee.domain.case import CommitteeCase
from services.committee.handlers.case_steps import own_case, transition
from services.committee.unit_of_work import CommitteeUnitOfWork


async def receive(
    uow: CommitteeUnitOfWork, case_id: uuid.UUID, office_code: str, actor: uuid.UUID
) -> CommitteeCase:
    """接收: the office takes the case in; it waits for the committee's meeting."""
    case = await own_case(uow, case_id, office_code)
    return await transition(uow, case, Receive(), actor=actor, organisation_code=office_code)


async def refuse(
    uow: CommitteeUnitOfWork, case_id: uuid.UUID, office_code: str, actor: uuid.UUID, reason: str
) -> CommitteeCase:
    """不予接收: the applicant and the department that sent it up are told why."""
    case = await own_case(uow, case_id, office_code)
    return await transition(uow, case, Refuse(reason), actor=actor, organisation_code=office_code)
