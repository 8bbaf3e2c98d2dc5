"""What every process counts, in Prometheus' format, and how an API exposes it.

APIs: requests by route template, method and status, with latency histograms
(prometheus-fastapi-instrumentator), served on their own `/metrics`. Workers (their small port,
shared/operations.py): messages by queue, the outbox's backlog, and whatever a service samples
from its database (notify: notices by status and channel). Each process is one service, so the
scrape job names the service; the queue label names the consuming service too."""

import asyncio
import contextlib
from collections.abc import Awaitable, Callable, Sequence

import structlog
from fastapi import FastAPI
from prometheus_client import Counter, Gauge, Histogram
from prometheus_fastapi_instrumentator import Instrumentator
from prometheus_fastapi_instrumentator.metrics import Info
from sqlalchemy import Table, func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from shared.db import Clock

log = structlog.get_logger(__name__)

MESSAGES_CONSUMED = Counter(
    "messages_consumed", "messages handled to their effect and acked", ["queue"]
)
MESSAGES_DUPLICATE = Counter(
    "messages_duplicate", "redelivered messages the inbox dropped (handled before)", ["queue"]
)
MESSAGES_FAILED = Counter(
    "messages_failed", "deliveries whose handler failed (the message is retried)", ["queue"]
)
MESSAGES_DEAD_LETTERED = Counter(
    "messages_dead_lettered", "messages sent to <queue>.dlq (malformed or out of tries)", ["queue"]
)
MESSAGES_PER_TRANSACTION = Histogram(
    "messages_per_transaction",
    "messages whose inbox claims and effects committed in one transaction (the prefetch window)",
    ["queue"],
    buckets=(1, 2, 4, 8, 16, 32, 64),
)
DEAD_LETTERS_HELD = Gauge(
    "dead_letter_queue_messages", "messages waiting in <queue>.dlq", ["queue"]
)
READY = Gauge("ready", "1 while the readiness check passes (read at each scrape)", ["check"])
OUTBOX_BACKLOG = Gauge("outbox_backlog", "outbox rows not yet published")
OUTBOX_OLDEST_AGE = Gauge(
    "outbox_oldest_unpublished_age_seconds", "age of the oldest unpublished outbox row (0: none)"
)
LOGIN_FAILURES = Counter("login_failures", "logins refused for a wrong name or password", ["kind"])
LOGIN_THROTTLED = Counter("login_throttled", "logins refused while throttled (429)", ["kind"])

HTTP_REQUESTS = Counter(
    "http_requests",
    "answers by route template, method and status class",
    ["handler", "method", "status"],
)
HTTP_LATENCY = Histogram(
    "http_request_duration_seconds",
    "time to answer, by route template and method",
    ["handler", "method"],
    buckets=(0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30),
)

# reads the service's database and sets gauges; run every few seconds by the worker
Sampler = Callable[[AsyncSession], Awaitable[None]]


def instrument(app: FastAPI) -> None:
    """Counts the app's requests and serves them, with every other series, on GET /metrics.
    The series are this module's, not the instrumentator's defaults, which only the first app
    of a process would get (the tests run several)."""
    Instrumentator(excluded_handlers=["/metrics"]).add(_count_request).instrument(app).expose(
        app, include_in_schema=False
    )


def _count_request(info: Info) -> None:
    HTTP_REQUESTS.labels(info.modified_handler, info.method, info.modified_status).inc()
    HTTP_LATENCY.labels(info.modified_handler, info.method).observe(info.modified_duration)


def outbox_sampler(outbox: Table, clock: Clock) -> Sampler:
    async def sample(session: AsyncSession) -> None:
        unpublished = outbox.c.published_at.is_(None)
        count, oldest = (
            await session.execute(
                select(func.count(), func.min(outbox.c.created_at)).where(unpublished)
            )
        ).one()
        OUTBOX_BACKLOG.set(count)
        OUTBOX_OLDEST_AGE.set((clock() - oldest).total_seconds() if oldest is not None else 0)

    return sample


class Sampling:
    """Runs the samplers every `seconds` until stopped; a failed round is logged and retried."""

    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        samplers: Sequence[Sampler],
        *,
        seconds: float,
    ) -> None:
        self._sessions, self._samplers, self._seconds = sessions, samplers, seconds
        self.stopping = asyncio.Event()

    async def run(self) -> None:
        failing = False
        while not self.stopping.is_set():
            try:
                async with self._sessions() as session:
                    for sampler in self._samplers:
                        await sampler(session)
                failing = False
            except Exception as exc:
                if not failing:  # once per outage, not once per round
                    log.warning("metrics_sampling_failed", error=repr(exc))
                failing = True
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.stopping.wait(), timeout=self._seconds)

    def stop(self) -> None:
        self.stopping.set()
