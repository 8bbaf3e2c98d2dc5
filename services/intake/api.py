"""The applicant portal's HTTP API."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Header, HTTPException, Request, Response

from services.intake.bootstrap import IntakeServices
from services.intake.commands import SubmitApplication
from services.intake.domain.application import STATUS_LABELS, Applicant, InvalidSubmission, Status
from services.intake.domain.employer import Employer
from services.intake.handlers import IdempotencyKeyReused, submit_application
from services.intake.schemas import ApplicationAccepted, ApplicationCreate, ApplicationRead
from services.intake.views import application_view
from shared.http import InvalidInput


def get_services(request: Request) -> IntakeServices:
    services: IntakeServices = request.app.state.services
    return services


ServicesDep = Annotated[IntakeServices, Depends(get_services)]
router = APIRouter(prefix="/applications", tags=["applications"])


@router.post("", status_code=202, response_model=ApplicationAccepted)
async def submit(
    body: ApplicationCreate,
    services: ServicesDep,
    response: Response,
    idempotency_key: Annotated[str | None, Header(max_length=200)] = None,
    x_correlation_id: Annotated[uuid.UUID | None, Header()] = None,
) -> ApplicationAccepted:
    """Submits an application (提交申报); retry with the same Idempotency-Key after a timeout."""
    command = SubmitApplication(
        applicant=Applicant(**body.applicant.model_dump()),
        employer=Employer(**body.employer.model_dump()),
        idempotency_key=idempotency_key,
        correlation_id=x_correlation_id,
    )
    try:
        application_id = await submit_application(services.uow_factory, command)
    except InvalidSubmission as exc:
        raise InvalidInput([(p.field, p.message) for p in exc.problems]) from exc
    except IdempotencyKeyReused as exc:
        raise InvalidInput(
            [("Idempotency-Key", "此幂等键已用于另一份内容不同的申报，请使用新的键")],
            where="header",
        ) from exc
    response.headers["Location"] = f"/applications/{application_id}"
    return ApplicationAccepted(
        id=application_id, status=Status.submitted, status_label=STATUS_LABELS[Status.submitted]
    )


@router.get("/{application_id}", response_model=ApplicationRead)
async def read(application_id: uuid.UUID, services: ServicesDep) -> ApplicationRead:
    """An application's status and where it is now (进度查询)."""
    async with services.uow_factory() as uow:
        view = await application_view(uow.session, application_id)
    if view is None:
        raise HTTPException(status_code=404, detail="申报不存在")
    return view
