from collections.abc import Callable
from typing import Self

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.intake.models import messaging
from services.intake.repository import ApplicationRepository
from shared.db import Clock, UnitOfWork


class IntakeUnitOfWork(UnitOfWork):
    applications: ApplicationRepository

    async def __aenter__(self) -> Self:
        await super().__aenter__()
        self.applications = ApplicationRepository(self.session)
        return self


def unit_of_work_factory(
    sessions: async_sessionmaker[AsyncSession], clock: Clock
) -> Callable[[], IntakeUnitOfWork]:
    return lambda: IntakeUnitOfWork(sessions, messaging, clock)
