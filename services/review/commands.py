"""Review's input vocabulary (the departments' own actions are the domain's commands)."""

import uuid
from dataclasses import dataclass

from services.review.domain.accounts import AccountKind
from services.review.domain.case import Application
from shared.contracts import ApplicationCorrected, ApplicationSubmitted


@dataclass(frozen=True)
class StartReview:
    """A submitted application arrived: open its case at the first stage of its route."""

    application: Application
    submitted: ApplicationSubmitted
    sequence_seen: int
    causation_id: uuid.UUID


@dataclass(frozen=True)
class WithdrawApplication:
    """The applicant asked to withdraw this submission."""

    application_id: uuid.UUID
    submission: int
    sequence_seen: int
    causation_id: uuid.UUID


@dataclass(frozen=True)
class ResumeCorrectedCase:
    """The applicant corrected a case a department returned (退回补正): resume it there."""

    corrected: ApplicationCorrected
    sequence_seen: int
    causation_id: uuid.UUID


@dataclass(frozen=True)
class CreateAccount:
    username: str
    display_name: str
    kind: AccountKind
    organisation_code: str | None = None
    password: str | None = None  # None: generate one, shown once


@dataclass(frozen=True)
class LogIn:
    username: str
    password: str
