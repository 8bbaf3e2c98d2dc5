"""Who is asking, as the service's one token check (`services.gate`, built by bootstrap) says:
a mid-committee office's account, or a senior committee office's."""

import uuid
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request

from services.committee.bootstrap import CommitteeServices
from shared.contracts.vocabulary import ROLE_LABELS, Role
from shared.service import services_of

get_services = services_of(CommitteeServices)


ServicesDep = Annotated[CommitteeServices, Depends(get_services)]


@dataclass(frozen=True)
class Caller:
    account_id: uuid.UUID
    organisation_code: str


async def _caller(request: Request, services: CommitteeServices, role: Role) -> Caller:
    claims = await services.gate.department(request, {role.value}, ROLE_LABELS[role])
    assert claims.organisation is not None, "Gate.department checked it"
    return Caller(claims.account_id, claims.organisation)


async def current_office(request: Request, services: ServicesDep) -> Caller:
    """A mid-committee office's account (中评委办公室); 401 otherwise, 403 for another login."""
    return await _caller(request, services, Role.mid_committee_office)


async def current_senior_office(request: Request, services: ServicesDep) -> Caller:
    """A senior committee office's account (高评委办公室); 401 otherwise, 403 for another login."""
    return await _caller(request, services, Role.senior_committee_office)


Office = Annotated[Caller, Depends(current_office)]
SeniorOffice = Annotated[Caller, Depends(current_senior_office)]
