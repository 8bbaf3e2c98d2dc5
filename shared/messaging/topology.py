"""Exchanges and queues.

One durable topic exchange carries every domain event. Each consuming service has its own
quorum queue per event, `<service>.<event_snake>`, with an explicit delivery limit (RabbitMQ 3.10
quorum queues have none by default) and at-least-once dead-lettering to `<queue>.dlq` through the
dead-letter exchange. That exchange is a topic exchange (the routing key is the queue's name), so
that a topic permission lets each service bind only its own dead-letter queues: no service hears
another's dead letters (shared/messaging/permissions.py).

The whole topology is data (shared.contracts.registry.CONSUMERS). Each service's `migrate` step
declares its own queues and bindings, so they exist before any event for them is published; a
publisher checks at start that every queue its events must reach exists (and is bound) and
waits, saying so in one log line, until it does. Mandatory publishing alone cannot catch a
missing queue when another queue hears the same event."""

import asyncio

import structlog
from aio_pika import ExchangeType
from aio_pika.abc import AbstractChannel, AbstractConnection, AbstractExchange, AbstractQueue
from aio_pika.exceptions import ChannelClosed, ChannelPreconditionFailed

from shared.contracts import Contract
from shared.contracts.envelope import snake_case
from shared.contracts.registry import ConsumingQueue, published_by, queues_of
from shared.messaging.connection import connect

log = structlog.get_logger(__name__)

EVENTS_EXCHANGE = "zhicheng.events"
DEAD_LETTER_EXCHANGE = "zhicheng.dead_letters"


def queue_name(service: str, contract: type[Contract]) -> str:
    return f"{service}.{snake_case(contract.type_name())}"


def dead_letter_queue_name(queue: str) -> str:
    return f"{queue}.dlq"


async def declare_events_exchange(channel: AbstractChannel) -> AbstractExchange:
    return await channel.declare_exchange(EVENTS_EXCHANGE, ExchangeType.TOPIC, durable=True)


async def declare_dead_letter_exchange(channel: AbstractChannel) -> AbstractExchange:
    return await channel.declare_exchange(DEAD_LETTER_EXCHANGE, ExchangeType.TOPIC, durable=True)


async def ensure_dead_letter_exchange(connection: AbstractConnection) -> None:
    """Declares the dead-letter exchange; one of an earlier version (a direct exchange) is
    replaced, once: its bindings are each queue's `<queue>.dlq`, which every `migrate` and
    consumer start binds again right after. Meanwhile at-least-once dead-lettering keeps what
    it could not route in the source queue."""
    for attempt in range(2):
        try:
            async with connection.channel() as channel:
                await declare_dead_letter_exchange(channel)
            return
        except ChannelPreconditionFailed:
            if attempt:
                raise
        async with connection.channel() as channel:
            try:  # another service's migrate may have replaced it meanwhile
                await declare_dead_letter_exchange(channel)
                return
            except ChannelPreconditionFailed:
                pass
        async with connection.channel() as channel:
            await channel.exchange_delete(DEAD_LETTER_EXCHANGE)
            log.warning("dead_letter_exchange_retyped", exchange=DEAD_LETTER_EXCHANGE, to="topic")


async def declare_work_queue(
    channel: AbstractChannel, name: str, routing_keys: list[str], *, delivery_limit: int
) -> AbstractQueue:
    """Declares `name` bound to `routing_keys` on the events exchange, and its dead-letter queue.

    A quorum queue's `x-delivery-limit` counts *returns*: with a limit of L it dead-letters a
    message on its (L+1)-th failed delivery. `delivery_limit` is the number of deliveries a
    failing message gets, so the queue is declared with one less."""
    events = await declare_events_exchange(channel)
    dead_letters = await declare_dead_letter_exchange(channel)
    dlq = await channel.declare_queue(
        dead_letter_queue_name(name), durable=True, arguments={"x-queue-type": "quorum"}
    )
    await dlq.bind(dead_letters, routing_key=name)
    try:
        queue = await _declare_quorum_queue(channel, name, delivery_limit)
    except ChannelPreconditionFailed as exc:
        raise QueueMismatch(
            f"queue {name} exists with other arguments than x-delivery-limit="
            f"{delivery_limit - 1} (delivery limit {delivery_limit}): delete it while it is "
            f"empty and run migrate again, or see deploy/README.md ({exc})"
        ) from exc
    for key in routing_keys:
        await queue.bind(events, routing_key=key)
    return queue


class QueueMismatch(RuntimeError):
    """A queue was declared earlier with other arguments; the broker keeps the first ones."""


