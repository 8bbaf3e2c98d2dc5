"""Settings every service has. Each service subclasses `ServiceSettings` with its env prefix
(`INTAKE_DATABASE_URL`, `REVIEW_DATABASE_URL`, …); `AMQP_URL` and `LOG_LEVEL` are shared."""

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_AMQP_URL = "amqp://guest:guest@127.0.0.1:5672/"


class ServiceSettings(BaseSettings):
    model_config = SettingsConfigDict(extra="ignore", frozen=True, populate_by_name=True)

    database_url: str
    amqp_url: str = Field(default=DEFAULT_AMQP_URL, validation_alias="AMQP_URL")
    log_level: str = Field(default="INFO", validation_alias="LOG_LEVEL")

    delivery_limit: int = Field(
        default=5, ge=1, description="deliveries of one message before it goes to <queue>.dlq"
    )
    prefetch: int = Field(default=16, ge=1, description="unacked messages per consumer channel")
    relay_batch_size: int = Field(default=100, ge=1)
    relay_poll_seconds: float = Field(default=0.1, gt=0)
