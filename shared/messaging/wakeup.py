"""PostgreSQL wakes the relay: a transaction that stages an event also sends NOTIFY on
OUTBOX_CHANNEL (PostgreSQL delivers it at commit, once per transaction and channel), and the
worker's listener turns it into a wake-up of its relay. A hop then waits for a commit, not for a
poll; the relay still polls, slowly, as the safety net (a lost listener connection, a commit made
by another tool, SQLite, which has no NOTIFY)."""

import asyncio
import contextlib
from collections.abc import Callable

import asyncpg
import structlog
from sqlalchemy.engine import make_url

from shared.db.messaging_tables import OUTBOX_CHANNEL

log = structlog.get_logger(__name__)
RECONNECT_SECONDS = 2.0


def listens(database_url: str) -> bool:
    """Whether the database can wake the relay (PostgreSQL can, SQLite cannot)."""
    return make_url(database_url).get_backend_name() == "postgresql"


class CommitListener:
    """Calls `on_commit` whenever a transaction that staged an event commits; reconnects when
    its connection is lost (meanwhile the relay's poll covers)."""

    def __init__(self, database_url: str, on_commit: Callable[[], None]) -> None:
        self._dsn = make_url(database_url).set(drivername="postgresql")
        self._on_commit = on_commit

    async def run(self, stopping: asyncio.Event) -> None:
        while not stopping.is_set():
            try:
                await self._listen_until_lost(stopping)
            except (OSError, asyncpg.PostgresError, asyncpg.InterfaceError, TimeoutError) as error:
                log.info("outbox_listener_reconnecting", error=repr(error)[:200])
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stopping.wait(), timeout=RECONNECT_SECONDS)

    async def _listen_until_lost(self, stopping: asyncio.Event) -> None:
        connection = await asyncpg.connect(
            self._dsn.render_as_string(hide_password=False), timeout=10
        )
        lost = asyncio.Event()
        connection.add_termination_listener(lambda _: lost.set())
        try:
            await connection.add_listener(OUTBOX_CHANNEL, lambda *_: self._on_commit())
            self._on_commit()  # whatever was committed before this listener began
            waits = [asyncio.ensure_future(e.wait()) for e in (stopping, lost)]
            try:
                await asyncio.wait(waits, return_when=asyncio.FIRST_COMPLETED)
            finally:
                for wait in waits:
                    wait.cancel()
        finally:
            if not connection.is_closed():
                await connection.close(timeout=5)
