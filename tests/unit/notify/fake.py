"""Notify's handler tests' fake: its real unit of work over an in-memory SQLite database
(tests/support/memory.py), and the events and states the tests start from."""

import uuid
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from services.notify.commands import TellOutcome
from services.notify.domain.notices import Contact, Heard, Kind, Outcome, Status, Unit
from services.notify.handlers.events import tell_outcome
from services.notify.models import notice
from services.notify.rendering import Renderer
from services.notify.repository.units import Listing
from services.notify.unit_of_work import NotifyUnitOfWork

NOW = datetime(2026, 11, 30, 2, 0, tzinfo=UTC)
RENDERER = Renderer("http://portal.example:8001")
COUNTY = Unit("330122.county_hr", "桐庐县人力资源和社会保障局", None)
COUNTY_MAIL = "330122.county_hr@example.gov.cn"  # the address notify's directory keeps
CONTACT = Contact("张三", "13812345678", "zhang3@example.com")

Factory = Callable[[], NotifyUnitOfWork]


@asynccontextmanager
async def transaction(factory: Factory) -> AsyncIterator[NotifyUnitOfWork]:
    """As ServiceContext.transaction: commits when the block ends, rolls back on a refusal."""
    async with factory() as uow:
        yield uow
        await uow.commit()


def refused(lower_unit: Unit | None = COUNTY) -> TellOutcome:
    outcome = Outcome(
        kind=Kind.disagreed,
        application_id=uuid.uuid4(),
        submission=1,
        case_id=uuid.uuid4(),
        decided_by=Unit("330100.city_bureau", "杭州市住房和城乡建设局", None),
        role="city_bureau",
        position=2,
        stage_count=4,
        # the event may name an address: notify never takes it from there
        lower_unit=None if lower_unit is None else Unit(lower_unit.code, lower_unit.name, "x@x"),
        reasons=("现从事专业在四张表中不一致",),
        decided_at=NOW - timedelta(minutes=5),
    )
    return TellOutcome(Heard(uuid.uuid4(), "review.application_rejected.v1", uuid.uuid4()), outcome)


async def notices_of(factory: Factory, application_id: uuid.UUID) -> dict[tuple[str, str], dict]:  # type: ignore[type-arg]
    async with factory() as uow:
        rows = await uow.session.execute(
            select(notice).where(notice.c.application_id == application_id)
        )
        return {(r.recipient, r.channel): dict(r._mapping) for r in rows}


async def with_directory(factory: Factory) -> None:
    async with transaction(factory) as uow:
        await uow.units.keep_directory(
            [Listing(COUNTY.code, COUNTY.name, COUNTY_MAIL)], published_at=NOW - timedelta(days=1)
        )


async def failed_notice(factory: Factory) -> uuid.UUID:
    """The lower unit's e-mail, tried and given up on (the delivery loop's lease and answer)."""
    await with_directory(factory)
    command = refused()
    async with transaction(factory) as uow:
        await tell_outcome(uow, command, RENDERER)
        [leased] = await uow.notices.lease_due(NOW, timedelta(minutes=5), 20)
        await uow.notices.settle(leased.id, 1, status=Status.failed, last_error="550 no such")
    return leased.id
