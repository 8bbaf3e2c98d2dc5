"""The fake every service's handler tests use: an in-memory SQLite database built from the
service's own metadata, behind the service's real unit of work and repositories. No broker and
no server; a handler test takes milliseconds. What needs PostgreSQL itself (row locks,
concurrency, SKIP LOCKED, LISTEN) stays in tests/integration."""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from sqlalchemy import MetaData, event
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine
from sqlalchemy.pool import StaticPool


@asynccontextmanager
async def memory_sessions(metadata: MetaData) -> AsyncIterator[async_sessionmaker[AsyncSession]]:
    """Sessions over one fresh in-memory database holding `metadata`'s tables, for one test."""
    engine = create_async_engine(
        "sqlite+aiosqlite://",
        poolclass=StaticPool,  # one connection: every session sees the same database
        connect_args={"check_same_thread": False},
    )

    @event.listens_for(engine.sync_engine, "connect")
    def _foreign_keys(connection: object, _: object) -> None:
        cursor = connection.cursor()  # type: ignore[attr-defined]
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    async with engine.begin() as connection:
        await connection.run_sync(metadata.create_all)
    try:
        yield async_sessionmaker(engine, expire_on_commit=False)
    finally:
        await engine.dispose()
