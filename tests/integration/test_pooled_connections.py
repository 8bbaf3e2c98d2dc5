"""The pool checks a connection before lending it (shared/db/engine.py): one empty statement,
outside any transaction, and a connection the server dropped is replaced, not lent."""

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
