"""The only module that picks intake's concrete adapters."""

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.ext.asyncio import AsyncEngine

from services.intake.consumers import SUBSCRIPTIONS
from services.intake.models import messaging
from services.intake.settings import IntakeSettings
from services.intake.unit_of_work import IntakeUnitOfWork, unit_of_work_factory
from shared.db import Clock, create_engine, session_factory, utc_now
from shared.messaging import Worker

SERVICE = "intake"
MIGRATIONS = Path(__file__).parent / "migrations"


@dataclass
class IntakeServices:
    settings: IntakeSettings
    engine: AsyncEngine
    uow_factory: Callable[[], IntakeUnitOfWork]
    clock: Clock

    async def aclose(self) -> None:
        await self.engine.dispose()


def build(settings: IntakeSettings, *, clock: Clock = utc_now) -> IntakeServices:
    engine = create_engine(settings.database_url)
    return IntakeServices(
        settings=settings,
        engine=engine,
        uow_factory=unit_of_work_factory(session_factory(engine), clock),
        clock=clock,
    )


def build_worker(services: IntakeServices) -> Worker:
    return Worker(
        service=SERVICE,
        settings=services.settings,
        sessions=session_factory(services.engine),
        outbox=messaging.outbox,
        uow_factory=services.uow_factory,
        subscriptions=SUBSCRIPTIONS,
        clock=services.clock,
    )
