"""What every route depends on: the service context and the logged-in applicant."""

import uuid
from typing import Annotated

from fastapi import Depends, Request

from services.intake.bootstrap import IntakeServices
from services.intake.handlers.accounts import token_is_current
from shared.auth import (
    Audience,
    InvalidToken,
    WrongAudience,
    bearer_token,
    forbidden,
    unauthenticated,
)


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
