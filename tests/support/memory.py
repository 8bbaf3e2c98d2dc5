"""The fake every service's handler tests use: an in-memory SQLite database built from the
service's own metadata, behind the service's real unit of work and repositories. No broker and
no server; a handler test takes milliseconds. What needs PostgreSQL itself (row locks,
concurrency, SKIP LOCKED, LISTEN) stays in tests/integration.

Each test gets a database of its own, but the engine in front of it is made once per metadata:
it keeps what it compiled (every statement a repository issues, compiled once for the run, not
once per test), and the schema is made by one script, the DDL `create_all` emits, written out
once per metadata."""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from sqlalchemy import MetaData, create_mock_engine, event
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)
from sqlalchemy.pool import StaticPool

_engines: dict[MetaData, tuple[AsyncEngine, str]] = {}


@asynccontextmanager
async def memory_sessions(metadata: MetaData) -> AsyncIterator[async_sessionmaker[AsyncSession]]:
    """Sessions over one fresh in-memory database holding `metadata`'s tables, for one test."""
    engine, schema = _engine_for(metadata)
    async with engine.connect() as connection:
        database = (await connection.get_raw_connection()).driver_connection
        assert database is not None, "a connection in use has its driver connection"
        await database.executescript(schema)
    try:
        yield async_sessionmaker(engine, expire_on_commit=False)
    finally:
        await engine.dispose()  # closes the one connection, and the database with it


def _engine_for(metadata: MetaData) -> tuple[AsyncEngine, str]:
    if metadata not in _engines:
        engine = create_async_engine(
            "sqlite+aiosqlite://",
            poolclass=StaticPool,  # one connection: every session sees the same database
            connect_args={"check_same_thread": False},
        )

        @event.listens_for(engine.sync_engine, "connect")
        def _foreign_keys(connection: Any, _: object) -> None:
            cursor = connection.cursor()
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.close()

        _engines[metadata] = engine, _schema_script(metadata, engine)
    return _engines[metadata]


def _schema_script(metadata: MetaData, engine: AsyncEngine) -> str:
    """The statements `create_all` runs on an empty database, as one SQLite script."""
    statements: list[str] = []

    def record(ddl: Any, *_: object, **__: object) -> None:
        statements.append(f"{str(ddl.compile(dialect=engine.dialect)).strip()};")

    metadata.create_all(create_mock_engine(engine.url, record), checkfirst=False)
    return "\n".join(statements)
