"""Settings every service has. Each service subclasses `ServiceSettings` with its env prefix
(`INTAKE_DATABASE_URL`, `REVIEW_DATABASE_URL`, …); `AMQP_URL` and `LOG_LEVEL` are shared.

Each service talks to the broker as its own user (`<SERVICE>_AMQP_URL`), which may publish only
its own routing keys; `AMQP_URL` is the fallback for a single-user development broker."""

import stat
from datetime import timedelta
from pathlib import Path
from typing import Any

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from shared.secrets import weak_secret_problem
from shared.throttle import LoginLimits

DEFAULT_AMQP_URL = "amqp://guest:guest@127.0.0.1:5672/"
DEFAULT_AUTH_SECRET_FILE = Path("var/auth-secret")


class ServiceSettings(BaseSettings):
    model_config = SettingsConfigDict(extra="ignore", frozen=True, populate_by_name=True)

    database_url: str
    amqp_url: str = Field(
        default=DEFAULT_AMQP_URL,
        description="this service's own broker user (<SERVICE>_AMQP_URL), else AMQP_URL",
    )
    shared_amqp_url: str | None = Field(default=None, validation_alias="AMQP_URL")
    log_level: str = Field(default="INFO", validation_alias="LOG_LEVEL")

    delivery_limit: int = Field(
        default=5, ge=1, description="deliveries of one message before it goes to <queue>.dlq"
    )
    prefetch: int = Field(default=16, ge=1, description="unacked messages per consumer channel")
    db_pool_size: int = Field(default=10, ge=1, description="PostgreSQL connections kept open")
    db_max_overflow: int = Field(default=20, ge=0, description="extra connections under load")
    db_pool_timeout: float = Field(
        default=3.0,
        gt=0,
        description="seconds a request waits for a free connection; past it, it is shed with 503",
    )
    relay_batch_size: int = Field(default=100, ge=1)
    relay_poll_seconds: float = Field(
        default=0.1, gt=0, description="how often the relay looks at the outbox (SQLite)"
    )
    relay_safety_poll_seconds: float = Field(
        default=2.0,
        gt=0,
        description="on PostgreSQL each commit wakes the relay (NOTIFY); it still looks this often",
    )
    worker_port: int | None = Field(
        default=None,
        ge=0,
        le=65535,
        description="where the worker serves /health, /ready and /metrics (<SERVICE>_WORKER_PORT);"
        " unset: not served; 0: any free port",
    )
    worker_host: str = Field(
        default="127.0.0.1", description="the worker's address for them (0.0.0.0 in a container)"
    )
    outbox_retention_days: float | None = Field(
        default=7, gt=0, description="published outbox rows are purged after this; unset: kept"
    )
    inbox_retention_days: float | None = Field(
        default=90,
        gt=0,
        description="processed-message rows (deduplication) are purged after this; keep it "
        "longer than any dead letter may wait for its replay; unset: kept",
    )
    retention_every_seconds: float = Field(default=3600, gt=0, description="how often to purge")
    metrics_sample_seconds: float = Field(
        default=5.0, gt=0, description="how often a worker reads its outbox (and notices) backlog"
    )

    auth_secret: SecretStr | None = Field(
        default=None,
        validation_alias="AUTH_SECRET",
        description="signs every account token; shared by all services; no default on purpose",
    )
    auth_secret_file: Path = Field(
        default=DEFAULT_AUTH_SECRET_FILE,
        validation_alias="AUTH_SECRET_FILE",
        description="read when AUTH_SECRET is unset: the secret `make run` wrote for its run",
    )
    token_minutes: int = Field(default=30, ge=1, validation_alias="TOKEN_MINUTES")
    standing_seconds: float = Field(
        default=2,
        ge=0,
        le=60,
        validation_alias="STANDING_SECONDS",
        description="how long an API remembers that a token's account stands (0: reads it for "
        "every request); an account disabled or reset elsewhere is refused within this time",
    )
    api_docs: bool = Field(
        default=True,
        validation_alias="API_DOCS",
        description="serve /docs, /redoc and /openapi.json; on for development, off in production",
    )

    forwarded_allow_ips: str = Field(
        default="127.0.0.1",
        validation_alias="FORWARDED_ALLOW_IPS",
        description="the reverse proxy (gateway, nginx) whose X-Forwarded-For names the client, "
        "comma-separated addresses or networks; never '*': anyone could then pick their address",
    )

    @field_validator("forwarded_allow_ips")
    @classmethod
    def _only_named_proxies(cls, value: str) -> str:
        if "*" in value:
            raise ValueError(
                "FORWARDED_ALLOW_IPS must name the proxy's address (e.g. 127.0.0.1), not '*': "
                "every client could then choose the address it is throttled as"
            )
        return value

    # failed logins allowed (the `limits` library's notation) before a 429 with Retry-After
    login_failures_per_pair: str = Field(
        default="5/5minutes", description="one client on one account"
    )
    login_failures_per_client: str = Field(
        default="30/10minutes", description="one client, whatever accounts it tries"
    )
    login_failures_per_account: str = Field(
        default="20/15minutes", description="one account (or unknown name), from all clients"
    )

    @property
    def login_limits(self) -> LoginLimits:
        return LoginLimits(
            per_pair=self.login_failures_per_pair,
            per_client=self.login_failures_per_client,
            per_account=self.login_failures_per_account,
        )

    @model_validator(mode="before")
    @classmethod
    def _broker_user(cls, data: Any) -> Any:
        """`<SERVICE>_AMQP_URL` wins; `AMQP_URL` (one user for every service) is the fallback.
        (Keyword arguments are matched without regard to case: give `amqp_url` alone.)"""
        if isinstance(data, dict) and not data.get("amqp_url"):
            shared = data.get("AMQP_URL") or data.get("shared_amqp_url")
            if shared:
                data = {**data, "amqp_url": shared}
        return data

    def token_secret(self) -> str:
        """AUTH_SECRET, else the secret in AUTH_SECRET_FILE (so a second terminal shares
        `make run`'s), or a clear refusal to start without one; a guessable one is refused."""
        if self.auth_secret is not None:
            secret = self.auth_secret.get_secret_value()
        else:
            secret = read_secret_file(self.auth_secret_file)
        if problem := weak_secret_problem(secret):
            raise RuntimeError(problem)
        return secret

    @property
    def token_ttl(self) -> timedelta:
        return timedelta(minutes=self.token_minutes)


class SecretUnavailable(RuntimeError):
    """No usable token secret: `explanation` says so in Chinese, str() in English."""

    def __init__(self, explanation: str, detail: str) -> None:
        super().__init__(detail)
        self.explanation = explanation


def read_secret_file(path: Path) -> str:
    """The secret kept in `path`, which only its owner may read."""
    try:
        mode = path.stat().st_mode
        secret = path.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        raise SecretUnavailable(
            "缺少令牌密钥：请先在本目录运行 make run，或设置 AUTH_SECRET",
            f"AUTH_SECRET is not set and {path} does not exist: every service needs the same "
            "secret (≥ 32 characters) to sign and check account tokens",
        ) from None
    if mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise SecretUnavailable(
            f"令牌密钥文件 {path} 不应允许他人读取：请运行 chmod 600 {path}",
            f"{path} is readable by others",
        )
    if len(secret) < 32:
        raise SecretUnavailable(
            f"令牌密钥文件 {path} 的内容不足 32 个字符", f"{path} holds a secret too short"
        )
    return secret
