"""Who is asking: a department (its organisation is the token's) or the operator. A token is
refused at once when notify has heard its account was disabled or given a newer version."""

from typing import Annotated

from fastapi import Depends, Request

from services.notify.bootstrap import NotifyServices
from services.notify.domain.accounts import token_stands
from shared.auth import Audience, Claims, InvalidToken, bearer_token, unauthenticated


def get_services(request: Request) -> NotifyServices:
    services: NotifyServices = request.app.state.services
    return services


ServicesDep = Annotated[NotifyServices, Depends(get_services)]


async def _claims(request: Request, services: NotifyServices, audience: Audience) -> Claims:
    try:
        claims = services.tokens.verify(bearer_token(request), audience=audience)
    except InvalidToken:
        raise unauthenticated() from None
    async with services.uow_factory() as uow:
        state = await uow.accounts.get(claims.account_id)
    standing = token_stands(
        state, token_version=claims.token_version, organisation=claims.organisation
    )
    if not standing:
        raise unauthenticated()
    return claims


async def current_department(request: Request, services: ServicesDep) -> str:
    """The organisation code of the logged-in department."""
    claims = await _claims(request, services, Audience.department)
    if claims.organisation is None:
        raise unauthenticated()
    return claims.organisation


async def current_admin(request: Request, services: ServicesDep) -> Claims:
    return await _claims(request, services, Audience.admin)


CurrentOrganisation = Annotated[str, Depends(current_department)]
CurrentAdmin = Annotated[Claims, Depends(current_admin)]
