"""A tiny service of the tests' own, to exercise the messaging plumbing on its own tables,
queues and routing keys: `Pinged` events, a handler that records them (or fails on 'boom')."""

import uuid
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass

from sqlalchemy import Column, Integer, String, Table, Uuid, func, insert, select
from sqlalchemy.ext.asyncio import AsyncEngine

from shared.contracts import Contract, Envelope
from shared.db import (
    UnitOfWork,
    create_engine,
    messaging_tables,
    service_metadata,
    session_factory,
    utc_now,
)
from shared.messaging import Subscription, Worker
from shared.settings import ServiceSettings

metadata = service_metadata()
tables = messaging_tables(metadata)
note = Table(
    "note",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("text", String(100), nullable=False),
    Column("message_id", Uuid, nullable=False),
)


class Pinged(Contract):
    producer = "probe"
    text: str


class Unheard(Contract):
    """No queue is bound to this one: the broker returns it as unroutable."""

    producer = "probe"
    text: str


async def record_ping(uow: UnitOfWork, event: Pinged, envelope: Envelope) -> None:
    if event.text == "boom":
        raise RuntimeError("the handler fails on 'boom'")
    await uow.session.execute(insert(note).values(text=event.text, message_id=envelope.message_id))


@dataclass
class Probe:
    name: str
    engine: AsyncEngine
    uow_factory: Callable[[], UnitOfWork]
    settings: ServiceSettings

    def worker(self, amqp_url: str | None = None) -> Worker:
        settings = self.settings
        if amqp_url is not None:
            settings = settings.model_copy(update={"amqp_url": amqp_url})
        return Worker(
            service=self.name,
            settings=settings,
            sessions=session_factory(self.engine),
            outbox=tables.outbox,
            uow_factory=self.uow_factory,
            subscriptions=[Subscription(Pinged, record_ping)],
            clock=utc_now,
        )

    async def emit(self, *texts: str) -> list[uuid.UUID]:
        """Commits one Pinged outbox row per text; returns their message ids."""
        async with self.uow_factory() as uow:
            envelopes = [
                await uow.emit(Pinged(text=text), correlation_id=uuid.uuid4()) for text in texts
            ]
            await uow.commit()
        return [e.message_id for e in envelopes]

    async def notes(self) -> list[str]:
        async with self.engine.connect() as connection:
            rows = await connection.execute(select(note.c.text).order_by(note.c.id))
            return [row.text for row in rows]

    async def unpublished(self) -> int:
        outbox = tables.outbox
        async with self.engine.connect() as connection:
            query = select(func.count()).where(outbox.c.published_at.is_(None))
            return int((await connection.execute(query)).scalar_one())


@asynccontextmanager
async def probe_service(
    database_url: str, amqp_url: str, **settings: object
) -> AsyncIterator[Probe]:
    engine = create_engine(database_url)
    async with engine.begin() as connection:
        await connection.run_sync(metadata.create_all)
    name = f"probe{uuid.uuid4().hex[:8]}"
    try:
        yield Probe(
            name=name,
            engine=engine,
            uow_factory=lambda: UnitOfWork(session_factory(engine), tables, utc_now),
            settings=ServiceSettings(
                database_url=database_url,
                AMQP_URL=amqp_url,
                relay_poll_seconds=0.05,
                **settings,
            ),
        )
    finally:
        await engine.dispose()
