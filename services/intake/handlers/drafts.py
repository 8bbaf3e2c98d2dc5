"""The draft the applicant fills in: employer facts, the four forms, the photo and the scans.
Each save is one transaction, the route's: all of it is stored, or (on any problem) nothing."""

import asyncio
import dataclasses
import uuid
from collections.abc import Callable
from dataclasses import dataclass

import structlog

from services.intake.commands import (
    AddAttachment,
    CreateDraft,
    RemoveAttachment,
    SaveEmployer,
    SaveForm,
    SaveFormDraft,
    UploadPhoto,
)
from services.intake.domain.actions import Edit, decide
from services.intake.domain.employer import choose_employer
from services.intake.domain.files import (
    FileRefused,
    ImageFacts,
    PhotoRules,
    ScanRules,
    check_file_name,
    photo_verdict,
)
from services.intake.domain.problems import Invalid, Problem
from services.intake.form_input import FieldError, checked_form, known_fields, stray_fields
from services.intake.handlers.directory import employer_directory
from services.intake.handlers.errors import ApplicationNotFound, FileNotFound
from services.intake.images import CheckedFile, check_photo, check_scan
from services.intake.repository.applications import standing_of
from services.intake.repository.records import ApplicationRecord
from services.intake.storage import FileStore
from services.intake.unit_of_work import IntakeUnitOfWork
from shared.contracts.forms import FORM_MODELS
from shared.contracts.vocabulary import FileKind

log = structlog.get_logger(__name__)
UowFactory = Callable[[], IntakeUnitOfWork]
PHOTO_TITLE = "证件照"


@dataclass(frozen=True)
class StoredPhoto:
    file_id: uuid.UUID
    facts: ImageFacts
    verdict: str


async def create_draft(uow: IntakeUnitOfWork, command: CreateDraft) -> uuid.UUID:
    """A new, empty application of this applicant's."""
    application_id = uuid.uuid4()
    await uow.applications.create(application_id, command.account_id, uow.clock())
    log.info("draft_created", application_id=str(application_id))
    return application_id


async def save_employer(uow: IntakeUnitOfWork, command: SaveEmployer) -> None:
    """Stores the employer facts that will decide the route, once the directory review
    published accepts them (Invalid naming the field otherwise)."""
    chosen = choose_employer(command.employer, await employer_directory(uow))
    await editable(uow, command.account_id, command.application_id)
    employer = dataclasses.asdict(chosen)
    await uow.applications.change(command.application_id, now=uow.clock(), employer=employer)


async def save_form(uow: IntakeUnitOfWork, command: SaveForm) -> None:
    """Stores one of the four forms, replacing its previous draft."""
    await editable(uow, command.account_id, command.application_id)
    data = command.form.model_dump(mode="json")
    await uow.drafts.save_form(command.application_id, command.kind, data, uow.clock())
    await uow.applications.change(command.application_id, now=uow.clock())


async def save_form_draft(uow: IntakeUnitOfWork, command: SaveFormDraft) -> list[FieldError]:
    """Stores the form as typed so far, replacing its previous draft, and returns what is still
    wrong with it (empty: complete and valid, stored exactly as the strict save would)."""
    model = FORM_MODELS[command.kind]
    form, errors = checked_form(command.kind, model, known_fields(model, command.data))
    data = form.model_dump(mode="json") if form else known_fields(model, command.data)
    await editable(uow, command.account_id, command.application_id)
    await uow.drafts.save_form(command.application_id, command.kind, data, uow.clock())
    await uow.applications.change(command.application_id, now=uow.clock())
    return stray_fields(command.kind, model, command.data) + errors


