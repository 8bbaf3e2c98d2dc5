"""What each service's broker user may do, as RabbitMQ permission patterns.

A service may configure, bind and consume its own queues (`<service>.*`, dead-letter queues
included) and declare the two exchanges. It may publish to the events exchange only routing keys
that begin with its own name (a topic permission). It may publish nothing to the dead-letter
exchange (a topic permission matching no key): a consumer gives a message up by rejecting it,
and the broker itself dead-letters it (the queue's x-dead-letter-exchange). The plain write
permission on that exchange stays, because the broker asks for it when a queue naming it as its
dead-letter exchange is declared.
The default exchange is not granted, so no service can drop a message straight into another's
work queue. It may bind its queues on the events exchange only to the routing keys it consumes
(registry.CONSUMERS, a topic read permission): no service hears an event it was not meant to,
such as intake's ApplicantIdentityProvided (the full ID number), which only review consumes.
Likewise on the dead-letter exchange it may bind only keys of its own queues' names."""

import re
from dataclasses import dataclass

from shared.contracts.registry import queues_of
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
    # the dead-letter exchange (a topic exchange, its routing keys the queues' names): binding
    # only its own `<service>.*.dlq` queues to their keys; the broker routes dead letters itself
    dead_letter_topic_read: str
    dead_letter_topic_write: str = "(?!)"  # matches no routing key: nobody publishes there


def permissions_for(service: str) -> BrokerPermissions:
    own = re.escape(service) + r"\..*"
    events, dead_letters = re.escape(EVENTS_EXCHANGE), re.escape(DEAD_LETTER_EXCHANGE)
    consumed = sorted({key for queue in queues_of(service) for key in queue.routing_keys})
    return BrokerPermissions(
        configure=f"^({own}|{events}|{dead_letters})$",
        # the dead-letter exchange: the broker asks for it when a queue naming it is declared;
        # publishing there is refused by the topic permission below
        write=f"^({own}|{events}|{dead_letters})$",
        # reading an exchange is binding a queue to it: the dead-letter queues to theirs
        read=f"^({own}|{events}|{dead_letters})$",
        topic_exchange=EVENTS_EXCHANGE,
        topic_write=f"^{re.escape(service)}\\.",
        topic_read="^(" + "|".join(re.escape(key) for key in consumed) + ")$",
        dead_letter_topic_read=f"^{own}$",
    )
