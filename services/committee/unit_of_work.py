from collections.abc import Callable
from typing import Self

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.committee.models import messaging
from services.committee.repository.accounts import AccountStateRepository
from services.committee.repository.batches import BatchRepository
from services.committee.repository.cases import CaseRepository
from services.committee.repository.meetings import MeetingRepository
from services.committee.repository.publicity import PublicityRepository
from services.committee.repository.season import SeasonRepository
from shared.db import Clock, UnitOfWork


class CommitteeUnitOfWork(UnitOfWork):
    cases: CaseRepository
    meetings: MeetingRepository
    batches: BatchRepository
    publicity: PublicityRepository
    season: SeasonRepository
    accounts: AccountStateRepository

    async def __aenter__(self) -> Self:
        await super().__aenter__()
        self.cases = CaseRepository(self.session)
        self.meetings = MeetingRepository(self.session)
        self.batches = BatchRepository(self.session)
        self.publicity = PublicityRepository(self.session)
        self.season = SeasonRepository(self.session)
        self.accounts = AccountStateRepository(self.session)
        return self


def unit_of_work_factory(
    sessions: async_sessionmaker[AsyncSession], clock: Clock
) -> Callable[[], CommitteeUnitOfWork]:
    return lambda: CommitteeUnitOfWork(sessions, messaging, clock)
