from collections.abc import Callable
from typing import Self

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.notify.models import messaging
from services.notify.repository.contacts import ContactRepository
from services.notify.repository.notices import NoticeRepository
from services.notify.repository.units import UnitRepository
from shared.db import Clock, UnitOfWork


class NotifyUnitOfWork(UnitOfWork):
    notices: NoticeRepository
    contacts: ContactRepository
    units: UnitRepository

    async def __aenter__(self) -> Self:
        await super().__aenter__()
        self.notices = NoticeRepository(self.session)
        self.contacts = ContactRepository(self.session)
        self.units = UnitRepository(self.session)
        return self


def unit_of_work_factory(
    sessions: async_sessionmaker[AsyncSession], clock: Clock
) -> Callable[[], NotifyUnitOfWork]:
    return lambda: NotifyUnitOfWork(sessions, messaging, clock)
