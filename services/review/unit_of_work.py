from collections.abc import Callable
from typing import Self

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.review.models import messaging
from services.review.repository import CaseRepository
from shared.db import Clock, UnitOfWork


class ReviewUnitOfWork(UnitOfWork):
    cases: CaseRepository

    async def __aenter__(self) -> Self:
        await super().__aenter__()
        self.cases = CaseRepository(self.session)
        return self


def unit_of_work_factory(
    sessions: async_sessionmaker[AsyncSession], clock: Clock
) -> Callable[[], ReviewUnitOfWork]:
    return lambda: ReviewUnitOfWork(sessions, messaging, clock)
