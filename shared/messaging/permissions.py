"""What each service's broker user may do, as RabbitMQ permission patterns.

A service may configure, bind and consume its own queues (`<service>.*`, dead-letter queues
included) and declare the two exchanges. It may publish to the events exchange only routing keys
that begin with its own name (a topic permission), and to the dead-letter exchange (a consumer
dead-letters what it gives up on). The default exchange is not granted, so no service can drop a
message straight into another's work queue. Binding to any key is allowed."""

import re
from dataclasses import dataclass

from shared.messaging.topology import DEAD_LETTER_EXCHANGE, EVENTS_EXCHANGE

SERVICES = ("intake", "review", "committee", "notify")


@dataclass(frozen=True)
class BrokerPermissions:
    configure: str
    write: str
    read: str
    topic_exchange: str
    topic_write: str
    topic_read: str


def permissions_for(service: str) -> BrokerPermissions:
    own = re.escape(service) + r"\..*"
    events, dead_letters = re.escape(EVENTS_EXCHANGE), re.escape(DEAD_LETTER_EXCHANGE)
    return BrokerPermissions(
        configure=f"^({own}|{events}|{dead_letters})$",
        # the dead-letter exchange: a consumer sends a message it gives up on there itself
        write=f"^({own}|{events}|{dead_letters})$",
        read=f"^({own}|{events}|{dead_letters})$",
        topic_exchange=EVENTS_EXCHANGE,
        topic_write=f"^{re.escape(service)}\\.",
        topic_read=".*",
    )
