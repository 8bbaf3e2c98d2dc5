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
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

import structlog
from aio_pika.abc import AbstractChannel, AbstractConnection, AbstractIncomingMessage, AbstractQueue

from shared.contracts import Contract, Envelope, open_envelope
from shared.db.availability import Probe, is_unavailable
from shared.messaging.outage import OutageGate
from shared.messaging.subscription import Subscription
from shared.messaging.topology import declare_work_queue, ensure_dead_letter_exchange, queue_name
from shared.messaging.window import InboxUnitOfWork, Window, Work
from shared.metrics import (
    MESSAGES_CONSUMED,
    MESSAGES_DEAD_LETTERED,
    MESSAGES_DUPLICATE,
    MESSAGES_FAILED,
)

log = structlog.get_logger(__name__)
# an "unreachable" error while the probe finds the database answering: retried in place this
# many times (a connection reset just now), then counted as the message's own failure
PASSING_FAULT_RETRIES = 3


class WrongProducer(ValueError):
    """The envelope names another producer than its routing key: refused, never handled."""


def required_sequence(envelope: Envelope) -> int:
    """The envelope's per-application sequence; an event about an application without one is
    malformed (raised, retried, dead-lettered), never silently ordered first."""
    if envelope.sequence is None:
        raise ValueError(f"{envelope.type} {envelope.message_id} carries no sequence")
    return envelope.sequence


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
        stopping, self._queues = self._queues, []  # a second stop has nothing to cancel
        for queue, tag in stopping:
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
