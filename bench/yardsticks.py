"""The yardsticks the table compares with: what a user could write instead of our services.

- a bare FastAPI app whose one endpoint inserts one ORM row (the submit's yardstick);
- a bare FastAPI app that reads one indexed page of a table as large as a department's cases
  (the list page's yardstick);
- the raw aio-pika round trip: persistent messages, publisher confirms, a quorum queue, consumed
  and acked (the pipeline's yardstick).

Each runs on the same PostgreSQL and RabbitMQ as the services, in the same process."""

import asyncio
import time
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta

import aio_pika
from fastapi import FastAPI
from pydantic import BaseModel
from sqlalchemy import DateTime, String, Uuid, select, text
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker, create_async_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class _Base(DeclarativeBase):
    pass


class BareItem(_Base):
    __tablename__ = "bare_item"
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    name: Mapped[str] = mapped_column(String(50))
    employer: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class BareCase(_Base):
    __tablename__ = "bare_case"
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    holder: Mapped[str] = mapped_column(String(60))
    name: Mapped[str] = mapped_column(String(50))
    employer: Mapped[str] = mapped_column(String(200))
    arrived_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class ItemIn(BaseModel):
    name: str
    employer: str


@asynccontextmanager
async def bare_app(database_url: str) -> AsyncIterator[tuple[FastAPI, AsyncEngine]]:
    """The bare app on its own tables: POST /items inserts one row; GET /cases reads a page."""
    engine = create_async_engine(_async(database_url), pool_size=5)
    async with engine.begin() as connection:
        await connection.run_sync(_Base.metadata.create_all)
        await connection.execute(
            text("CREATE INDEX IF NOT EXISTS bare_case_page ON bare_case (holder, arrived_at)")
        )
    sessions = async_sessionmaker(engine, expire_on_commit=False)
    app = FastAPI()

    @app.post("/items", status_code=201)
    async def create(item: ItemIn) -> dict[str, str]:
        row = BareItem(id=uuid.uuid4(), created_at=datetime.now(UTC), **item.model_dump())
        async with sessions() as session:
            session.add(row)
            await session.commit()
        return {"id": str(row.id)}

    @app.get("/cases")
    async def page(holder: str, offset: int = 0, limit: int = 50) -> list[dict[str, str]]:
        query = (
            select(BareCase.id, BareCase.name, BareCase.employer)
            .where(BareCase.holder == holder)
            .order_by(BareCase.arrived_at)
            .offset(offset)
            .limit(limit)
        )
        async with sessions() as session:
            rows = (await session.execute(query)).all()
        return [{"id": str(r.id), "name": r.name, "employer": r.employer} for r in rows]

    try:
        yield app, engine
    finally:
        await engine.dispose()


async def seed_bare_cases(engine: AsyncEngine, count: int, holder: str) -> None:
    start = datetime.now(UTC) - timedelta(days=90)
    for first in range(0, count, 5000):
        rows = [
            {
                "id": uuid.uuid4(),
                "holder": holder,
                "name": f"申报人{n}",
                "employer": "杭州市西湖区某某建设有限公司",
                "arrived_at": start + timedelta(seconds=n * 7),
            }
            for n in range(first, min(count, first + 5000))
        ]
        async with engine.begin() as connection:
            await connection.execute(BareCase.__table__.insert(), rows)
    async with engine.connect() as connection:
        autocommit = await connection.execution_options(isolation_level="AUTOCOMMIT")
        await autocommit.execute(text("VACUUM ANALYZE bare_case"))


async def raw_round_trip(amqp_url: str, count: int, *, in_flight: int = 8) -> float:
    """Seconds for `count` persistent, confirmed messages through a quorum queue to their ack,
    `in_flight` publishers at once (as several APIs publish at once)."""
    connection = await aio_pika.connect_robust(amqp_url)
    try:
        channel = await connection.channel(publisher_confirms=True)
        name = f"bench.raw.{uuid.uuid4().hex[:8]}"
        queue = await channel.declare_queue(
            name, durable=True, arguments={"x-queue-type": "quorum"}
        )
        done = asyncio.Event()
        received = 0

        async def on_message(message: aio_pika.abc.AbstractIncomingMessage) -> None:
            nonlocal received
            await message.ack()
            received += 1
            if received >= count:
                done.set()

        consuming = await connection.channel()
        await consuming.set_qos(prefetch_count=16)
        consumer_queue = await consuming.get_queue(name)
        tag = await consumer_queue.consume(on_message)
        body = b'{"application_id": "00000000-0000-0000-0000-000000000000"}' * 8
        started = time.perf_counter()

        async def publisher(share: int) -> None:
            for _ in range(share):
                message = aio_pika.Message(body, delivery_mode=aio_pika.DeliveryMode.PERSISTENT)
                await channel.default_exchange.publish(message, routing_key=name)

        shares = [
            count // in_flight + (1 if i < count % in_flight else 0) for i in range(in_flight)
        ]
        await asyncio.gather(*(publisher(share) for share in shares))
        await asyncio.wait_for(done.wait(), timeout=600)
        elapsed = time.perf_counter() - started
        await consumer_queue.cancel(tag)
        await queue.delete(if_unused=False, if_empty=False)
        return elapsed
    finally:
        await connection.close()


def _async(url: str) -> str:
    return url.replace("postgresql://", "postgresql+asyncpg://", 1)
