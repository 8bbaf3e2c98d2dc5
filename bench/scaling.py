"""The processes of the bench, as deployed: intake's and review's workers beside the APIs
(every row that needs them), and the two rows of issue 17 that need processes of their own: one
review worker against two on the same backlog, and submits offered past what one intake API can
serve.

Both use the databases and the vhost of the bench's running system; the processes are the
services' own entrypoints (`python -m services.<name> worker|api`), so the operating system, not
one event loop, shares the two cores between them."""

import asyncio
import contextlib
import os
import subprocess
import sys
import time
import uuid
from collections import Counter
from collections.abc import AsyncIterator, Iterator
from datetime import datetime
from pathlib import Path

import httpx
from sqlalchemy import select

from bench.rows import Row
from services.review.models import review_case
from tests.support.departments import publish_submissions, submitted_event
from tests.support.launched import stop, wait_healthy
from tests.support.mail import free_port
from tests.support.system import TEST_AUTH_SECRET, RunningSystem, service_amqp_urls

REPO = Path(__file__).resolve().parents[1]


def _environment(system: RunningSystem, service: str, **extra: str) -> dict[str, str]:
    """What `make run` gives one service's process, pointed at the bench's databases."""
    prefix = service.upper()
    services = {"intake": system.intake_services, "review": system.review_services}
    return {
        **os.environ,
        "PYTHONPATH": str(REPO),
        "AUTH_SECRET": TEST_AUTH_SECRET,
        "LOG_LEVEL": "WARNING",
        f"{prefix}_DATABASE_URL": services[service].settings.database_url,
        f"{prefix}_AMQP_URL": service_amqp_urls(system.amqp_url)[service],
        **extra,
    }


@contextlib.contextmanager
def processes(
    commands: list[tuple[list[str], dict[str, str]]], *, log: Path | None = None
) -> Iterator[None]:
    """Each `python -m <command>` with its environment, until the block ends; what they log
    goes to `log` (else nowhere: the bench prints figures)."""
    with contextlib.ExitStack() as stack:
        output = stack.enter_context(log.open("ab")) if log else subprocess.DEVNULL
        started = [
            subprocess.Popen(
                [sys.executable, "-m", *command],
                cwd=REPO,
                env=env,
                start_new_session=True,
                stdout=output,
                stderr=output,
            )
            for command, env in commands
        ]
        try:
            yield
        finally:
            for process in started:
                stop(process)


@contextlib.asynccontextmanager
async def workers_as_deployed(system: RunningSystem) -> AsyncIterator[None]:
    """Intake's and review's workers as processes of their own (`python -m services.<name>
    worker`), as deployed, in place of the running system's in-process ones: the bench's
    process then holds the APIs alone, and a submit's CPU is the API's, not the workers'."""
    await system.review_worker.stop()
    await system.intake_worker.stop()
    storage = str(system.intake_services.settings.storage_dir)
    ports = {"intake": free_port(), "review": free_port()}
    commands = [
        (
            [f"services.{service}", "worker"],
            _environment(
                system,
                service,
                **{f"{service.upper()}_WORKER_PORT": str(port)},
                **({"INTAKE_STORAGE_DIR": storage} if service == "intake" else {}),
            ),
        )
        for service, port in ports.items()
    ]
    with processes(commands):
        await asyncio.to_thread(wait_healthy, *ports.values())
        yield


# -- one review worker against two --------------------------------------------------------------


async def _backlog(system: RunningSystem, count: int) -> list[uuid.UUID]:
    """`count` submissions waiting in review's queue, published as intake publishes them."""
    ids = [uuid.uuid4() for _ in range(count)]
    for start in range(0, count, 200):
        batch = [submitted_event(application_id=i, name="压测") for i in ids[start : start + 200]]
        await publish_submissions(system.amqp_url, batch)
    return ids


async def opened_times(system: RunningSystem, ids: list[uuid.UUID]) -> list[datetime]:
    query = select(review_case.c.opened_at).where(review_case.c.application_id.in_(ids))
    deadline = time.perf_counter() + 600
    while True:
        async with system.review_services.engine.connect() as connection:
            opened = sorted((await connection.scalars(query)).all())
        if len(opened) >= len(ids):
            return opened
        if time.perf_counter() > deadline:
            raise TimeoutError(f"only {len(opened)} of {len(ids)} cases opened in 10 min")
        await asyncio.sleep(0.2)


async def _drain_rate(system: RunningSystem, workers: int, count: int) -> float:
    """Cases opened per second while `workers` processes drain a backlog of `count`."""
    ids = await _backlog(system, count)
    ports = [free_port() for _ in range(workers)]
    commands = [
        (["services.review", "worker"], _environment(system, "review", REVIEW_WORKER_PORT=str(p)))
        for p in ports
    ]
    with processes(commands):
        opened = await opened_times(system, ids)
    return _rate(opened)


