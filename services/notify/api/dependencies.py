"""Who is asking: a department (its organisation is the token's) or the operator. A token is
refused at once when notify has heard its account was disabled or given a newer version."""

from typing import Annotated

from fastapi import Depends, Request

from services.notify.bootstrap import NotifyServices
from services.notify.models import account_state
from shared.account_state import verify_token
from shared.auth import Audience, Claims, forbidden
from shared.db import session_factory


def get_services(request: Request) -> NotifyServices:
    services: NotifyServices = request.app.state.services
    return services


ServicesDep = Annotated[NotifyServices, Depends(get_services)]


WHO = {Audience.department: "各级审核部门", Audience.admin: "系统管理员"}


async def _claims(request: Request, services: NotifyServices, audience: Audience) -> Claims:
    return await verify_token(
        request,
        audience=audience,
        tokens=services.tokens,
        sessions=session_factory(services.engine),
        table=account_state,
        who=WHO[audience],
    )


async def current_department(request: Request, services: ServicesDep) -> str:
    """The organisation code of the logged-in department."""
    claims = await _claims(request, services, Audience.department)
    if claims.organisation is None:
        raise forbidden(WHO[Audience.department])
    return claims.organisation


async def current_admin(request: Request, services: ServicesDep) -> Claims:
    return await _claims(request, services, Audience.admin)


CurrentOrganisation = Annotated[str, Depends(current_department)]
CurrentAdmin = Annotated[Claims, Depends(current_admin)]
