"""Applications: create, list, submit (提交申报), withdraw (撤回), progress (进度查询), history."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Header, Path, Query, Response

from services.intake.api.dependencies import ApplicantDep, ServicesDep
from services.intake.commands import CreateDraft, RequestWithdrawal, SubmitApplication
from services.intake.domain.application import STATUS_LABELS, Status
from services.intake.domain.changes import diff_forms
from services.intake.handlers.drafts import create_draft
from services.intake.handlers.errors import ApplicationNotFound
from services.intake.handlers.submission import submit_application, withdraw
from services.intake.schemas.applications import (
    ApplicationBrief,
    ApplicationCreated,
    ApplicationRead,
    DiffRead,
    SubmissionAccepted,
    SubmissionRead,
)
from services.intake.views.applications import application_view, list_applications
from services.intake.views.history import forms_of, submission_view
from services.intake.views.owned import owned
from shared.http import MAX_INTEGER

router = APIRouter(prefix="/applications", tags=["applications"])


@router.post("", status_code=201, response_model=ApplicationCreated)
async def create(
    account: ApplicantDep, services: ServicesDep, response: Response
) -> ApplicationCreated:
    """Starts a new application (a draft) for the logged-in applicant."""
    async with services.transaction() as uow:
        application_id = await create_draft(uow, CreateDraft(account))
    response.headers["Location"] = f"/applications/{application_id}"
    return ApplicationCreated(
        id=application_id, status=Status.draft, status_label=STATUS_LABELS[Status.draft]
    )


@router.get("", response_model=list[ApplicationBrief])
async def list_own(account: ApplicantDep, services: ServicesDep) -> list[ApplicationBrief]:
    """The logged-in applicant's applications."""
    async with services.transaction() as uow:
        return await list_applications(uow.session, account)


@router.get("/{application_id}", response_model=ApplicationRead)
async def read(
    application_id: uuid.UUID, account: ApplicantDep, services: ServicesDep
) -> ApplicationRead:
    """Where the application is now and how it got there (进度查询)."""
    async with services.transaction() as uow:
        view = await application_view(uow.session, account, application_id, now=services.clock())
    if view is None:
        raise ApplicationNotFound(application_id)
    return view


@router.post("/{application_id}/submit", status_code=202, response_model=SubmissionAccepted)
async def submit(
    application_id: uuid.UUID,
    account: ApplicantDep,
    services: ServicesDep,
    idempotency_key: Annotated[str | None, Header(max_length=200)] = None,
    x_correlation_id: Annotated[uuid.UUID | None, Header()] = None,
) -> SubmissionAccepted:
    """Submits the draft (提交申报), or resubmits it after a refusal; retry with the same
    Idempotency-Key after a timeout. Refused (422) with every problem while any stands."""
    command = SubmitApplication(account, application_id, idempotency_key, x_correlation_id)
    async with services.transaction() as uow:
        number = await submit_application(uow, command)
    status = Status.submitted
    return SubmissionAccepted(
        id=application_id, submission=number, status=status, status_label=STATUS_LABELS[status]
    )


@router.post("/{application_id}/withdraw", status_code=202, response_model=ApplicationRead)
async def request_withdrawal(
    application_id: uuid.UUID, account: ApplicantDep, services: ServicesDep
) -> ApplicationRead:
    """Asks to withdraw (撤回) the submission; possible until the first department receives it."""
    async with services.transaction() as uow:
        await withdraw(uow, RequestWithdrawal(account, application_id))
    return await read(application_id, account, services)


@router.get("/{application_id}/submissions/{submission}", response_model=SubmissionRead)
async def read_submission(
    application_id: uuid.UUID,
    submission: Annotated[int, Path(ge=1, le=MAX_INTEGER)],
    account: ApplicantDep,
    services: ServicesDep,
) -> SubmissionRead:
    """One submission as it was sent, with its own history (earlier ones stay readable)."""
    async with services.transaction() as uow:
        view = await submission_view(uow.session, account, application_id, submission)
    if view is None:
        raise ApplicationNotFound(application_id)
    return view


@router.get("/{application_id}/diff", response_model=DiffRead)
async def diff(
    application_id: uuid.UUID,
    account: ApplicantDep,
    services: ServicesDep,
    base: Annotated[int, Query(ge=1, le=MAX_INTEGER, description="an earlier submission")],
    target: Annotated[
        int | None, Query(ge=1, le=MAX_INTEGER, description="a later one; omitted: the draft")
    ] = None,
) -> DiffRead:
    """What changed in the forms between two submissions, or since a submission in the draft."""
    async with services.transaction() as uow:
        if await owned(uow.session, account, application_id) is None:
            raise ApplicationNotFound(application_id)
        old = await forms_of(uow.session, application_id, base)
        new = await forms_of(uow.session, application_id, target)
    return DiffRead(base=base, target=target, changes=diff_forms(old, new))
