"""Intake's persistence: accounts, applications (with their drafts), their history, and the
directory review published."""

from services.intake.repository.accounts import AccountRepository
from services.intake.repository.applications import ApplicationRepository
from services.intake.repository.directory import DirectoryRepository
from services.intake.repository.drafts import DraftRepository
from services.intake.repository.history import HistoryRepository
from services.intake.repository.materials import MaterialRepository
from services.intake.repository.season import SeasonRepository
from services.intake.repository.submissions import SubmissionRepository

__all__ = [
    "AccountRepository",
    "ApplicationRepository",
    "DirectoryRepository",
    "DraftRepository",
    "HistoryRepository",
    "MaterialRepository",
    "SeasonRepository",
    "SubmissionRepository",
]
