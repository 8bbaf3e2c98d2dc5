"""The consumer wrapper every service's handlers run in.

Per message: parse the envelope (malformed, or naming another producer than its routing key ->
dead-letter queue at once, the consumer goes on);
bind message_id/correlation_id into the log context; in ONE transaction claim the inbox row
(consumer, message_id) and run the handler (a duplicate is acked with no effect); ack only after
commit.

Two kinds of failure, told apart by `is_unavailable`:
- the database is away: the message is not at fault. It stays unacked and waits at the
  consumer's OutageGate until a probe says the database answers, then runs again as the same
  delivery — so the broker counts nothing against its delivery limit, and the prefetch bounds
  what the consumer holds meanwhile;
- the message fails on its own: it is requeued at once (no sleep holding the consumer's slot,
  so good messages behind it go on) and the quorum queue counts the delivery; the queue is
  declared so that the `delivery_limit`-th failed delivery is dead-lettered.
The robust connection brings the consumers back after a broker restart; an ack lost with an old
channel is harmless: the broker redelivers and the inbox drops it."""

import asyncio
import uuid
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from types import TracebackType
from typing import Any, Protocol

import structlog
from aio_pika.abc import AbstractChannel, AbstractConnection, AbstractIncomingMessage, AbstractQueue

from shared.contracts import Contract, Envelope, open_envelope
from shared.db.availability import Probe, is_unavailable
from shared.messaging.outage import OutageGate
from shared.messaging.topology import declare_work_queue, ensure_dead_letter_exchange, queue_name
from shared.metrics import (
    MESSAGES_CONSUMED,
    MESSAGES_DEAD_LETTERED,
    MESSAGES_DUPLICATE,
    MESSAGES_FAILED,
    MESSAGES_PER_TRANSACTION,
)

log = structlog.get_logger(__name__)
# an "unreachable" error while the probe finds the database answering: retried in place this
# many times (a connection reset just now), then counted as the message's own failure
PASSING_FAULT_RETRIES = 3
# transactions a queue's prefetch window runs at once (shared/messaging/consumer.py, Window)
TRANSACTIONS_PER_QUEUE = 4


class InboxUnitOfWork(Protocol):
    async def __aenter__(self) -> "InboxUnitOfWork": ...
    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...
    async def claim(self, consumer: str, message_id: uuid.UUID) -> bool: ...
    async def commit(self) -> None: ...


Handler = Callable[[Any, Any, Envelope], Awaitable[None]]


@dataclass(frozen=True)
class Subscription:
    """Handle every `contract` message with `handler(uow, event, envelope)`. `also` lists the
    same event published by other producers (e.g. the committee's ApplicationRejected): one
    queue, bound to each routing key, one handler."""

    contract: type[Contract]
    handler: Handler
    also: tuple[type[Contract], ...] = ()

    @property
    def by_routing_key(self) -> dict[str, type[Contract]]:
        return {c.routing_key(): c for c in (self.contract, *self.also)}


class WrongProducer(ValueError):
    """The envelope names another producer than its routing key: refused, never handled."""


def required_sequence(envelope: Envelope) -> int:
    """The envelope's per-application sequence; an event about an application without one is
    malformed (raised, retried, dead-lettered), never silently ordered first."""
    if envelope.sequence is None:
        raise ValueError(f"{envelope.type} {envelope.message_id} carries no sequence")
    return envelope.sequence


@dataclass(frozen=True)
class Work:
    subscription: Subscription
    envelope: Envelope
    event: Contract

    async def apply(self, uow: InboxUnitOfWork, queue: str) -> bool:
        """Claims the inbox row and runs the handler in `uow`'s transaction; False (and no
        effect) if the inbox says it was handled before."""
        fresh = await uow.claim(queue, self.envelope.message_id)
        if fresh:
            await self.subscription.handler(uow, self.event, self.envelope)
        return fresh


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
                    results = [await work.apply(uow, self._queue) for work, _ in batch]
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
                    fresh = await work.apply(uow, self._queue)
                    await uow.commit()
            except Exception as error:
                _answer(future, error=error)
            else:
                MESSAGES_PER_TRANSACTION.labels(self._queue).observe(1)
                _answer(future, result=fresh)


def _answer(
    future: "asyncio.Future[bool]", *, result: bool = False, error: Exception | None = None
) -> None:
    if future.cancelled():  # its consumer stopped waiting: unacked, the broker redelivers
        return
    if error is None:
        future.set_result(result)
    else:
        future.set_exception(error)


