"""Intake's input vocabulary."""

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from services.intake.domain.account import Registration
from services.intake.domain.actions import News
from services.intake.domain.employer import EmployerChoice
from services.intake.domain.progress import Milestone
from shared.contracts.forms import BasicInfo
from shared.contracts.vocabulary import FormKind


@dataclass(frozen=True)
class Register:
    registration: Registration
    phone_code: str
    source: str | None = None  # the client's address, for the audit record


@dataclass(frozen=True)
class ResetPassword:
    id_number: str
    phone: str
    phone_code: str
    new_password: str
    source: str | None = None


@dataclass(frozen=True)
class ChangePassword:
    account_id: uuid.UUID
    old_password: str
    new_password: str
    source: str | None = None  # the client's address, for the audit record


@dataclass(frozen=True)
class LogIn:
    id_number: str
    password: str


@dataclass(frozen=True)
class CreateDraft:
    account_id: uuid.UUID


@dataclass(frozen=True)
class SaveEmployer:
    account_id: uuid.UUID
    application_id: uuid.UUID
    employer: EmployerChoice


@dataclass(frozen=True)
class SaveForm:
    account_id: uuid.UUID
    application_id: uuid.UUID
    kind: FormKind
    form: BasicInfo


@dataclass(frozen=True)
class SaveFormDraft:
    """A form as typed so far: stored even if incomplete, so nothing typed is lost."""

    account_id: uuid.UUID
    application_id: uuid.UUID
    kind: FormKind
    data: Mapping[str, Any]


@dataclass(frozen=True)
class UploadPhoto:
    account_id: uuid.UUID
    application_id: uuid.UUID
    content: bytes
    file_name: str | None


@dataclass(frozen=True)
class AddAttachment:
    account_id: uuid.UUID
    application_id: uuid.UUID
    title: str
    content: bytes
    file_name: str | None


@dataclass(frozen=True)
class RemoveAttachment:
    account_id: uuid.UUID
    application_id: uuid.UUID
    file_id: uuid.UUID


@dataclass(frozen=True)
class SubmitApplication:
    account_id: uuid.UUID
    application_id: uuid.UUID
    idempotency_key: str | None = None
    correlation_id: uuid.UUID | None = None


@dataclass(frozen=True)
class RequestWithdrawal:
    account_id: uuid.UUID
    application_id: uuid.UUID


@dataclass(frozen=True)
class RecordProgress:
    """Another service reported on a submission: what it reported, a line for its timeline
    and, if the event is the newest about it, the details the progress screen shows from now
    on (which status follows is the domain's: domain/actions.STATUS_AFTER)."""

    application_id: uuid.UUID
    submission: int
    sequence: int
    milestone: Milestone
    news: News
    stage: dict[str, Any] | None = None  # the stage's contract, with the state it waits in
    rejection: dict[str, Any] | None = None
    correction: dict[str, Any] | None = None  # 退回补正: what to correct
