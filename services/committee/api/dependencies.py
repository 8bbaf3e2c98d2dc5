"""Who is asking: a mid-committee office's account, or a senior committee office's."""

import uuid
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request

from services.committee.bootstrap import CommitteeServices
from services.committee.models import account_state
from shared.account_state import verify_department
from shared.contracts.vocabulary import ROLE_LABELS, Role
from shared.db import session_factory


def get_services(request: Request) -> CommitteeServices:
    services: CommitteeServices = request.app.state.services
    return services


ServicesDep = Annotated[CommitteeServices, Depends(get_services)]


@dataclass(frozen=True)
class Caller:
    account_id: uuid.UUID
    organisation_code: str


async def _caller(request: Request, services: CommitteeServices, role: Role) -> Caller:
    claims = await verify_department(
        request,
        tokens=services.tokens,
        sessions=session_factory(services.engine),
        table=account_state,
        roles={role.value},
        who=ROLE_LABELS[role],
    )
    return Caller(claims.account_id, claims.organisation or "")


async def current_office(request: Request, services: ServicesDep) -> Caller:
    """A mid-committee office's account (中评委办公室)."""
    return await _caller(request, services, Role.mid_committee_office)


async def current_senior_office(request: Request, services: ServicesDep) -> Caller:
    """A senior committee office's account (高评委办公室)."""
    return await _caller(request, services, Role.senior_committee_office)


Office = Annotated[Caller, Depends(current_office)]
SeniorOffice = Annotated[Caller, Depends(current_senior_office)]
