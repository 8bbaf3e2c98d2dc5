"""Who is asking: a department (its organisation is the token's) or the operator, checked by
notify's one `Gate` (bootstrap.py): a token is refused at once when notify has heard its account
was disabled or given a newer version."""

from typing import Annotated

from fastapi import Depends, Request

from services.notify.bootstrap import NotifyServices
from shared.auth import Audience, Claims, forbidden
from shared.service import services_of

DEPARTMENTS = "各级审核部门"
OPERATOR = "系统管理员"


get_services = services_of(NotifyServices)


ServicesDep = Annotated[NotifyServices, Depends(get_services)]


async def current_department(request: Request, services: ServicesDep) -> str:
    """The organisation code of the logged-in department (any role of organisation)."""
    claims = await services.gate.claims(request, Audience.department, DEPARTMENTS)
    if claims.organisation is None:
        raise forbidden(DEPARTMENTS)
    return claims.organisation


async def current_admin(request: Request, services: ServicesDep) -> Claims:
    return await services.gate.claims(request, Audience.admin, OPERATOR)


CurrentOrganisation = Annotated[str, Depends(current_department)]
CurrentAdmin = Annotated[Claims, Depends(current_admin)]
