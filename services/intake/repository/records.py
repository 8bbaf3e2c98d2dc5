"""What intake's repositories hand out: one typed record per table row a handler reads, never
the row itself. JSON columns stay as the mapping that was stored (its keys named in
repository/stored.py, or a JsonObject where the contract's model parses it); what a handler needs
from them is a property here."""

import uuid
from dataclasses import dataclass, fields
from datetime import datetime
from typing import Self

from sqlalchemy import RowMapping

from services.intake.repository.stored import (
    StoredCorrection,
    StoredEmployer,
    StoredRejection,
    StoredStage,
    StoredWithdrawal,
)
from shared.json_object import JsonObject


class _Record:
    @classmethod
    def of(cls, row: RowMapping) -> Self:
        """The record of a row selected from its whole table, read by name."""
        return cls(**{f.name: row[f.name] for f in fields(cls)})  # type: ignore[arg-type]


@dataclass(frozen=True)
class AccountRecord(_Record):
    id: uuid.UUID
    name: str
    id_number: str
    phone: str
    email: str | None
    password_hash: str
    token_version: int
    failed_logins: int
    locked_until: datetime | None
    created_at: datetime


@dataclass(frozen=True)
class ApplicationRecord(_Record):
    id: uuid.UUID
    account_id: uuid.UUID
    status: str
    submission: int  # 0 until first submitted
    employer: StoredEmployer | None
    stage: StoredStage | None
    rejection: StoredRejection | None
    withdrawal: StoredWithdrawal | None
    correction: StoredCorrection | None  # 退回补正: review.correction_requested's payload
    last_sequence: int
    correlation_id: uuid.UUID | None
    created_at: datetime
    updated_at: datetime
    submitted_at: datetime | None

    @property
    def journey(self) -> uuid.UUID:
        """The correlation id of the current submission's journey (set once submitted)."""
        assert self.correlation_id is not None, "a submitted application has its journey"
        return self.correlation_id

    @property
    def returned_by(self) -> str:
        """The name of the department that asked for the correction (退回补正)."""
        assert self.correction is not None, "only a returned application has one"
        return self.correction["stage"]["organisation"]["name"]

    @property
    def returned_case(self) -> uuid.UUID:
        """Review's case that was returned for correction."""
        assert self.correction is not None, "only a returned application has one"
        return uuid.UUID(self.correction["case_id"])


@dataclass(frozen=True)
class StoredFileRecord(_Record):
    id: uuid.UUID
    application_id: uuid.UUID
    kind: str
    title: str
    media_type: str
    size: int
    sha256: str
    width: int | None
    height: int | None
    sharpness: float | None
    uploaded_at: datetime


@dataclass(frozen=True)
class VersionRecord(_Record):
    """One submission as it was sent (forms unmasked: intake's own copy): what the handler
    keeps (SubmissionRepository.store) and what it reads back."""

    application_id: uuid.UUID
    submission: int
    employer: StoredEmployer
    forms: JsonObject  # a FormsSnapshot
    check_report: JsonObject  # a CheckReport
    files: list[JsonObject]  # FileRef each
    sequence: int
    correlation_id: uuid.UUID
    idempotency_key: str | None
    submitted_at: datetime
