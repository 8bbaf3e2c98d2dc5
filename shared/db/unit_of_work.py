"""One session, one transaction: state changes, outbox rows and the inbox claim commit together."""

import uuid
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from functools import cache
from types import TracebackType
from typing import Self

from sqlalchemy import Select, Table, bindparam, func, insert, select
from sqlalchemy.dialects import postgresql
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlalchemy.sql.dml import ReturningInsert

from shared.contracts import Contract, Envelope
from shared.db.messaging_tables import OUTBOX_CHANNEL, MessagingTables
from shared.db.statements import affected, unnested, upsert_insert

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


class UnitOfWork:
    """Use a new one per request or message (never shared between tasks):

        async with uow_factory() as uow:
            ...change state through uow.session...
            await uow.emit(SomethingHappened(...), correlation_id=...)
            await uow.commit()

    Leaving the block without commit() rolls everything back."""

    def __init__(
        self, sessions: async_sessionmaker[AsyncSession], tables: MessagingTables, clock: Clock
    ) -> None:
        self._sessions = sessions
        self._tables = tables
        self.clock = clock
        self.session: AsyncSession
        self._staged: list[dict[str, object]] = []

    async def __aenter__(self) -> Self:
        self.session = self._sessions()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            await self.session.rollback()
        finally:
            await self.session.close()

    async def commit(self) -> None:
        await self._write_outbox()
        await self.session.commit()

    async def emit(
        self,
        event: Contract,
        *,
        correlation_id: uuid.UUID,
        causation_id: uuid.UUID | None = None,
        sequence: int | None = None,
    ) -> Envelope:
        """Stages `event` for the outbox (written at commit, with the rest of the transaction);
        it is published only if this unit of work commits."""
        now = self.clock()
        envelope = Envelope.wrap(
            event,
            occurred_at=now,
            correlation_id=correlation_id,
            causation_id=causation_id,
            sequence=sequence,
        )
        self._staged.append(
            {
                "message_id": envelope.message_id,
                "routing_key": event.routing_key(),
                "body": envelope.model_dump_json(),
                "created_at": now,
            }
        )
        return envelope

    @property
    def staged(self) -> list[str]:
        """The routing keys of the events emitted and not yet written (until commit)."""
        return [str(row["routing_key"]) for row in self._staged]

    async def _write_outbox(self) -> None:
        """The events staged since the last commit, written in one statement just before it:
        a submission's three events cost one round trip, not three. On PostgreSQL the same
        statement NOTIFYs, delivered when (and only if) the transaction commits, which wakes the
        relay (shared/messaging/wakeup.py)."""
        if not self._staged:
            return
        rows, self._staged = self._staged, []
        outbox = self._tables.outbox
        if self.session.get_bind().dialect.name != "postgresql":
            await self.session.execute(insert(outbox).values(rows))
            return
        columns = {name: [row[name] for row in rows] for name in _STAGED}
        await self.session.execute(_write_and_notify(outbox), columns)

    async def claim(self, consumer: str, message_id: uuid.UUID) -> bool:
        """Records that `consumer` handles `message_id`; False if it already has (a duplicate).

        On PostgreSQL a concurrent claim of the same message waits for this transaction and
        then finds the row, so only one of two racing deliveries has an effect."""
        insert_ = upsert_insert(self.session)
        result = await self.session.execute(
            insert_(self._tables.inbox)
            .values(consumer=consumer, message_id=message_id, processed_at=self.clock())
            .on_conflict_do_nothing()
        )
        return bool(affected(result))

    async def claim_all(self, consumer: str, message_ids: Sequence[uuid.UUID]) -> set[uuid.UUID]:
        """claim() for a batch of messages in one statement: the ids `consumer` has not handled
        before (an id delivered twice in the batch is in it once, for its first delivery to
        have)."""
        if self.session.get_bind().dialect.name != "postgresql":
            return {m for m in dict.fromkeys(message_ids) if await self.claim(consumer, m)}
        values = {"consumer": consumer, "message_id": list(message_ids), "at": self.clock()}
        claimed = await self.session.execute(_claim_all(self._tables.inbox), values)
        return set(claimed.scalars())


_STAGED = ("message_id", "routing_key", "body", "created_at")  # what emit() fills in


@cache
def _write_and_notify(outbox: Table) -> Select[str]:
    """The staged rows and the NOTIFY in one statement, built once per outbox table (compiled
    once): the rows come unnested, inserted by a data-modifying CTE; the SELECT is the NOTIFY."""
    staged = unnested("staged_row", [outbox.c[name] for name in _STAGED])
    written = insert(outbox).from_select(list(_STAGED), select(*(staged.c[n] for n in _STAGED)))
    return select(func.pg_notify(OUTBOX_CHANNEL, "")).add_cte(written.cte("written"))


@cache
def _claim_all(inbox: Table) -> ReturningInsert[uuid.UUID]:
    """The inbox rows of a batch in one statement, built once per inbox table (compiled once):
    the ids come unnested; those already there are skipped, the rest returned."""
    delivered = unnested("delivered", [inbox.c.message_id])
    rows = select(
        bindparam("consumer", type_=inbox.c.consumer.type),
        delivered.c.message_id,
        bindparam("at", type_=inbox.c.processed_at.type),
    )
    return (
        postgresql.insert(inbox)
        .from_select(["consumer", "message_id", "processed_at"], rows)
        .on_conflict_do_nothing()
        .returning(inbox.c.message_id)
    )
