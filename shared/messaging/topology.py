"""Exchanges and queues.

One durable topic exchange carries every domain event. Each consuming service declares its own
quorum queue per event, `<service>.<event_snake>`, with an explicit delivery limit (RabbitMQ 3.10
quorum queues have none by default) and at-least-once dead-lettering to `<queue>.dlq`."""

from aio_pika import ExchangeType
from aio_pika.abc import AbstractChannel, AbstractExchange, AbstractQueue

from shared.contracts import Contract
from shared.contracts.envelope import snake_case

EVENTS_EXCHANGE = "zhicheng.events"
DEAD_LETTER_EXCHANGE = "zhicheng.dead_letters"


def queue_name(service: str, contract: type[Contract]) -> str:
    return f"{service}.{snake_case(contract.type_name())}"


def dead_letter_queue_name(queue: str) -> str:
    return f"{queue}.dlq"


async def declare_events_exchange(channel: AbstractChannel) -> AbstractExchange:
    return await channel.declare_exchange(EVENTS_EXCHANGE, ExchangeType.TOPIC, durable=True)


async def declare_work_queue(
    channel: AbstractChannel, name: str, routing_keys: list[str], *, delivery_limit: int
) -> AbstractQueue:
    """Declares `name` bound to `routing_keys` on the events exchange, and its dead-letter queue."""
    events = await declare_events_exchange(channel)
    dead_letters = await channel.declare_exchange(
        DEAD_LETTER_EXCHANGE, ExchangeType.DIRECT, durable=True
    )
    dlq = await channel.declare_queue(
        dead_letter_queue_name(name), durable=True, arguments={"x-queue-type": "quorum"}
    )
    await dlq.bind(dead_letters, routing_key=name)
    queue = await channel.declare_queue(
        name,
        durable=True,
        arguments={
            "x-queue-type": "quorum",
            "x-delivery-limit": delivery_limit,
            "x-dead-letter-exchange": DEAD_LETTER_EXCHANGE,
            "x-dead-letter-routing-key": name,
            # without these two, quorum queues dead-letter at most once: a message could vanish
            "x-dead-letter-strategy": "at-least-once",
            "x-overflow": "reject-publish",
        },
    )
    for key in routing_keys:
        await queue.bind(events, routing_key=key)
    return queue
