from collections.abc import Callable
from typing import Self

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.intake.models import messaging
from services.intake.repository import (
    AccountRepository,
    ApplicationRepository,
    DirectoryRepository,
    DraftRepository,
    HistoryRepository,
    MaterialRepository,
    SeasonRepository,
    SubmissionRepository,
)
from services.intake.repository.phone_codes import PhoneCodeRepository
from shared.db import Clock, UnitOfWork


class IntakeUnitOfWork(UnitOfWork):
    accounts: AccountRepository
    applications: ApplicationRepository
    directory: DirectoryRepository
    drafts: DraftRepository
    history: HistoryRepository
    phone_codes: PhoneCodeRepository
    materials: MaterialRepository
    season: SeasonRepository
    submissions: SubmissionRepository

    async def __aenter__(self) -> Self:
        await super().__aenter__()
        self.accounts = AccountRepository(self.session)
        self.applications = ApplicationRepository(self.session)
        self.directory = DirectoryRepository(self.session)
        self.drafts = DraftRepository(self.session)
        self.history = HistoryRepository(self.session)
        self.phone_codes = PhoneCodeRepository(self.session)
        self.materials = MaterialRepository(self.session)
        self.season = SeasonRepository(self.session)
        self.submissions = SubmissionRepository(self.session)
        return self


def unit_of_work_factory(
    sessions: async_sessionmaker[AsyncSession], clock: Clock
) -> Callable[[], IntakeUnitOfWork]:
    return lambda: IntakeUnitOfWork(sessions, messaging, clock)
