"""Intake's persistence: accounts, applications (with their drafts), and their history."""

from services.intake.repository.accounts import AccountRepository
from services.intake.repository.applications import ApplicationRepository
from services.intake.repository.drafts import DraftRepository
from services.intake.repository.history import HistoryRepository
from services.intake.repository.materials import MaterialRepository

__all__ = [
    "AccountRepository",
    "ApplicationRepository",
    "DraftRepository",
    "HistoryRepository",
    "MaterialRepository",
]
