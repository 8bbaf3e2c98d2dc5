"""Who is asking: the services, the logged-in department or operator. Every token is checked by
the services' one Gate (bootstrap); what a route is given is the account the Gate read."""

from typing import Annotated

from fastapi import Depends, Request

from services.review.bootstrap import ReviewServices
from services.review.domain.accounts import Account, AccountKind
from services.review.domain.actions import Actor
from shared.auth import Audience, InvalidToken, bearer_token, forbidden, unauthenticated
from shared.service import services_of

get_services = services_of(ReviewServices)


ServicesDep = Annotated[ReviewServices, Depends(get_services)]


DEPARTMENTS = "各级审核部门"
OPERATOR = "系统管理员"


async def _account(
    request: Request, services: ReviewServices, audience: Audience, who: str
) -> Account:
    """The token's account, if it still stands (else 401); 403 for another kind of account's
    valid token. The Gate read the account to check it; the route is handed that read."""
    return (await services.gate.admit(request, audience, who)).standing


async def current_department(request: Request, services: ServicesDep) -> Actor:
    account = await _account(request, services, Audience.department, DEPARTMENTS)
    if account.kind != AccountKind.department or account.organisation_code is None:
        raise forbidden(DEPARTMENTS)
    return Actor(account.id, account.display_name, account.organisation_code)


async def current_admin(request: Request, services: ServicesDep) -> Account:
    return await _account(request, services, Audience.admin, OPERATOR)


async def current_account(request: Request, services: ServicesDep) -> Account:
    """A department's or the operator's account."""
    token = bearer_token(request)
    audience = Audience.admin
    try:
        services.gate.tokens.verify(token, audience=Audience.department)
        audience = Audience.department
    except InvalidToken:
        pass
    return await _account(request, services, audience, f"{DEPARTMENTS}或{OPERATOR}")


async def any_account(request: Request, services: ServicesDep) -> None:
    """Any valid token: a department's, the operator's, or an applicant's (for reference data;
    review cannot ask whether an applicant still stands, intake can)."""
    token = bearer_token(request)
    for audience in Audience:
        try:
            services.gate.tokens.verify(token, audience=audience)
            return
        except InvalidToken:
            continue
    raise unauthenticated()


CurrentDepartment = Annotated[Actor, Depends(current_department)]
CurrentAdmin = Annotated[Account, Depends(current_admin)]
CurrentAccount = Annotated[Account, Depends(current_account)]
