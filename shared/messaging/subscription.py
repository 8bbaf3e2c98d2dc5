"""What a service subscribes to: a contract, and the handler every message of it runs."""

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from shared.contracts import Contract, Envelope

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
