from collections.abc import Callable
from typing import Self

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.review.models import messaging
from services.review.repository.accounts import AccountRepository
from services.review.repository.cases import CaseRepository
from services.review.repository.directory import DirectoryRepository
from services.review.repository.idempotency import IdempotencyRepository
from services.review.repository.identities import IdentityRepository
from services.review.repository.reminders import ReminderRepository
from services.review.repository.season import SeasonRepository
from services.review.repository.tallies import TallyRepository
from shared.db import Clock, UnitOfWork


class ReviewUnitOfWork(UnitOfWork):
    cases: CaseRepository
    accounts: AccountRepository
    answers: IdempotencyRepository
    directory: DirectoryRepository
    identities: IdentityRepository
    season: SeasonRepository
    reminders: ReminderRepository
    tallies: TallyRepository

    async def __aenter__(self) -> Self:
        await super().__aenter__()
        self.cases = CaseRepository(self.session)
        self.accounts = AccountRepository(self.session)
        self.answers = IdempotencyRepository(self.session)
        self.directory = DirectoryRepository(self.session)
        self.identities = IdentityRepository(self.session)
        self.season = SeasonRepository(self.session)
        self.reminders = ReminderRepository(self.session)
        self.tallies = TallyRepository(self.session)
        return self


def unit_of_work_factory(
    sessions: async_sessionmaker[AsyncSession], clock: Clock
) -> Callable[[], ReviewUnitOfWork]:
    return lambda: ReviewUnitOfWork(sessions, messaging, clock)
