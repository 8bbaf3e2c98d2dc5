"""Purges what nothing needs any more: outbox rows published longer ago than
`<SERVICE>_OUTBOX_RETENTION_DAYS`, and inbox rows (processed_message) older than
`<SERVICE>_INBOX_RETENTION_DAYS`. Unpublished rows are never touched.

The inbox is what stops a message delivered again from having a second effect, so it is kept
far longer (90 days by default) than any message can come back: a redelivery comes within
minutes, a dead letter replayed (deploy/dead_letters.py) within the days an operator takes to
fix its cause. Replaying a dead letter older than the inbox's retention could repeat its effect.
Each worker runs the purge every `<SERVICE>_RETENTION_EVERY_SECONDS`; several workers purging at
once delete the same rows, harmlessly."""

import asyncio
import contextlib
from datetime import timedelta

import structlog
from sqlalchemy import Table, delete
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from shared.db import Clock
from shared.db.statements import affected

log = structlog.get_logger(__name__)


class Retention:
    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        *,
        outbox: Table | None,
        inbox: Table | None,
        clock: Clock,
        outbox_days: float | None,
        inbox_days: float | None,
        every_seconds: float,
    ) -> None:
        self._sessions, self._outbox, self._inbox, self._clock = sessions, outbox, inbox, clock
        self._outbox_age = None if outbox_days is None else timedelta(days=outbox_days)
        self._inbox_age = None if inbox_days is None else timedelta(days=inbox_days)
        self._every = every_seconds
        self._stopping = asyncio.Event()

    async def purge(self) -> tuple[int, int]:
        """One purge; how many outbox and inbox rows it deleted."""
        now = self._clock()
        outbox_rows = inbox_rows = 0
        async with self._sessions() as session, session.begin():
            if self._outbox is not None and self._outbox_age is not None:
                published = self._outbox.c.published_at
                outbox_rows = affected(
                    await session.execute(
                        delete(self._outbox).where(
                            published.is_not(None), published < now - self._outbox_age
                        )
                    )
                )
            if self._inbox is not None and self._inbox_age is not None:
                inbox_rows = affected(
                    await session.execute(
                        delete(self._inbox).where(
                            self._inbox.c.processed_at < now - self._inbox_age
                        )
                    )
                )
        if outbox_rows or inbox_rows:
            log.info("retention_purged", outbox_rows=outbox_rows, inbox_rows=inbox_rows)
        return outbox_rows, inbox_rows

    async def run(self) -> None:
        while not self._stopping.is_set():
            try:
                await self.purge()
            except Exception as exc:  # the database is away: the next round tries again
                log.warning("retention_purge_failed", error=repr(exc))
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stopping.wait(), timeout=self._every)

    def stop(self) -> None:
        self._stopping.set()
