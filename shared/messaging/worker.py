"""The long-running half of a service: its consumers and its outbox relay on one connection.

A service that publishes nothing (notify) has no outbox: its worker runs no relay, listens for
no commit wake-ups and samples no outbox gauges; it only consumes (and keeps its inbox)."""

import asyncio
import contextlib
import signal
from collections.abc import Callable, Sequence
from pathlib import Path

import structlog
from aio_pika.abc import AbstractRobustConnection
from sqlalchemy import Table
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from shared.db import Clock
from shared.db.availability import database_probe
from shared.messaging.connection import connect
from shared.messaging.consumer import Consumer
from shared.messaging.periodic import Periodic, PeriodicJob
from shared.messaging.publisher import Publisher
from shared.messaging.relay import OutboxRelay
from shared.messaging.retention import Retention
from shared.messaging.subscription import Subscription
from shared.messaging.topology import await_routes, dead_letter_counts, queue_name
from shared.messaging.wakeup import CommitListener, listens
from shared.messaging.window import InboxUnitOfWork
from shared.metrics import DEAD_LETTERS_HELD, Sampler, Sampling, outbox_sampler
from shared.operations import OperationsServer, worker_app
from shared.settings import ServiceSettings

log = structlog.get_logger(__name__)


class Worker:
    def __init__(
        self,
        *,
        service: str,
        settings: ServiceSettings,
        sessions: async_sessionmaker[AsyncSession],
        statement_sessions: async_sessionmaker[AsyncSession] | None = None,
        outbox: Table | None,
        inbox: Table | None = None,
        uow_factory: Callable[[], InboxUnitOfWork],
        subscriptions: Sequence[Subscription],
        clock: Clock,
        migrations: Path | None = None,
        samplers: Sequence[Sampler] = (),
        jobs: Sequence[PeriodicJob] = (),
    ) -> None:
        self._service = service
        self._settings = settings
        self._sessions = sessions
        # the relay's lease and settle are single statements: no transaction needed around them
        self._statement_sessions = statement_sessions or sessions
        self._outbox = outbox
        self._uow_factory = uow_factory
        self._subscriptions = subscriptions
        self._clock = clock
        self.connection: AbstractRobustConnection | None = None
        self.publisher: Publisher | None = None
        self._consumer: Consumer | None = None
        self._relay: OutboxRelay | None = None
        self._relay_task: asyncio.Task[None] | None = None
        self._listener_task: asyncio.Task[None] | None = None
        self._listener_stopping = asyncio.Event()
        self._routed = False
        self._migrations = migrations
        outbox_samplers = [] if outbox is None else [outbox_sampler(outbox, clock)]
        self._sampling = Sampling(
            sessions, [*outbox_samplers, *samplers], seconds=settings.metrics_sample_seconds
        )
        self._retention = _retention(sessions, settings, outbox=outbox, inbox=inbox, clock=clock)
        self._periodic = Periodic(jobs)
        self._housekeeping: list[asyncio.Task[None]] = []
        self.operations: OperationsServer | None = None

    async def start(self) -> None:
        """Serves /health, /ready and /metrics (if a port is set), connects (waiting for the
        broker if needed), starts consuming and relaying."""
        settings = self._settings
        await self._start_operations()
        self.connection = await connect(settings.amqp_url)
        self.publisher = Publisher(self.connection)
        await self.publisher.open()
        self._consumer = Consumer(
            self.connection,
            service=self._service,
            subscriptions=self._subscriptions,
            uow_factory=self._uow_factory,
            delivery_limit=settings.delivery_limit,
            prefetch=settings.prefetch,
            database_probe=database_probe(self._sessions),
        )
        await self._consumer.start()
        if self._outbox is not None:
            self._start_relay(self._outbox)
        self._housekeeping = [
            asyncio.create_task(self._sampling.run(), name=f"{self._service}-metrics"),
            asyncio.create_task(self._count_dead_letters(), name=f"{self._service}-dlq-count"),
            asyncio.create_task(self._periodic.run(), name=f"{self._service}-jobs"),
        ]
        if self._retention is not None:
            retention = asyncio.create_task(
                self._retention.run(), name=f"{self._service}-retention"
            )
            self._housekeeping.append(retention)
        log.info(
            "worker_started",
            routing_keys=[k for s in self._subscriptions for k in s.by_routing_key],
        )

    def _start_relay(self, outbox: Table) -> None:
        """The relay publishes the outbox's rows once the topology is there; on PostgreSQL a
        commit that staged an event wakes it (NOTIFY), else it polls."""
        assert self.publisher is not None
        settings = self._settings
        woken = listens(settings.database_url)
        self._relay = OutboxRelay(
            self._statement_sessions,
            outbox,
            self.publisher,
            self._clock,
            batch_size=settings.relay_batch_size,
            poll_seconds=settings.relay_safety_poll_seconds
            if woken
            else settings.relay_poll_seconds,
        )
        self._relay_task = asyncio.create_task(
            self._relay_when_routed(), name=f"{self._service}-relay"
        )
        if woken:
            listener = CommitListener(settings.database_url, self._relay.wake)
            self._listener_task = asyncio.create_task(
                listener.run(self._listener_stopping), name=f"{self._service}-outbox-listener"
            )

    async def _count_dead_letters(self) -> None:
        """dead_letter_queue_messages{queue} for this service's queues, every sampling period."""
        assert self.connection is not None
        queues = [queue_name(self._service, s.contract) for s in self._subscriptions]
        while not self._sampling.stopping.is_set():
            try:
                for queue, count in (await dead_letter_counts(self.connection, queues)).items():
                    DEAD_LETTERS_HELD.labels(queue).set(count)
            except Exception as exc:  # the broker is away: the robust connection comes back
                log.debug("dead_letter_count_failed", error=repr(exc))
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(
                    self._sampling.stopping.wait(), self._settings.metrics_sample_seconds
                )

    async def _start_operations(self) -> None:
        if self._settings.worker_port is None:
            return
        if self._migrations is None:  # only the tests' own probe service has none
            raise ValueError(f"{self._service}: a worker port needs the service's migrations")
        app = worker_app(
            self._service, self._migrations, sessions=self._sessions, broker=self._broker_state
        )
        self.operations = OperationsServer(
            app, host=self._settings.worker_host, port=self._settings.worker_port
        )
        await self.operations.start()

    async def _broker_state(self) -> str | None:
        """None while the worker's own connection is up (its robust connection reconnects)."""
        if self.connection is None:
            return "not connected yet"
        if not self.connection.connected.is_set():
            return "connection lost, reconnecting"
        return None

    async def _relay_when_routed(self) -> None:
        """Publishes nothing until every queue this service's events must reach exists."""
        assert self.connection is not None
        assert self._relay is not None
        await await_routes(self.connection, self._service)
        self._routed = True
        await self._relay.run()

    async def stop(self) -> None:
        await self._stop_housekeeping()  # first: it reads through the connection closed below
        if self._listener_task is not None:
            self._listener_stopping.set()
            await asyncio.wait([self._listener_task], timeout=10)
        if self._relay is not None and self._relay_task is not None:
            self._relay.stop()
            if not self._routed:  # still waiting for the topology: nothing to finish
                self._relay_task.cancel()
            try:
                await asyncio.wait_for(self._relay_task, timeout=15)
            except asyncio.CancelledError:
                pass
            except TimeoutError:
                log.warning("outbox_relay_stop_timed_out")
        if self._consumer is not None:
            await self._consumer.stop()
        if self.connection is not None:
            try:  # closing waits on the broker; a broker that is gone must not hold us here
                await asyncio.wait_for(self.connection.close(), timeout=5)
            except Exception as exc:
                log.warning("connection_close_failed", error=repr(exc))
        await self._stop_operations()
        log.info("worker_stopped")

    async def _stop_housekeeping(self) -> None:
        self._sampling.stop()
        if self._retention is not None:
            self._retention.stop()
        self._periodic.stop()
        if self._housekeeping:
            await asyncio.gather(*self._housekeeping, return_exceptions=True)
            self._housekeeping = []

    async def _stop_operations(self) -> None:
        await self._stop_housekeeping()
        if self.operations is not None:
            await self.operations.stop()
            self.operations = None

    async def run_until_signalled(self) -> None:
        """Runs until SIGINT or SIGTERM, then stops gracefully."""
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, stop.set)
        starting = asyncio.create_task(self.start())
        stopped = asyncio.create_task(stop.wait())
        await asyncio.wait({starting, stopped}, return_when=asyncio.FIRST_COMPLETED)
        if not starting.done():  # signalled while still waiting for the broker
            starting.cancel()
            await self._stop_operations()
            return
        starting.result()
        await stopped
        await self.stop()


def _retention(
    sessions: async_sessionmaker[AsyncSession],
    settings: ServiceSettings,
    *,
    outbox: Table | None,
    inbox: Table | None,
    clock: Clock,
) -> Retention | None:
    """The purge of published outbox rows and old inbox rows; None with neither table."""
    if outbox is None and inbox is None:
        return None
    return Retention(
        sessions,
        outbox=outbox,
        inbox=inbox,
        clock=clock,
        outbox_days=settings.outbox_retention_days,
        inbox_days=settings.inbox_retention_days,
        every_seconds=settings.retention_every_seconds,
    )