async def upload_photo(
    uow_factory: UowFactory, store: FileStore, rules: PhotoRules, command: UploadPhoto
) -> StoredPhoto:
    """Checks the photo, stores it re-encoded and makes it the draft's photo; returns its id and
    what was measured (size, clarity), for the verdict the applicant sees at once.

    It takes the factory: the photo is decoded and re-encoded (CPU, off the loop) between two
    short transactions, with no database connection held while it waits."""
    await _may_upload(uow_factory, command.account_id, command.application_id, command.file_name)
    checked = await asyncio.to_thread(check_photo, command.content, rules)
    sha256 = await store.put(checked.content)  # before the row: a stored row has its content
    async with uow_factory() as uow:
        await editable(uow, command.account_id, command.application_id)
        await uow.drafts.remove_files(command.application_id, kind=FileKind.photo)
        file_id = await _add_file(
            uow, command.application_id, FileKind.photo, PHOTO_TITLE, checked, sha256
        )
        await uow.commit()
    log.info("photo_stored", application_id=str(command.application_id), sha256=sha256)
    assert checked.facts is not None, "check_photo measures every photo it passes"
    return StoredPhoto(file_id, checked.facts, photo_verdict(checked.facts, rules))


async def add_attachment(
    uow_factory: UowFactory, store: FileStore, rules: ScanRules, command: AddAttachment
) -> uuid.UUID:
    """Checks a supporting scan (PDF or JPEG) and adds it to the draft. It takes the factory,
    as upload_photo does: the scan is decoded and rewritten with no connection held."""
    title = command.title.strip()
    if not 1 <= len(title) <= rules.max_title_length:
        message = f"材料名称不能为空，且不超过 {rules.max_title_length} 个字符"
        raise Invalid([Problem("title", message)])
    await _may_upload(uow_factory, command.account_id, command.application_id, command.file_name)
    checked = await asyncio.to_thread(check_scan, command.content, rules)
    sha256 = await store.put(checked.content)
    async with uow_factory() as uow:
        await editable(uow, command.account_id, command.application_id)
        count = await uow.drafts.count_files(command.application_id, FileKind.attachment)
        if count >= rules.max_per_application:
            raise FileRefused("too_many", f"证明材料最多 {rules.max_per_application} 份")
        file_id = await _add_file(
            uow, command.application_id, FileKind.attachment, title, checked, sha256
        )
        await uow.commit()
    return file_id


async def remove_attachment(uow: IntakeUnitOfWork, command: RemoveAttachment) -> None:
    """Takes a scan off the draft; submissions that carried it keep it."""
    await editable(uow, command.account_id, command.application_id)
    removed = await uow.drafts.remove_files(
        command.application_id, kind=FileKind.attachment, file_id=command.file_id
    )
    if not removed:
        raise FileNotFound(command.file_id)
    await uow.applications.change(command.application_id, now=uow.clock())


async def editable(
    uow: IntakeUnitOfWork, account_id: uuid.UUID, application_id: uuid.UUID
) -> ApplicationRecord:
    """The applicant's application, locked, once the domain lets the draft change (Refused
    otherwise; an edit leaves the standing as it was); ApplicationNotFound if not theirs."""
    row = await uow.applications.get_for_update(application_id, account_id)
    if row is None:
        raise ApplicationNotFound(application_id)
    decide(standing_of(row), Edit(), uow.clock())
    return row


async def _may_upload(
    uow_factory: UowFactory, account_id: uuid.UUID, application_id: uuid.UUID, name: str | None
) -> None:
    """Refuses early, before any decoding or storing, what would be refused anyway."""
    check_file_name(name)
    async with uow_factory() as uow:
        await editable(uow, account_id, application_id)


async def _add_file(
    uow: IntakeUnitOfWork,
    application_id: uuid.UUID,
    kind: FileKind,
    title: str,
    checked: CheckedFile,
    sha256: str,
) -> uuid.UUID:
    file_id = uuid.uuid4()
    now = uow.clock()
    await uow.drafts.add_file(
        id=file_id,
        application_id=application_id,
        kind=kind,
        title=title,
        media_type=checked.media_type,
        size=len(checked.content),
        sha256=sha256,
        width=checked.width,
        height=checked.height,
        sharpness=checked.sharpness,
        uploaded_at=now,
    )
    await uow.applications.change(application_id, now=now)
    return file_id
