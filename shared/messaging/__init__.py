"""RabbitMQ plumbing: connection, topology, publisher, outbox relay, consumer wrapper (its
subscriptions, its prefetch window), worker."""

from shared.messaging.connection import connect, probe
from shared.messaging.consumer import Consumer, required_sequence
from shared.messaging.publisher import Publisher
from shared.messaging.relay import OutboxRelay
from shared.messaging.subscription import Subscription
from shared.messaging.topology import (
    DEAD_LETTER_EXCHANGE,
    EVENTS_EXCHANGE,
    dead_letter_queue_name,
    queue_name,
)
from shared.messaging.worker import Worker

__all__ = [
    "DEAD_LETTER_EXCHANGE",
    "EVENTS_EXCHANGE",
    "Consumer",
    "OutboxRelay",
    "Publisher",
    "Subscription",
    "Worker",
    "connect",
    "dead_letter_queue_name",
    "probe",
    "queue_name",
    "required_sequence",
]
