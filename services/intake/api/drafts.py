"""The draft: employer facts, the four forms, the photo and the supporting scans, the check."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Body, Form, Query, Response, UploadFile
from pydantic import JsonValue

from services.intake.api.dependencies import ApplicantDep, ServicesDep
from services.intake.api.forms import FormEndpoint, add_form_routes
from services.intake.commands import (
    AddAttachment,
    RemoveAttachment,
    SaveEmployer,
    SaveForm,
    SaveFormDraft,
    UploadPhoto,
)
from services.intake.domain.employer import EmployerChoice
from services.intake.domain.files import PhotoRules, ScanRules
from services.intake.handlers import drafts
from services.intake.handlers.errors import ApplicationNotFound, FileNotFound
from services.intake.handlers.submission import check_draft
from services.intake.schemas.drafts import (
    FORM_INPUTS,
    DraftRead,
    EmployerIn,
    FieldProblemOut,
    FileStored,
    FormDraftSaved,
    PhotoStored,
)
from services.intake.views.drafts import draft_view, file_url
from services.intake.views.history import file_of
from services.intake.views.owned import owned
from shared.body_limit import MULTIPART_FRAMING, max_body
from shared.contracts.forms import BasicInfo
from shared.contracts.intake import CheckReport, CheckResult, Mismatch
from shared.contracts.names import clean_name
from shared.contracts.vocabulary import FORM_LABELS, FormKind
from shared.http import document

router = APIRouter(prefix="/applications", tags=["draft"])


@router.get("/{application_id}/draft", response_model=DraftRead)
async def read_draft(
    application_id: uuid.UUID, account: ApplicantDep, services: ServicesDep
) -> DraftRead:
    """The draft as saved so far: employer facts, forms, photo, scans."""
    async with services.transaction() as uow:
        view = await draft_view(uow.session, account, application_id)
    if view is None:
        raise ApplicationNotFound(application_id)
    return view


@router.put("/{application_id}/employer", status_code=204)
async def save_employer(
    application_id: uuid.UUID, body: EmployerIn, account: ApplicantDep, services: ServicesDep
) -> None:
    """Saves the employer facts (单位信息): the kind and, as `GET /directory` says it needs, the
    region or the organisation. Codes not in the directory are refused here, naming the field;
    503 until review's directory has reached intake."""
    command = SaveEmployer(account, application_id, EmployerChoice(**body.model_dump()))
    async with services.transaction() as uow:
        await drafts.save_employer(uow, command)


def _form_endpoint(kind: FormKind, model: type[BasicInfo]) -> FormEndpoint:
    async def save_form(
        application_id: uuid.UUID,
        body: Annotated[model, Body()],  # type: ignore[valid-type]
        account: ApplicantDep,
        services: ServicesDep,
    ) -> None:
        async with services.transaction() as uow:
            await drafts.save_form(uow, SaveForm(account, application_id, kind, body))

    save_form.__doc__ = f"Saves the {kind} form, replacing its draft; editable until submitted."
    return save_form


add_form_routes(router, FORM_INPUTS, _form_endpoint)


@router.put("/{application_id}/forms/{kind}/draft", response_model=FormDraftSaved)
async def save_form_draft(
    application_id: uuid.UUID,
    kind: FormKind,
    body: Annotated[dict[str, JsonValue], Body(description="the form's fields typed so far")],
    account: ApplicantDep,
    services: ServicesDep,
) -> FormDraftSaved:
    """Saves a form as typed so far (the portal saves as the applicant goes), even incomplete,
    and answers what is still wrong with it, each error naming the form and the field. A form
    saved incomplete is listed by the check and stops submission until it is complete."""
    command = SaveFormDraft(account, application_id, kind, body)
    async with services.transaction() as uow:
        errors = await drafts.save_form_draft(uow, command)
    return FormDraftSaved(
        kind=kind,
        kind_label=FORM_LABELS[kind],
        complete=not errors,
        errors=[FieldProblemOut(field=path, message=message) for path, message in errors],
    )


