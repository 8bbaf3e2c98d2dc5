"""A queue's prefetch window, handled in a few shared transactions (docs/messaging.md): the
consumer (shared/messaging/consumer.py) hands each parsed message to its queue's `Window`, which
claims the inbox row and runs the handler in a unit of work it opens and commits."""

import asyncio
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from types import TracebackType
from typing import Protocol

import structlog

from shared.contracts import Contract, Envelope
from shared.db.availability import is_unavailable
from shared.messaging.subscription import Subscription
from shared.metrics import MESSAGES_PER_TRANSACTION

log = structlog.get_logger(__name__)
# transactions a queue's prefetch window runs at once
TRANSACTIONS_PER_QUEUE = 4


class InboxUnitOfWork(Protocol):
    async def __aenter__(self) -> "InboxUnitOfWork": ...
    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...
    async def claim_all(
        self, consumer: str, message_ids: Sequence[uuid.UUID]
    ) -> set[uuid.UUID]: ...
    async def commit(self) -> None: ...


@dataclass(frozen=True)
class Work:
    subscription: Subscription
    envelope: Envelope
    event: Contract

    async def handle(self, uow: InboxUnitOfWork) -> None:
        await self.subscription.handler(uow, self.event, self.envelope)


class Window:
    """The prefetch window of one queue, handled in at most `transactions` transactions at a
    time: messages that arrive while they run wait for the next one free and share it. An idle
    queue handles each message as it comes (no waiting for company); under a backlog one commit
    serves many messages, so a worker's rate is not one commit per message and its connections
    are not churned by as many transactions as it holds messages, while a few transactions at
    once still overlap one's round trips to the database with another's work.

    The inbox guarantee is the one-message one: the claims and effects of a shared transaction
    commit together or not at all, and each message is acked only after. When a shared
    transaction fails, nothing of it stays and its messages are tried again each alone, so one
    bad message fails only itself (and goes its own way to the dead-letter queue); when the
    database is away, every message of it waits at the gate as before."""

    def __init__(
        self,
        queue: str,
        uow_factory: Callable[[], InboxUnitOfWork],
        *,
        transactions: int = TRANSACTIONS_PER_QUEUE,
    ) -> None:
        self._queue = queue
        self._uow_factory = uow_factory
        self._transactions = transactions
        self._waiting: list[tuple[Work, asyncio.Future[bool]]] = []
        self._draining: set[asyncio.Task[None]] = set()

    async def run(self, work: Work) -> bool:
        future: asyncio.Future[bool] = asyncio.get_running_loop().create_future()
        self._waiting.append((work, future))
        # a finished transaction stays in the set until the loop runs its done-callbacks, and a
        # message may come in before then: count only those still running, or it waits forever
        if sum(not drain.done() for drain in self._draining) < self._transactions:
            drain = asyncio.create_task(self._drain(), name=f"window-{self._queue}")
            self._draining.add(drain)
            drain.add_done_callback(self._draining.discard)
        return await future

    async def _drain(self) -> None:
        while self._waiting:
            batch, self._waiting = self._waiting, []
            await self._settle(batch)

    async def _settle(self, batch: list[tuple[Work, "asyncio.Future[bool]"]]) -> None:
        if len(batch) > 1:
            try:
                async with self._uow_factory() as uow:
                    results = await self._apply_all(uow, [work for work, _ in batch])
                    await uow.commit()
            except Exception as error:
                if is_unavailable(error):
                    for _, future in batch:
                        _answer(future, error=error)
                    return
                log.info("message_window_split", queue=self._queue, size=len(batch))
            else:
                MESSAGES_PER_TRANSACTION.labels(self._queue).observe(len(batch))
                for (_, future), fresh in zip(batch, results, strict=True):
                    _answer(future, result=fresh)
                return
        for work, future in batch:
            try:
                async with self._uow_factory() as uow:
                    [fresh] = await self._apply_all(uow, [work])
                    await uow.commit()
            except Exception as error:
                _answer(future, error=error)
            else:
                MESSAGES_PER_TRANSACTION.labels(self._queue).observe(1)
                _answer(future, result=fresh)

    async def _apply_all(self, uow: InboxUnitOfWork, batch: list[Work]) -> list[bool]:
        """Claims the batch's inbox rows in one statement and runs the handler of each message
        not handled before, in `uow`'s transaction; True for those. A message delivered twice in
        the batch has its effect once, at its first delivery."""
        fresh = await uow.claim_all(self._queue, [work.envelope.message_id for work in batch])
        results = []
        for work in batch:
            first = work.envelope.message_id in fresh
            fresh.discard(work.envelope.message_id)
            if first:
                await work.handle(uow)
            results.append(first)
        return results


def _answer(
    future: "asyncio.Future[bool]", *, result: bool = False, error: Exception | None = None
) -> None:
    if future.cancelled():  # its consumer stopped waiting: unacked, the broker redelivers
        return
    if error is None:
        future.set_result(result)
    else:
        future.set_exception(error)
