"""The consumer's view of its database: open while it answers, closed while it is away.

A message whose handler fails because the database cannot be reached is not at fault. The
consumer asks the gate to confirm the outage (one probe, shared by every message that failed at
the same moment); while the gate is closed, every message in hand waits — unacked, so the broker
hands out nothing more than the prefetch and counts no delivery — and one task probes the
database with backoff. When it answers, the gate opens and the messages are retried in place,
as the same delivery."""

import asyncio
import contextlib

import structlog

from shared.db.availability import Probe

log = structlog.get_logger(__name__)


class OutageGate:
    def __init__(
        self,
        probe: Probe,
        *,
        name: str,
        first_delay: float = 0.5,
        max_delay: float = 10.0,
        probe_timeout: float = 5.0,
    ) -> None:
        self._probe = probe
        self._name = name
        self._first_delay = first_delay
        self._max_delay = max_delay
        self._probe_timeout = probe_timeout
        self._open = asyncio.Event()
        self._open.set()
        self._lock = asyncio.Lock()
        self._prober: asyncio.Task[None] | None = None
        self.stopping = False

    @property
    def is_open(self) -> bool:
        return self._open.is_set() and not self.stopping

    async def wait_open(self) -> bool:
        """Returns once the database answers (True), or when the consumer stops (False)."""
        await self._open.wait()
        return not self.stopping

    async def confirm(self, error: BaseException) -> bool:
        """After an error that says the database is unreachable: True if it is (the gate is now
        closed until a probe succeeds), False if it answers right now (a passing fault)."""
        async with self._lock:
            if not self._open.is_set():
                return True
            if await self._answers():
                return False
            self._open.clear()
            log.warning(
                "consumer_paused_database_unavailable", consumer=self._name, error=repr(error)
            )
            self._prober = asyncio.create_task(
                self._probe_until_it_answers(), name=f"{self._name}-probe"
            )
            return True

    def stop(self) -> None:
        """Wakes every waiting message so the consumer can stop; they are left unacked."""
        self.stopping = True
        if self._prober is not None:
            self._prober.cancel()
        self._open.set()

    async def _answers(self) -> bool:
        try:
            await asyncio.wait_for(self._probe(), timeout=self._probe_timeout)
        except Exception:
            return False
        return True

    async def _probe_until_it_answers(self) -> None:
        loop = asyncio.get_running_loop()
        started = loop.time()
        delay, probes = self._first_delay, 0
        while True:
            await asyncio.sleep(delay)
            probes += 1
            if await self._answers():
                break
            delay = min(delay * 2, self._max_delay)
        log.info(
            "consumer_resumed_database_available",
            consumer=self._name,
            paused_seconds=round(loop.time() - started, 1),
            probes=probes,
        )
        self._open.set()

    async def aclose(self) -> None:
        self.stop()
        if self._prober is not None:
            with contextlib.suppress(asyncio.CancelledError):
                await self._prober