@router.put(
    "/{application_id}/photo",
    status_code=201,
    response_model=PhotoStored,
    openapi_extra=max_body(PhotoRules.max_bytes + MULTIPART_FRAMING),
)
async def upload_photo(
    application_id: uuid.UUID, file: UploadFile, account: ApplicantDep, services: ServicesDep
) -> PhotoStored:
    """Uploads the 1-inch ID photo (JPEG/PNG) and answers the verdict at once, with what was
    measured; one that breaks a rule (GET /upload-rules) is refused (422) with the reason."""
    rules = services.photo_rules
    content = await file.read(rules.max_bytes + 1)
    command = UploadPhoto(account, application_id, content, file.filename)
    stored = await drafts.upload_photo(services.uow_factory, services.files, rules, command)
    return PhotoStored(
        id=stored.file_id,
        url=file_url(application_id, stored.file_id),
        preview_url=file_url(application_id, stored.file_id, inline=True),
        width=stored.facts.width,
        height=stored.facts.height,
        sharpness=stored.facts.sharpness,
        min_sharpness=rules.min_sharpness,
        verdict=stored.verdict,
    )


@router.post(
    "/{application_id}/attachments",
    status_code=201,
    response_model=FileStored,
    openapi_extra=max_body(ScanRules.max_bytes + MULTIPART_FRAMING),
)
async def add_attachment(
    application_id: uuid.UUID,
    file: UploadFile,
    title: Annotated[
        str, Form(max_length=100, description="材料名称，如 学历证书"), clean_name("材料名称")
    ],
    account: ApplicantDep,
    services: ServicesDep,
) -> FileStored:
    """Adds a supporting scan (PDF or JPEG) with what it is (材料名称)."""
    content = await file.read(services.scan_rules.max_bytes + 1)
    command = AddAttachment(account, application_id, title, content, file.filename)
    file_id = await drafts.add_attachment(
        services.uow_factory, services.files, services.scan_rules, command
    )
    return FileStored(
        id=file_id,
        url=file_url(application_id, file_id),
        preview_url=file_url(application_id, file_id, inline=True),
    )


@router.delete("/{application_id}/attachments/{file_id}", status_code=204)
async def remove_attachment(
    application_id: uuid.UUID, file_id: uuid.UUID, account: ApplicantDep, services: ServicesDep
) -> None:
    """Takes a scan off the draft (earlier submissions keep theirs)."""
    async with services.transaction() as uow:
        await drafts.remove_attachment(uow, RemoveAttachment(account, application_id, file_id))


@router.get("/{application_id}/files/{file_id}", response_class=Response)
async def download(
    application_id: uuid.UUID,
    file_id: uuid.UUID,
    account: ApplicantDep,
    services: ServicesDep,
    inline: Annotated[bool, Query(description="to open in the page rather than save")] = False,
) -> Response:
    """A file of the draft or of an earlier submission, as stored (re-encoded, without metadata),
    under a name the server makes; `inline=true` to preview it in the page."""
    async with services.transaction() as uow:
        if await owned(uow.session, account, application_id) is None:
            raise ApplicationNotFound(application_id)
        found = await file_of(uow.session, application_id, file_id)
    if found is None:
        raise FileNotFound(file_id)
    sha256, media_type = found
    extension = "pdf" if media_type == "application/pdf" else "jpg"
    content = await services.files.get(sha256)
    return document(
        content, media_type=media_type, filename=f"{file_id}.{extension}", inline=inline
    )


@router.get("/{application_id}/check", response_model=CheckReport)
async def check(
    application_id: uuid.UUID, account: ApplicantDep, services: ServicesDep
) -> CheckReport:
    """What submitting now would find (一致性检查): every check, every problem, form and field."""
    async with services.transaction() as uow:
        report, problems = await check_draft(uow, account, application_id)
    return CheckReport(
        passed=not problems,
        checked_at=services.clock(),
        results=[
            CheckResult(code=c.code, label=c.label, passed=c.passed, detail=c.detail)
            for c in report.results
        ],
        mismatches=[_mismatch(p.field, p.message) for p in problems],
    )


def _mismatch(path: str, message: str) -> Mismatch:
    parts = path.split(".", 2)
    if parts[0] == "forms" and len(parts) >= 2:
        return Mismatch(form=FormKind(parts[1]), field=".".join(parts[2:]), message=message)
    return Mismatch(form=None, field=path, message=message)
