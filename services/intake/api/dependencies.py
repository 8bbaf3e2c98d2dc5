"""What every route depends on: the service context, the logged-in applicant, or a department
(for the materials of the cases it holds or held)."""

import uuid
from typing import Annotated

from fastapi import Depends, Request

from services.intake.bootstrap import IntakeServices
from services.intake.handlers.accounts import token_is_current
from services.intake.models import account_state
from shared.account_state import verify_department, verify_token
from shared.auth import (
    Audience,
    Claims,
    InvalidToken,
    WrongAudience,
    bearer_token,
    forbidden,
    unauthenticated,
)
from shared.contracts.vocabulary import Role
from shared.db import session_factory


def get_services(request: Request) -> IntakeServices:
    services: IntakeServices = request.app.state.services
    return services


ServicesDep = Annotated[IntakeServices, Depends(get_services)]


async def current_applicant(request: Request, services: ServicesDep) -> uuid.UUID:
    """The account id of a valid, current applicant token; 401 asking to log in otherwise,
    403 for a department's or the operator's login."""
    try:
        claims = services.tokens.verify(bearer_token(request), audience=Audience.applicant)
    except WrongAudience:
        raise forbidden("申报人") from None
    except InvalidToken:
        raise unauthenticated() from None
    if not await token_is_current(services.uow_factory, claims.account_id, claims.token_version):
        raise unauthenticated()
    return claims.account_id


ApplicantDep = Annotated[uuid.UUID, Depends(current_applicant)]


async def current_department(request: Request, services: ServicesDep) -> str:
    """The organisation of a valid department token whose account still stands (as review last
    announced it); 401 otherwise."""
    claims = await verify_department(
        request,
        tokens=services.tokens,
        sessions=session_factory(services.engine),
        table=account_state,
        roles={role.value for role in Role},
        who="各级审核部门",
    )
    assert claims.organisation is not None, "verify_department checked it"
    return claims.organisation


DepartmentDep = Annotated[str, Depends(current_department)]


async def current_operator(request: Request, services: ServicesDep) -> Claims:
    """A valid token of the operator (系统管理员) whose account still stands; 401 otherwise, 403
    for another kind of login."""
    return await verify_token(
        request,
        audience=Audience.admin,
        tokens=services.tokens,
        sessions=session_factory(services.engine),
        table=account_state,
        who="系统管理员",
    )


OperatorDep = Annotated[Claims, Depends(current_operator)]
