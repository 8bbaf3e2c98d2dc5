"""The one way a message leaves a service: confirmed, mandatory, persistent, with a message_id."""

from aio_pika import DeliveryMode, Message
from aio_pika.abc import AbstractChannel, AbstractConnection, AbstractExchange

from shared.contracts import Envelope
from shared.messaging.topology import declare_events_exchange


def persistent_message(envelope: Envelope, body: bytes) -> Message:
    return Message(
        body,
        message_id=str(envelope.message_id),
        correlation_id=str(envelope.correlation_id),
        type=envelope.type,
        content_type="application/json",
        delivery_mode=DeliveryMode.PERSISTENT,
        timestamp=envelope.occurred_at,
    )


class Publisher:
    """Publishes to the events exchange on a channel with publisher confirms and
    `on_return_raises`: an unroutable or nacked message raises, it never counts as sent."""

    def __init__(self, connection: AbstractConnection, *, timeout: float = 10.0) -> None:
        self._connection = connection
        self._timeout = timeout
        self.channel: AbstractChannel | None = None
        self._exchange: AbstractExchange | None = None

    async def open(self) -> None:
        self.channel = await self._connection.channel(
            publisher_confirms=True, on_return_raises=True
        )
        self._exchange = await declare_events_exchange(self.channel)

    async def publish(self, routing_key: str, envelope: Envelope, body: bytes) -> None:
        if self._exchange is None:
            raise RuntimeError("Publisher.open() was not called")
        await self._exchange.publish(
            persistent_message(envelope, body),
            routing_key=routing_key,
            mandatory=True,
            timeout=self._timeout,
        )
