"""The outbox relay: the only code that publishes domain events.

Each round leases a batch of unpublished rows (FOR UPDATE SKIP LOCKED on PostgreSQL, so several
relays never take the same rows), publishes them with pipelined confirms outside any transaction,
then marks what the broker confirmed as published. A row the broker refused (returned as
unroutable — no queue is bound to its routing key yet — or nacked) is an error, logged on its
first refusal, and retried on its own backoff (2 s, 4 s, 8 s, then every MAX_ROW_BACKOFF), so it
never holds up the rows behind it and goes out within seconds of its binding coming back. When
a whole round fails for want of a broker or a database, the relay itself backs off instead, and
says so once per outage (`outbox_relay_unavailable`, then `outbox_relay_recovered`), not once
per try. No database lock is held while waiting on the broker, so a blocked broker (memory
alarm) never blocks the API's writes. A relay that dies mid-round leaves a lease that expires:
its rows are published again, and the consumers' inbox drops the duplicates (at least once)."""

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import structlog
from aio_pika.exceptions import DeliveryError
from sqlalchemy import Table, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from shared.contracts import Envelope
from shared.db import Clock
from shared.messaging.publisher import Publisher

log = structlog.get_logger(__name__)
MAX_ROW_BACKOFF = timedelta(seconds=10)


class PublishFailed(RuntimeError):
    pass


@dataclass
class _Outage:
    since: float
    rounds: int = 0


def row_backoff(attempts: int) -> timedelta:
    """How long a refused row waits before its next try: 2 s, 4 s, 8 s, then MAX_ROW_BACKOFF."""
    return min(timedelta(seconds=2 ** min(attempts, 20)), MAX_ROW_BACKOFF)


class OutboxRelay:
    """Publishes the outbox's rows: leases a batch, publishes each with confirms, marks what
    went out. Each step is one statement, so `sessions` may be autocommit ones
    (shared.db.statement_session_factory), as the worker gives it."""

    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        outbox: Table,
        publisher: Publisher,
        clock: Clock,
        *,
        batch_size: int = 100,
        poll_seconds: float = 0.1,
        lease_seconds: float = 30.0,
    ) -> None:
        self._sessions = sessions
        self._outbox = outbox
        self._publisher = publisher
        self._clock = clock
        self._batch_size = batch_size
        self._poll_seconds = poll_seconds
        self._lease = timedelta(seconds=lease_seconds)
        self._stopping = asyncio.Event()
        self._woken = asyncio.Event()
        self._outage: _Outage | None = None

    def wake(self) -> None:
        """Something was committed to the outbox: the next round starts now, not at the poll."""
        self._woken.set()

    async def run(self) -> None:
        """Relays until stop(); errors (broker or database away) back off and retry."""
        delay = self._poll_seconds
        while not self._stopping.is_set():
            try:
                published = await self.relay_batch()
            except Exception as exc:
                self._failed(exc)
                published = 0
                delay = min(delay * 2, 5.0)
            else:
                self._recovered()
                delay = self._poll_seconds
            if published < self._batch_size:
                await self._sleep(delay)

    def _failed(self, error: Exception) -> None:
        if self._outage is None:
            self._outage = _Outage(asyncio.get_running_loop().time())
            log.warning("outbox_relay_unavailable", error=repr(error))
        self._outage.rounds += 1

    def _recovered(self) -> None:
        if self._outage is not None:
            outage, self._outage = self._outage, None
            log.info(
                "outbox_relay_recovered",
                failed_rounds=outage.rounds,
                unavailable_seconds=round(asyncio.get_running_loop().time() - outage.since, 1),
            )

    def stop(self) -> None:
        """The current round finishes; no new one starts."""
        self._stopping.set()

    async def relay_batch(self) -> int:
        """Publishes one batch; returns how many rows were published."""
        rows = await self._lease_batch()
        if not rows:
            return 0
        results = await asyncio.gather(
            *(self._publish(row) for row in rows), return_exceptions=True
        )
        failed = [
            (row, r) for row, r in zip(rows, results, strict=True) if isinstance(r, Exception)
        ]
        failed_ids = {row.id for row, _ in failed}
        await self._settle([row.id for row in rows if row.id not in failed_ids], failed)
        for row, error in failed:
            if isinstance(error, DeliveryError) and row.attempts == 0:  # once per row
                log.error(
                    "outbox_publish_refused",
                    routing_key=row.routing_key,
                    outbox_id=row.id,
                    retry_in_seconds=row_backoff(1).total_seconds(),
                    error=repr(error),
                )
        if len(failed) == len(rows) and not any(isinstance(e, DeliveryError) for _, e in failed):
            raise PublishFailed(f"no row of {len(rows)} published: {failed[0][1]!r}")
        return len(rows) - len(failed)

    async def _lease_batch(self) -> Sequence[Any]:
        """The next rows to publish, leased in one statement (UPDATE … RETURNING over the rows
        picked FOR UPDATE SKIP LOCKED): two relays never lease the same row."""
        outbox = self._outbox
        async with self._sessions() as session, session.begin():
            now = self._clock()
            due = (
                select(outbox.c.id)
                .where(
                    outbox.c.published_at.is_(None),
                    or_(outbox.c.lease_until.is_(None), outbox.c.lease_until < now),
                )
                .order_by(outbox.c.id)
                .limit(self._batch_size)
                .with_for_update(skip_locked=True)
            )
            rows = (
                await session.execute(
                    update(outbox)
                    .where(outbox.c.id.in_(due.scalar_subquery()))
                    .values(lease_until=now + self._lease)
                    .returning(outbox.c.id, outbox.c.routing_key, outbox.c.body, outbox.c.attempts)
                )
            ).all()
        return sorted(rows, key=lambda row: row.id)  # RETURNING keeps no order

    async def _publish(self, row: Any) -> None:
        body = row.body.encode()
        await self._publisher.publish(row.routing_key, Envelope.model_validate_json(body), body)

    async def _settle(self, published: list[int], failed: list[tuple[Any, Exception]]) -> None:
        """Marks what was published; a refused row waits its own backoff before it is retried."""
        outbox = self._outbox
        now = self._clock()
        async with self._sessions() as session, session.begin():
            if published:
                await session.execute(
                    update(outbox)
                    .where(outbox.c.id.in_(published))
                    .values(published_at=now, lease_until=None)
                )
            for row, error in failed:
                refused = isinstance(error, DeliveryError)
                await session.execute(
                    update(outbox)
                    .where(outbox.c.id == row.id)
                    .values(
                        # only the broker's refusals count: a broker that is away is no fault
                        # of the row, and the relay backs off, not the row
                        attempts=outbox.c.attempts + (1 if refused else 0),
                        last_error=repr(error),
                        lease_until=now + row_backoff(row.attempts + 1) if refused else None,
                    )
                )

    async def _sleep(self, seconds: float) -> None:
        """Until the poll is due, a wake-up or stop(); a wake-up during a round is kept."""
        waits = [asyncio.ensure_future(e.wait()) for e in (self._stopping, self._woken)]
        try:
            await asyncio.wait(waits, timeout=seconds, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for wait in waits:
                wait.cancel()
        self._woken.clear()
