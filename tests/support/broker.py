"""Talking to the test vhost directly: publish raw messages, read queues."""

import asyncio
import uuid
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager

import aio_pika
from aio_pika.abc import AbstractChannel, AbstractIncomingMessage, AbstractQueue

from shared.messaging import EVENTS_EXCHANGE


@asynccontextmanager
async def channel(amqp_url: str) -> AsyncIterator[AbstractChannel]:
    connection = await aio_pika.connect(amqp_url)
    try:
        yield await connection.channel(publisher_confirms=True, on_return_raises=True)
    finally:
        await connection.close()


async def publish_raw(
    chan: AbstractChannel, routing_key: str, body: bytes, *, message_id: str | None = None
) -> None:
    exchange = await chan.get_exchange(EVENTS_EXCHANGE)
    await exchange.publish(
        aio_pika.Message(
            body,
            message_id=message_id or str(uuid.uuid4()),
            delivery_mode=aio_pika.DeliveryMode.PERSISTENT,
        ),
        routing_key=routing_key,
    )


async def tap(chan: AbstractChannel, pattern: str = "#") -> AbstractQueue:
    """A private queue receiving a copy of every event matching `pattern` from now on."""
    exchange = await chan.declare_exchange(
        EVENTS_EXCHANGE, aio_pika.ExchangeType.TOPIC, durable=True
    )
    queue = await chan.declare_queue(exclusive=True)
    await queue.bind(exchange, routing_key=pattern)
    return queue


async def take(
    queue: AbstractQueue,
    count: int,
    *,
    within: float = 10.0,
    matching: Callable[[AbstractIncomingMessage], bool] = lambda _: True,
) -> list[AbstractIncomingMessage]:
    """The next `count` messages `matching` (others are dropped), waiting up to `within` s."""
    taken: list[AbstractIncomingMessage] = []
    deadline = asyncio.get_running_loop().time() + within
    while len(taken) < count:
        message = await queue.get(no_ack=True, fail=False)
        if message is not None:
            if matching(message):
                taken.append(message)
        elif asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"{queue.name}: {len(taken)} of {count} messages in {within}s")
        else:
            await asyncio.sleep(0.05)
    return taken


def about(application_id: str) -> Callable[[AbstractIncomingMessage], bool]:
    """Matches the events whose payload is about this application."""
    return lambda message: f'"application_id":"{application_id}"' in message.body.decode()


async def queue_is_empty(
    queue: AbstractQueue,
    *,
    wait: float = 0.5,
    matching: Callable[[AbstractIncomingMessage], bool] = lambda _: True,
) -> bool:
    """True if nothing (more) `matching` arrives in `queue` within `wait` seconds."""
    await asyncio.sleep(wait)
    while (message := await queue.get(no_ack=True, fail=False)) is not None:
        if matching(message):
            return False
    return True
