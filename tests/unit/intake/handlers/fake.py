"""Intake's handlers on the in-memory fake (tests/support/memory.py): intake's own tables in
SQLite, behind the real IntakeUnitOfWork and repositories, and the real
ServiceContext.transaction() a route opens. No broker, no database server."""

import functools
import uuid
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from deploy.season import forms_for, id_number, phone_of
from services.intake.commands import CreateDraft, SaveEmployer, SaveForm, UploadPhoto
from services.intake.domain.account import Registration
from services.intake.domain.account import register as checked_registration
from services.intake.domain.employer import EmployerChoice
from services.intake.domain.files import PhotoRules
from services.intake.handlers import drafts
from services.intake.handlers.directory import keep_directory
from services.intake.handlers.phone_codes import send_code
from services.intake.models import messaging, metadata
from services.intake.storage import LocalFileStore
from services.intake.unit_of_work import IntakeUnitOfWork, unit_of_work_factory
from services.review.reference_data import (
    DEFAULT_DIRECTORY,
    DEFAULT_ROUTES,
    ReferenceData,
    load_directory,
    load_routes,
)
from services.review.views.published_directory import directory_published
from shared.auth import hash_password
from shared.contracts import CodePurpose, Envelope, PhoneCodeRequested
from shared.contracts.forms import FORM_MODELS
from shared.contracts.vocabulary import FormKind
from shared.service import ServiceContext
from tests.support.applications import PASSWORD, photo_bytes
from tests.support.memory import memory_sessions

NOW = datetime(2026, 12, 3, 2, 0, tzinfo=UTC)
PUBLISHED = directory_published(
    ReferenceData(load_directory(DEFAULT_DIRECTORY), load_routes(DEFAULT_ROUTES)), now=NOW
)


@dataclass
class Intake:
    """What a route has: the context (its `transaction()`) and the adapters."""

    services: ServiceContext[Any, IntakeUnitOfWork]
    files: LocalFileStore
    photo_rules: PhotoRules

    @property
    def uow_factory(self) -> Callable[[], IntakeUnitOfWork]:
        return self.services.uow_factory

    def transaction(self) -> AbstractAsyncContextManager[IntakeUnitOfWork]:
        return self.services.transaction()

    async def outbox(self) -> list[tuple[str, dict[str, Any]]]:
        """Every event staged so far, in order: routing key and payload."""
        async with self.uow_factory() as uow:
            rows = await uow.session.execute(
                select(messaging.outbox.c.routing_key, messaging.outbox.c.body).order_by(
                    messaging.outbox.c.id
                )
            )
            return [(key, Envelope.model_validate_json(body).payload) for key, body in rows]


@pytest.fixture
async def intake(tmp_path: Path) -> AsyncIterator[Intake]:
    async with memory_sessions(metadata) as sessions:
        factory = unit_of_work_factory(sessions, lambda: NOW)
        # the context a route has, over the fake's engine; its transaction() is the one under
        # test, and no handler reads the settings
        context: ServiceContext[Any, IntakeUnitOfWork] = ServiceContext(
            settings=None,
            engine=sessions.kw["bind"],
            uow_factory=factory,
            reading_uow_factory=factory,
            clock=lambda: NOW,
        )
        yield Intake(context, LocalFileStore(tmp_path / "files"), PhotoRules())


def applicant(serial: str = "123", name: str = "张三") -> dict[str, str]:
    number = id_number(serial=serial)
    return {"name": name, "id_number": number, "phone": phone_of(number)}


async def sms_code(intake: Intake, phone: str, purpose: CodePurpose) -> str:
    """Asks for a code as the route does and reads it from the event staged for notify."""
    async with intake.transaction() as uow:
        await send_code(uow, phone, purpose)
    sent = [p for k, p in await intake.outbox() if k == PhoneCodeRequested.routing_key()]
    return str(sent[-1]["code"])


@functools.cache
def _password_hash() -> str:
    return hash_password(PASSWORD)  # argon2 costs ~0.1 s: once for all the tests


async def registered(intake: Intake, person: dict[str, str]) -> uuid.UUID:
    """An applicant's account, stored as registration stores it (test_registration.py goes
    through the SMS code and the hash)."""
    account = uuid.uuid4()
    async with intake.transaction() as uow:
        checked = checked_registration(Registration(**person, password=PASSWORD), today=NOW.date())
        await uow.accounts.add(account, checked, password_hash=_password_hash(), now=NOW)
    return account


async def prepared_draft(intake: Intake, person: dict[str, str]) -> tuple[uuid.UUID, uuid.UUID]:
    """A registered applicant's complete draft: employer, the four forms, a clear photo."""
    account = await registered(intake, person)
    async with intake.transaction() as uow:
        await keep_directory(uow, PUBLISHED)
        application_id = await drafts.create_draft(uow, CreateDraft(account))
        employer = EmployerChoice("杭州市西湖区某某建设有限公司", "public", "330106")
        await drafts.save_employer(uow, SaveEmployer(account, application_id, employer))
        body = {"applicant": person, "employer": {"name": employer.name, "kind": "public"}}
        for kind, form in forms_for(body).items():
            model = FORM_MODELS[FormKind(kind)]
            command = SaveForm(account, application_id, FormKind(kind), model.model_validate(form))
            await drafts.save_form(uow, command)
    photo = UploadPhoto(account, application_id, photo_bytes(), "photo.jpg")
    await drafts.upload_photo(intake.uow_factory, intake.files, intake.photo_rules, photo)
    return account, application_id