class Consumer:
    def __init__(
        self,
        connection: AbstractConnection,
        *,
        service: str,
        subscriptions: Sequence[Subscription],
        uow_factory: Callable[[], InboxUnitOfWork],
        delivery_limit: int,
        prefetch: int,
        database_probe: Probe,
        settle_timeout: float = 5.0,
    ) -> None:
        self._connection = connection
        self._service = service
        self._subscriptions = subscriptions
        self._uow_factory = uow_factory
        self._delivery_limit = delivery_limit
        self._prefetch = prefetch
        self._settle_timeout = settle_timeout
        # strong references: the robust connection only holds its channels weakly
        self._channel: AbstractChannel | None = None
        self._queues: list[tuple[AbstractQueue, str]] = []
        self._in_flight: set[asyncio.Task[Any]] = set()
        self._windows: dict[str, Window] = {}
        self.gate = OutageGate(database_probe, name=service)

    async def start(self) -> None:
        await ensure_dead_letter_exchange(self._connection)
        self._channel = await self._connection.channel()
        await self._channel.set_qos(prefetch_count=self._prefetch)
        for subscription in self._subscriptions:
            name = queue_name(self._service, subscription.contract)
            queue = await declare_work_queue(
                self._channel,
                name,
                list(subscription.by_routing_key),
                delivery_limit=self._delivery_limit,
            )
            for series in (MESSAGES_CONSUMED, MESSAGES_DUPLICATE, MESSAGES_FAILED):
                series.labels(name)  # served at 0 from the start: rate() and alerts see a rise
            MESSAGES_DEAD_LETTERED.labels(name)
            tag = await queue.consume(self._callback(name, subscription))
            self._queues.append((queue, tag))
            log.info("consumer_started", queue=name)

    async def stop(self, *, grace_seconds: float = 10.0) -> None:
        """Stops taking messages, lets those in hand finish, closes the channel. Messages
        waiting for the database are left unacked: the broker gives them to another consumer."""
        for queue, tag in self._queues:
            try:  # a broker that is gone would keep cancel() waiting for a reconnection
                await asyncio.wait_for(queue.cancel(tag), timeout=self._settle_timeout)
            except Exception as exc:  # unacked messages are redelivered: nothing is lost
                log.warning("consumer_cancel_failed", queue=queue.name, error=repr(exc))
        await self.gate.aclose()
        if self._in_flight:
            await asyncio.wait(self._in_flight, timeout=grace_seconds)
        if self._channel is not None and not self._channel.is_closed:
            try:
                await asyncio.wait_for(self._channel.close(), timeout=self._settle_timeout)
            except Exception as exc:
                log.warning("consumer_channel_close_failed", error=repr(exc))

    def _callback(
        self, queue: str, subscription: Subscription
    ) -> Callable[[AbstractIncomingMessage], Awaitable[None]]:
        async def on_message(message: AbstractIncomingMessage) -> None:
            task = asyncio.current_task()
            if task is not None:
                self._in_flight.add(task)
            try:
                await self._deliver(queue, subscription, message)
            finally:
                if task is not None:
                    self._in_flight.discard(task)

        return on_message

    async def _deliver(
        self, queue: str, subscription: Subscription, message: AbstractIncomingMessage
    ) -> None:
        try:
            contract = subscription.by_routing_key.get(message.routing_key or "")
            if contract is None:
                raise ValueError(f"unexpected routing key {message.routing_key!r}")
            envelope = Envelope.model_validate_json(message.body)
            if envelope.producer != contract.producer:
                raise WrongProducer(
                    f"envelope says {envelope.producer!r} published it, "
                    f"its routing key {message.routing_key!r} says {contract.producer!r}"
                )
            event = open_envelope(contract, envelope)
        except WrongProducer as exc:
            log.error(
                "message_from_wrong_producer_dead_lettered",
                queue=queue,
                amqp_message_id=message.message_id,
                error=str(exc),
            )
            await self._settle(message.reject(requeue=False))
            return
        except ValueError as exc:  # pydantic's ValidationError is a ValueError
            log.error(
                "message_malformed_dead_lettered",
                queue=queue,
                amqp_message_id=message.message_id,
                error=str(exc)[:1000],
            )
            MESSAGES_DEAD_LETTERED.labels(queue).inc()
            await self._settle(message.reject(requeue=False))
            return
        with structlog.contextvars.bound_contextvars(
            message_id=str(envelope.message_id),
            correlation_id=str(envelope.correlation_id),
            message_type=envelope.type,
        ):
            await self._handle(queue, subscription, message, envelope, event)

    async def _handle(
        self,
        queue: str,
        subscription: Subscription,
        message: AbstractIncomingMessage,
        envelope: Envelope,
        event: Contract,
    ) -> None:
        redeliveries = (message.headers or {}).get("x-delivery-count", 0)
        delivery = (redeliveries if isinstance(redeliveries, int) else 0) + 1
        passing_faults = 0
        while True:
            if not await self.gate.wait_open():
                return  # stopping: left unacked, the broker redelivers it
            try:
                fresh = await self._run(queue, subscription, envelope, event)
            except Exception as error:
                if is_unavailable(error):
                    if await self.gate.confirm(error):
                        continue  # the database is away: wait for it, then the same delivery
                    if passing_faults < PASSING_FAULT_RETRIES:
                        passing_faults += 1
                        log.warning("message_retried_in_place", queue=queue, error=repr(error))
                        await asyncio.sleep(0.2 * passing_faults)
                        continue
                dead_lettered = delivery >= self._delivery_limit
                log.exception(
                    "message_failed",
                    queue=queue,
                    delivery=delivery,
                    limit=self._delivery_limit,
                    dead_lettered=dead_lettered,
                )
                MESSAGES_FAILED.labels(queue).inc()
                if dead_lettered:
                    MESSAGES_DEAD_LETTERED.labels(queue).inc()
                await self._settle(message.nack(requeue=True))
                return
            log.info("message_handled" if fresh else "message_duplicate_ignored", queue=queue)
            (MESSAGES_CONSUMED if fresh else MESSAGES_DUPLICATE).labels(queue).inc()
            await self._settle(message.ack())
            return

    async def _run(
        self, queue: str, subscription: Subscription, envelope: Envelope, event: Contract
    ) -> bool:
        """One try; False if the inbox says it was handled before."""
        window = self._windows.setdefault(queue, Window(queue, self._uow_factory))
        return await window.run(Work(subscription, envelope, event))

    async def _settle(self, settlement: Awaitable[None]) -> None:
        try:
            await asyncio.wait_for(settlement, timeout=self._settle_timeout)
        except Exception as exc:
            # the channel that delivered it is gone: the broker redelivers, the inbox dedupes
            log.warning("message_settle_failed", error=repr(exc))
