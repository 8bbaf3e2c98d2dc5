"""The only module that picks intake's concrete adapters."""

from pathlib import Path

from services.intake.consumers import SUBSCRIPTIONS
from services.intake.models import messaging
from services.intake.settings import IntakeSettings
from services.intake.unit_of_work import IntakeUnitOfWork, unit_of_work_factory
from shared.db import Clock, create_engine, session_factory, utc_now
from shared.messaging import Worker
from shared.service import ServiceContext

SERVICE = "intake"
MIGRATIONS = Path(__file__).parent / "migrations"


IntakeServices = ServiceContext[IntakeSettings, IntakeUnitOfWork]


async def build(settings: IntakeSettings, *, clock: Clock = utc_now) -> IntakeServices:
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
