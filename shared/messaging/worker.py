"""The long-running half of a service: its consumers and its outbox relay on one connection."""

import asyncio
import signal
from collections.abc import Callable, Sequence

import structlog
from aio_pika.abc import AbstractRobustConnection
from sqlalchemy import Table
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from shared.db import Clock
from shared.db.availability import database_probe
from shared.messaging.connection import connect
from shared.messaging.consumer import Consumer, InboxUnitOfWork, Subscription
from shared.messaging.publisher import Publisher
from shared.messaging.relay import OutboxRelay
from shared.messaging.topology import await_routes
from shared.messaging.wakeup import CommitListener, listens
from shared.settings import ServiceSettings

log = structlog.get_logger(__name__)


class Worker:
    def __init__(
        self,
        *,
        service: str,
        settings: ServiceSettings,
        sessions: async_sessionmaker[AsyncSession],
        outbox: Table,
        uow_factory: Callable[[], InboxUnitOfWork],
        subscriptions: Sequence[Subscription],
        clock: Clock,
    ) -> None:
        self._service = service
        self._settings = settings
        self._sessions = sessions
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

    async def start(self) -> None:
        """Connects (waiting for the broker if needed), starts consuming and relaying."""
        settings = self._settings
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
        woken = listens(settings.database_url)
        self._relay = OutboxRelay(
            self._sessions,
            self._outbox,
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
        log.info(
            "worker_started",
            routing_keys=[k for s in self._subscriptions for k in s.by_routing_key],
        )

    async def _relay_when_routed(self) -> None:
        """Publishes nothing until every queue this service's events must reach exists."""
        assert self.connection is not None
        assert self._relay is not None
        await await_routes(self.connection, self._service)
        self._routed = True
        await self._relay.run()

    async def stop(self) -> None:
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
        log.info("worker_stopped")

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
            return
        starting.result()
        await stopped
        await self.stop()
