"""Intake's input vocabulary."""

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from services.intake.domain.application import Applicant
from services.intake.domain.employer import Employer


@dataclass(frozen=True)
class SubmitApplication:
    applicant: Applicant
    employer: Employer
    idempotency_key: str | None = None
    correlation_id: uuid.UUID | None = None


@dataclass(frozen=True)
class RecordStageChange:
    """Review moved the application's case; `stage` is what the progress screen shows."""

    application_id: uuid.UUID
    submission: int
    sequence: int
    stage: dict[str, Any]
    at: datetime


@dataclass(frozen=True)
class RecordRejection:
    application_id: uuid.UUID
    submission: int
    sequence: int
    rejection: dict[str, Any]
    at: datetime
