"""How each service's queues stand on the broker now: messages waiting, consumers attached (a
running worker), and what lies in the queue's dead letters. Read by passive declarations, so
looking changes nothing."""

from dataclasses import dataclass

import aio_pika
from aio_pika.abc import AbstractChannel, AbstractConnection
from aio_pika.exceptions import AMQPError, ChannelClosed

from shared.contracts.registry import CONSUMERS
from shared.messaging.topology import dead_letter_queue_name


@dataclass(frozen=True)
class QueueState:
    service: str
    queue: str
    exists: bool
    messages: int = 0
    consumers: int = 0
    dead_letters: int = 0


@dataclass(frozen=True)
class BrokerState:
    """Every queue of the system, or why the broker could not be asked."""

    queues: list[QueueState]
    error: str | None = None


async def broker_state(amqp_url: str, *, within: float = 5.0) -> BrokerState:
    try:
        connection = await aio_pika.connect(amqp_url, timeout=within)
    except (OSError, AMQPError, TimeoutError) as exc:
        return BrokerState(queues=[], error=repr(exc))
    try:
        return BrokerState(
            queues=[await _queue_state(connection, q.service, q.name) for q in CONSUMERS]
        )
    finally:
        await connection.close()


async def _queue_state(connection: AbstractConnection, service: str, name: str) -> QueueState:
    counts = await _counts(connection, name)
    if counts is None:
        return QueueState(service=service, queue=name, exists=False)
    dead = await _counts(connection, dead_letter_queue_name(name))
    return QueueState(
        service=service,
        queue=name,
        exists=True,
        messages=counts[0],
        consumers=counts[1],
        dead_letters=dead[0] if dead else 0,
    )


async def _counts(connection: AbstractConnection, name: str) -> tuple[int, int] | None:
    """(messages, consumers) of the queue, None if it does not exist (the 404 closes the
    channel, so each look has a channel of its own)."""
    channel: AbstractChannel = await connection.channel()
    try:
        queue = await channel.declare_queue(name, passive=True)
    except ChannelClosed:
        return None
    finally:
        if not channel.is_closed:
            await channel.close()
    result = queue.declaration_result
    return int(result.message_count or 0), int(result.consumer_count or 0)
