"""The envelope every domain event travels in, and the base class of every contract."""

import re
import uuid
from datetime import datetime
from typing import Any, ClassVar, Self

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field


class Contract(BaseModel):
    """A message schema. Consumers ignore unknown fields, so additive changes keep the version;
    a breaking change is a new class with a new version (and so a new routing key)."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    producer: ClassVar[str]
    version: ClassVar[int] = 1
    # the event's name when two producers publish the same event under their own routing keys
    # (review's and the committee's ApplicationRejected); the class name otherwise
    event: ClassVar[str | None] = None

    @classmethod
    def type_name(cls) -> str:
        return cls.event or cls.__name__

    @classmethod
    def routing_key(cls) -> str:
        """`<producer>.<event_snake>.v<major>`, e.g. `review.application_rejected.v1`."""
        return f"{cls.producer}.{snake_case(cls.type_name())}.v{cls.version}"


class Envelope(BaseModel):
    """What travels on the wire: the event's payload plus the facts needed to route,
    deduplicate, order and trace it. `message_id` is also the AMQP message id."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    message_id: uuid.UUID
    type: str
    version: int = Field(ge=1)
    producer: str | None = Field(
        default=None,
        description="the service that published it; consumers refuse it unless it is the "
        "producer its routing key names",
    )
    occurred_at: AwareDatetime
    correlation_id: uuid.UUID
    causation_id: uuid.UUID | None = None
    sequence: int | None = Field(
        default=None, ge=1, description="per application, increasing; None if not about one"
    )
    payload: dict[str, Any]

    @classmethod
    def wrap(
        cls,
        event: Contract,
        *,
        occurred_at: datetime,
        correlation_id: uuid.UUID,
        causation_id: uuid.UUID | None = None,
        sequence: int | None = None,
    ) -> Self:
        return cls(
            message_id=uuid.uuid4(),
            type=event.type_name(),
            version=event.version,
            producer=event.producer,
            occurred_at=occurred_at,
            correlation_id=correlation_id,
            causation_id=causation_id,
            sequence=sequence,
            payload=event.model_dump(mode="json"),
        )


def snake_case(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()
