"""Async engines for PostgreSQL (asyncpg) and embedded SQLite (aiosqlite)."""

from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)
from sqlalchemy.util.concurrency import await_

# Every statement the services send is prepared (asyncpg) with its values bound, and reaches
# its rows by keys through the same indexes whatever the values are. PostgreSQL's default re-plans
# a prepared statement for each execution's values whenever it guesses that may pay: for a list
# page's seven-way join that was 1.4-1.8 ms of planning in a 7 ms page at 100,000 cases (the
# plan it made was the same each time). A generic plan is made once per connection and kept.
GENERIC_PLANS = {"plan_cache_mode": "force_generic_plan"}


def create_engine(
    url: str, *, pool_size: int = 10, max_overflow: int = 20, pool_timeout: float = 3.0
) -> AsyncEngine:
    """PostgreSQL keeps up to `pool_size` connections open and opens up to `max_overflow` more
    under load; the server's max_connections must cover every process's sum. Past that, work
    waits `pool_timeout` seconds for a connection and then fails as unavailable (an API answers
    503 with Retry-After: load is shed early instead of every request waiting half a minute)."""
    if make_url(url).get_backend_name() == "sqlite":
        return _sqlite_engine(url)
    engine = create_async_engine(
        url,
        connect_args={"server_settings": GENERIC_PLANS},
        pool_pre_ping=True,
        pool_size=pool_size,
        max_overflow=max_overflow,
        pool_timeout=pool_timeout,
    )
    engine.dialect.do_ping = _ping_in_one_round_trip  # type: ignore[method-assign]
    return engine


def _ping_in_one_round_trip(dbapi_connection: Any) -> bool:
    """The pool's check of a connection before lending it. SQLAlchemy's asyncpg ping wraps its
    empty statement in BEGIN and ROLLBACK (for pgbouncer's transaction mode, which we do not
    use): three round trips on every checkout, a quarter of a token check. This sends the empty
    statement alone; a connection the server dropped still fails it, as a disconnect, and the
    pool replaces it before anything runs on it."""
    try:
        await_(dbapi_connection._connection.fetchrow(";"))
    except Exception as error:
        dbapi_connection._handle_exception(error)
    return True


def session_factory(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    return async_sessionmaker(engine, expire_on_commit=False)


def statement_session_factory(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    """Sessions for work done in single statements, each atomic by itself, which needs no
    transaction around it: on PostgreSQL they run in autocommit, sparing a BEGIN and a COMMIT
    (or ROLLBACK) round trip. The Gate's token check (one read per request) and the outbox
    relay's lease and settle (one UPDATE each) use them; nothing that must change two things
    together may."""
    if engine.dialect.name != "postgresql":
        return session_factory(engine)
    return session_factory(engine.execution_options(isolation_level="AUTOCOMMIT"))


def _sqlite_engine(url: str) -> AsyncEngine:
    database = make_url(url).database
    if database and database != ":memory:":
        Path(database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_async_engine(url, connect_args={"timeout": 30})

    # The API and the worker are separate processes writing one file: WAL lets readers go on,
    # and BEGIN IMMEDIATE takes the write lock up front, so two writers queue (busy timeout)
    # instead of one failing with "database is locked" when it upgrades a read lock.
    @event.listens_for(engine.sync_engine, "connect")
    def _on_connect(dbapi_connection: Any, _: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.close()

    @event.listens_for(engine.sync_engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine
