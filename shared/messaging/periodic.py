"""A worker's own jobs that run every so often (review's 催办), beside its consumers: each job
runs at start and then every `every_seconds`; a run that fails (the database away) is logged and
the job carries on at its next turn."""

import asyncio
import contextlib
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass

import structlog

log = structlog.get_logger(__name__)


@dataclass(frozen=True)
class PeriodicJob:
    name: str
    every_seconds: float
    run: Callable[[], Awaitable[object]]


class Periodic:
    def __init__(self, jobs: Sequence[PeriodicJob]) -> None:
        self._jobs = jobs
        self._stopping = asyncio.Event()

    async def run(self) -> None:
        await asyncio.gather(*(self._keep_running(job) for job in self._jobs))

    def stop(self) -> None:
        self._stopping.set()

    async def _keep_running(self, job: PeriodicJob) -> None:
        while not self._stopping.is_set():
            try:
                await job.run()
            except Exception as error:  # the next turn tries again
                log.warning("periodic_job_failed", job=job.name, error=repr(error)[:300])
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stopping.wait(), timeout=job.every_seconds)
