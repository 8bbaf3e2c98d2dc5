"""Intake's input vocabulary."""

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from services.intake.domain.application import Applicant, Status
from services.intake.domain.employer import Employer


@dataclass(frozen=True)
class SubmitApplication:
    applicant: Applicant
    employer: Employer
    idempotency_key: str | None = None
    correlation_id: uuid.UUID | None = None


@dataclass(frozen=True)
class RecordProgress:
    """Review moved the application (`stage`) or refused it (`rejection`): what the applicant's
    progress screen shows from now on."""

    application_id: uuid.UUID
    submission: int
    sequence: int
    at: datetime
    status: Status
    stage: dict[str, Any] | None = None
    rejection: dict[str, Any] | None = None