def _rate(opened: list[datetime]) -> float:
    """Cases opened per second between the 10th and the 90th percentile of their opening
    times: the processes' start-up and the last stragglers are not the rate."""
    low, high = opened[len(opened) // 10], opened[len(opened) * 9 // 10]
    return (len(opened) * 0.8) / max((high - low).total_seconds(), 1e-3)


async def relayed_rate(system: RunningSystem, ids: list[uuid.UUID]) -> float:
    """Accepted submissions waiting in intake's outbox (no worker running when they were
    made), then intake's and review's worker processes started: the cases opened per second
    as intake's relay publishes them and review's consumer opens them."""
    async with workers_as_deployed(system):
        return _rate(await opened_times(system, ids))


async def workers_row(system: RunningSystem, count: int) -> Row:
    """The same backlog drained by one review worker process, then by two."""
    # from here on review's consumers are the processes below; intake's worker stops too, as
    # the synthetic applications are not intake's and it would only retry their progress
    await system.review_worker.stop()
    await system.intake_worker.stop()
    one = await _drain_rate(system, 1, count)
    two = await _drain_rate(system, 2, count)
    return Row(
        f"1 → 2 review workers, a backlog of {count}",
        f"1: {one:.0f}/s, 2: {two:.0f}/s",
        "2 × (two cores)",
        two / one,
        "≥ 1.8 ×",
        two / one >= 1.8,
    )


# -- past capacity ------------------------------------------------------------------------------


async def _offer(
    api: httpx.AsyncClient, ready: list[tuple[dict[str, str], str]], per_second: float
) -> tuple[Counter[int], list[tuple[dict[str, str], str, str]]]:
    """Every submit offered at `per_second`, each with its own Idempotency-Key; the statuses
    answered, and the shed ones (503) to retry."""
    statuses: Counter[int] = Counter()
    shed: list[tuple[dict[str, str], str, str]] = []

    async def one(headers: dict[str, str], application_id: str) -> None:
        key = str(uuid.uuid4())
        answer = await api.post(
            f"/applications/{application_id}/submit", headers=headers | {"Idempotency-Key": key}
        )
        statuses[answer.status_code] += 1
        if answer.status_code == 503:
            assert answer.headers.get("Retry-After"), "a 503 without Retry-After"
            shed.append((headers, application_id, key))

    offered = []
    for headers, application_id in ready:
        offered.append(asyncio.create_task(one(headers, application_id)))
        await asyncio.sleep(1 / per_second)
    await asyncio.gather(*offered)
    return statuses, shed


async def _retried(
    api: httpx.AsyncClient, shed: list[tuple[dict[str, str], str, str]]
) -> Counter[int]:
    """The shed submits retried as a client would: after Retry-After, with the same key."""
    statuses: Counter[int] = Counter()
    for headers, application_id, key in shed:
        for _ in range(10):
            answer = await api.post(
                f"/applications/{application_id}/submit",
                headers=headers | {"Idempotency-Key": key},
            )
            if answer.status_code != 503:
                break
            await asyncio.sleep(float(answer.headers.get("Retry-After", "1")))
        statuses[answer.status_code] += 1
    return statuses


async def capacity_row(
    system: RunningSystem, ready: list[tuple[dict[str, str], str]], per_second: float = 50
) -> Row:
    """Submits offered at `per_second` to one intake API process (uvicorn, the deployed pool)
    for as many drafts as are `ready`; what it answers, and what the shed ones' retries get."""
    port = free_port()
    storage = str(system.intake_services.settings.storage_dir)
    env = _environment(system, "intake", INTAKE_STORAGE_DIR=storage)
    with processes([(["services.intake", "api", "--port", str(port)], env)]):
        await asyncio.to_thread(wait_healthy, port)
        # applicants are clients of their own, each with its connection: not one client's 100
        limits = httpx.Limits(max_connections=None, max_keepalive_connections=None)
        base = f"http://127.0.0.1:{port}"
        async with httpx.AsyncClient(base_url=base, timeout=60, limits=limits) as api:
            started = time.perf_counter()
            statuses, shed = await _offer(api, ready, per_second)
            took = time.perf_counter() - started
            retried = await _retried(api, shed)
    errors = sum(n for status, n in statuses.items() if status >= 500 and status != 503)
    served = statuses[202] + retried[202]
    return Row(
        f"past capacity, {len(ready)} submits offered at {per_second:.0f}/s",
        f"in {took:.0f} s {statuses[202]} served, {statuses[503]} shed (503), {errors} × 5xx; "
        f"retries: {retried[202]} of {len(shed)} served",
        "—",
        float(errors),
        "0 × 500, every shed submit served on retry",
        errors == 0 and served == len(ready),
    )