async def _declare_quorum_queue(
    channel: AbstractChannel, name: str, delivery_limit: int
) -> AbstractQueue:
    return await channel.declare_queue(
        name,
        durable=True,
        arguments={
            "x-queue-type": "quorum",
            "x-delivery-limit": delivery_limit - 1,
            "x-dead-letter-exchange": DEAD_LETTER_EXCHANGE,
            "x-dead-letter-routing-key": name,
            # without these two, quorum queues dead-letter at most once: a message could vanish
            "x-dead-letter-strategy": "at-least-once",
            "x-overflow": "reject-publish",
        },
    )


async def declare_service_queues(
    channel: AbstractChannel, service: str, *, delivery_limit: int
) -> list[str]:
    """Declares every queue `service` consumes from (registry.CONSUMERS) and its bindings."""
    declared = []
    for queue in queues_of(service):
        await declare_work_queue(
            channel, queue.name, list(queue.routing_keys), delivery_limit=delivery_limit
        )
        declared.append(queue.name)
    return declared


async def dead_letter_counts(connection: AbstractConnection, queues: list[str]) -> dict[str, int]:
    """How many messages each queue's `<queue>.dlq` holds (those that exist)."""
    counts = {}
    for name in queues:
        channel = await connection.channel()
        try:
            dlq = await channel.declare_queue(dead_letter_queue_name(name), passive=True)
            counts[name] = dlq.declaration_result.message_count or 0
        except ChannelClosed:  # 404: not declared
            continue
        finally:
            if not channel.is_closed:
                await channel.close()
    return counts


async def missing_routes(connection: AbstractConnection, service: str) -> list[str]:
    """The queues `service`'s events must reach that do not exist; those that do are (re)bound
    to their routing keys (idempotent), so a binding removed by hand comes back."""
    needed: dict[str, ConsumingQueue] = {
        queue.name: queue for queues in published_by(service).values() for queue in queues
    }
    missing = []
    for name, wanted in needed.items():
        channel = await connection.channel()
        try:
            if not await _rebound(channel, name, wanted):
                missing.append(name)
        finally:
            if not channel.is_closed:
                await channel.close()
    return missing


async def _rebound(channel: AbstractChannel, name: str, wanted: ConsumingQueue) -> bool:
    """False if the queue does not exist; else (re)binds it where this user may."""
    try:
        queue = await channel.declare_queue(name, passive=True)
    except ChannelClosed:  # 404: the passive declaration closes the channel
        return False
    try:
        events = await declare_events_exchange(channel)
        for key in wanted.routing_keys:
            await queue.bind(events, routing_key=key)
    except ChannelClosed:
        # 403: a service's own broker user may not bind another service's queue
        # (deploy/broker_users.py); those bindings are their owner's `migrate` step's
        pass
    return True


async def await_routes(
    connection: AbstractConnection, service: str, *, poll_seconds: float = 2.0
) -> None:
    """Returns once every queue `service` publishes to exists; meanwhile says once which are
    missing and how to declare them."""
    waited = False
    while True:
        try:
            missing = await missing_routes(connection, service)
        except Exception as exc:  # the broker went away meanwhile: the robust connection returns
            log.warning("publishing_topology_check_failed", error=repr(exc))
            await asyncio.sleep(poll_seconds)
            continue
        if not missing:
            break
        if not waited:
            owners = sorted({name.split(".")[0] for name in missing})
            log.warning(
                "publishing_waits_for_queues",
                missing=missing,
                declare_with=[f"python -m services.{owner} migrate" for owner in owners],
            )
            waited = True
        await asyncio.sleep(poll_seconds)
    if waited:
        log.info("publishing_queues_present")


async def declare_topology(amqp_url: str, service: str, *, delivery_limit: int) -> list[str]:
    """The deployment step: connects (waiting for the broker), declares the events exchange and
    every queue `service` consumes from, with their bindings; returns the queues' names."""
    return (await declare_topologies(amqp_url, {service: delivery_limit}))[service]


async def declare_topologies(amqp_url: str, limits: dict[str, int]) -> dict[str, list[str]]:
    """`declare_topology` for several services (service -> its delivery limit), on one
    connection."""
    connection = await connect(amqp_url)
    declared: dict[str, list[str]] = {}
    try:
        await ensure_dead_letter_exchange(connection)
        channel = await connection.channel()
        await declare_events_exchange(channel)
        for service, limit in limits.items():
            declared[service] = await declare_service_queues(channel, service, delivery_limit=limit)
            log.info("topology_declared", service=service, queues=declared[service])
    finally:
        await connection.close()
    return declared
