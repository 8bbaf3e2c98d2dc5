"""What every route depends on: the service context, and who is asking, as the service's one
token check (`services.gate`, built by bootstrap) says: the logged-in applicant, a department
(for the materials of the cases it holds or held) or the operator."""

import uuid
from typing import Annotated

from fastapi import Depends, Request

from services.intake.bootstrap import IntakeServices
from shared.auth import Audience, Claims
from shared.contracts.vocabulary import Role
from shared.service import services_of

DEPARTMENT_ROLES = frozenset(role.value for role in Role)


get_services = services_of(IntakeServices)


ServicesDep = Annotated[IntakeServices, Depends(get_services)]


async def current_applicant(request: Request, services: ServicesDep) -> uuid.UUID:
    """The account id of a current applicant's token; 401 asking to log in otherwise, 403 for a
    department's or the operator's login."""
    return (await services.gate.claims(request, Audience.applicant, "申报人")).account_id


ApplicantDep = Annotated[uuid.UUID, Depends(current_applicant)]


async def current_department(request: Request, services: ServicesDep) -> str:
    """The organisation of a department token whose account still stands (as review last
    announced it); 401 otherwise, 403 for another kind of login."""
    claims = await services.gate.department(request, DEPARTMENT_ROLES, "各级审核部门")
    assert claims.organisation is not None, "Gate.department checked it"
    return claims.organisation


DepartmentDep = Annotated[str, Depends(current_department)]


async def current_operator(request: Request, services: ServicesDep) -> Claims:
    """The operator's (系统管理员) token whose account still stands; 401 otherwise, 403 for
    another kind of login."""
    return await services.gate.claims(request, Audience.admin, "系统管理员")


OperatorDep = Annotated[Claims, Depends(current_operator)]
