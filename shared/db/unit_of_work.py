"""One session, one transaction: state changes, outbox rows and the inbox claim commit together."""

import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from types import TracebackType
from typing import Self

from sqlalchemy import func, insert, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from shared.contracts import Contract, Envelope
from shared.db.messaging_tables import OUTBOX_CHANNEL, MessagingTables
from shared.db.statements import affected, upsert_insert

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
        self._relay_told = False

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
        await self.session.commit()

    async def emit(
        self,
        event: Contract,
        *,
        correlation_id: uuid.UUID,
        causation_id: uuid.UUID | None = None,
        sequence: int | None = None,
    ) -> Envelope:
        """Stages `event` in the outbox; it is published only if this unit of work commits."""
        now = self.clock()
        envelope = Envelope.wrap(
            event,
            occurred_at=now,
            correlation_id=correlation_id,
            causation_id=causation_id,
            sequence=sequence,
        )
        await self.session.execute(
            insert(self._tables.outbox).values(
                message_id=envelope.message_id,
                routing_key=event.routing_key(),
                body=envelope.model_dump_json(),
                created_at=now,
            )
        )
        await self._tell_the_relay()
        return envelope

    async def _tell_the_relay(self) -> None:
        """On PostgreSQL: NOTIFY, delivered when (and only if) this transaction commits, wakes
        the relay (shared/messaging/wakeup.py). Once per unit of work."""
        if self._relay_told or self.session.get_bind().dialect.name != "postgresql":
            return
        await self.session.execute(select(func.pg_notify(OUTBOX_CHANNEL, "")))
        self._relay_told = True

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
