"""The pool checks a connection before lending it (shared/db/engine.py): one empty statement,
outside any transaction, and a connection the server dropped is replaced, not lent; and the
connections it lends keep one plan per prepared statement."""

from sqlalchemy import text

from shared.db import create_engine
from tests.support.infra import Databases

BACKEND = text("SELECT pg_backend_pid()")


async def test_a_connection_the_server_dropped_is_replaced_before_it_is_lent(
    databases: Databases,
) -> None:
    url = await databases.create("pool_ping")
    engine, admin = create_engine(url, pool_size=1, max_overflow=0), create_engine(url)
    try:
        async with engine.connect() as connection:
            dropped = await connection.scalar(BACKEND)
        async with admin.connect() as connection:
            await connection.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": dropped})
        async with engine.connect() as connection:
            lent = await connection.scalar(BACKEND)
            assert await connection.scalar(text("SELECT 1")) == 1
        assert lent != dropped
    finally:
        await engine.dispose()
        await admin.dispose()


async def test_the_check_opens_no_transaction(databases: Databases) -> None:
    """The check is one round trip: no BEGIN and ROLLBACK around it, which the server would
    count as transactions rolled back (pg_stat_database, flushed on demand)."""
    url = await databases.create("pool_ping_rollbacks")
    engine = create_engine(url, pool_size=1, max_overflow=0)  # one backend does it all

    async def rolled_back() -> int:
        async with engine.connect() as connection:
            autocommit = await connection.execution_options(isolation_level="AUTOCOMMIT")
            await autocommit.execute(text("SELECT pg_stat_force_next_flush()"))
            await autocommit.execute(text("SELECT pg_stat_clear_snapshot()"))
            count = await autocommit.scalar(
                text(
                    "SELECT xact_rollback FROM pg_stat_database WHERE datname = current_database()"
                )
            )
        assert isinstance(count, int)
        return count

    try:
        before = await rolled_back()
        for _ in range(20):  # twenty checkouts, each checked
            async with engine.connect():
                pass
        after = await rolled_back()
        assert after - before < 5, (before, after)
    finally:
        await engine.dispose()


async def test_a_prepared_statement_is_planned_once_not_for_each_execution(
    databases: Databases,
) -> None:
    """PostgreSQL's default may plan a prepared statement anew for each execution's values
    (a custom plan); the services' connections keep one generic plan per statement (1.4-1.8 ms
    of each list page's time at 100,000 cases was planning): the server counts both kinds."""
    url = await databases.create("generic_plans")
    engine = create_engine(url, pool_size=1, max_overflow=0)
    statement = text("SELECT count(*) FROM pg_class WHERE relname = :name AND relpages >= :pages")
    try:
        async with engine.connect() as connection:
            for n in range(12):
                await connection.execute(statement, {"name": f"table_{n}", "pages": n})
            planned = (
                await connection.execute(
                    text(
                        "SELECT generic_plans, custom_plans FROM pg_prepared_statements"
                        " WHERE statement LIKE 'SELECT count(*) FROM pg_class%'"
                    )
                )
            ).one()
        assert planned.custom_plans == 0, planned
        assert planned.generic_plans >= 12, planned
    finally:
        await engine.dispose()
