"""`make bench-cluster`: the system on a three-node RabbitMQ cluster with two replicas of every
API and worker, while one broker node is killed and brought back.

Applicants go the whole way as the portal takes them — SMS code (a notice notify sends), register,
the draft, submit — `--concurrency` at a time, for `--seconds`; a quarter of the way in, the node
leading review's submission queue is killed (SIGKILL), and half-way it is started again.
Printed: journeys per second before, during and after the outage, and the counts that must hold
— every accepted submission opened as exactly one case, every SMS code sent exactly once.

Not a test, and not run by CI: it needs haproxy, root (the nodes share the machine broker's Erlang
cookie) and a few minutes of an idle machine. The machine's own broker on 5672 is not touched."""

import argparse
import asyncio
import contextlib
import itertools
import os
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import create_async_engine

from bench.broker_cluster import BrokerCluster, Node, broker_cluster
from bench.scaling import processes
from deploy.local import ONE_ADDRESS_LIMITS, SERVICES
from deploy.mail_sink import start_mail_sink
from services.review.models import review_case
from shared.db.migrations import upgrade_async
from shared.logging import configure_logging
from shared.messaging.topology import declare_topologies
from tests.support.applications import fresh_application_body, prepared
from tests.support.infra import Databases, postgres_url
from tests.support.launched import wait_healthy
from tests.support.mail import free_port
from tests.support.phone_codes import SinkCodes, read_codes_with
from tests.support.system import TEST_AUTH_SECRET

REPLICAS = 2


@dataclass
class Journeys:
    done_at: list[float] = field(default_factory=list)  # when each submit was accepted
    accepted: list[str] = field(default_factory=list)  # their application ids
    failed: list[str] = field(default_factory=list)  # what went wrong, if anything


@dataclass(frozen=True)
class Deployment:
    api_ports: dict[str, list[int]]
    worker_ports: dict[str, list[int]]
    sms_dir: Path
    review_database: str


def _commands(
    cluster: BrokerCluster, urls: dict[str, str], workdir: Path, smtp_port: int
) -> tuple[Deployment, list[tuple[list[str], dict[str, str]]]]:
    common = {
        "AMQP_URL": cluster.url,
        "AUTH_SECRET": TEST_AUTH_SECRET,
        "LOG_LEVEL": "WARNING",
        "NOTIFY_SMTP_HOST": "127.0.0.1",
        "NOTIFY_SMTP_PORT": str(smtp_port),
        "NOTIFY_SMS_DIR": str(workdir / "sms"),
        "INTAKE_STORAGE_DIR": str(workdir / "files"),
        "INTAKE_LOGIN_FAILURES_PER_CLIENT": "100000/minute",
        **ONE_ADDRESS_LIMITS,
        **{f"{name.upper()}_DATABASE_URL": url for name, url in urls.items()},
    }
    api_ports = {s.name: [free_port() for _ in range(REPLICAS)] for s in SERVICES}
    worker_ports = {s.name: [free_port() for _ in range(REPLICAS)] for s in SERVICES}
    commands = []
    for service in SERVICES:
        module = f"services.{service.name}"
        for api, worker in zip(api_ports[service.name], worker_ports[service.name], strict=True):
            commands.append(([module, "api", "--port", str(api)], common))
            env = common | {f"{service.name.upper()}_WORKER_PORT": str(worker)}
            commands.append(([module, "worker"], env))
    deployment = Deployment(api_ports, worker_ports, workdir / "sms", urls["review"])
    return deployment, commands


async def _journeys(intakes: list[httpx.AsyncClient], seconds: float, concurrency: int) -> Journeys:
    """Applicants through the portal's requests, `concurrency` at a time, until `seconds`."""
    journeys = Journeys()
    started = time.perf_counter()
    replica = itertools.cycle(intakes)

    async def applicant() -> None:
        while time.perf_counter() - started < seconds:
            intake = next(replica)
            try:
                headers, application_id = await prepared(intake, fresh_application_body())
                answer = await intake.post(
                    f"/applications/{application_id}/submit", headers=headers
                )
            except (AssertionError, httpx.HTTPError) as error:
                journeys.failed.append(repr(error)[:200])
                continue
            if answer.status_code == 202:
                journeys.done_at.append(time.perf_counter() - started)
                journeys.accepted.append(application_id)
            else:
                journeys.failed.append(f"{answer.status_code} {answer.text[:200]}")

    await asyncio.gather(*(applicant() for _ in range(concurrency)))
    return journeys


def _leader_of(cluster: BrokerCluster, queue: str) -> Node:
    listing = cluster.ctl(cluster.nodes[0], "list_queues", "name", "leader", "--quiet")
    for line in listing.splitlines():
        name, _, leader = line.partition("\t")
        if name == queue:
            return next(node for node in cluster.nodes if node.name == leader.strip())
    raise RuntimeError(f"no queue {queue} on the cluster")


async def _outage(cluster: BrokerCluster, seconds: float, marks: dict[str, float]) -> None:
    """Kills the node leading review's submission queue a quarter of the way in, starts it
    again half-way; notes when each happened."""
    started = time.perf_counter()
    await asyncio.sleep(seconds / 4)
    node = _leader_of(cluster, "review.application_submitted")
    await asyncio.to_thread(cluster.kill_node, node)
    marks["killed"] = time.perf_counter() - started
    marks["node"] = float(cluster.nodes.index(node) + 1)
    await asyncio.sleep(max(0.0, seconds / 2 - (time.perf_counter() - started)))
    marks["restarting"] = time.perf_counter() - started
    await asyncio.to_thread(cluster.start_node, node)
    marks["back"] = time.perf_counter() - started


async def _cases(database_url: str, ids: list[str]) -> tuple[int, int]:
    """(cases, distinct applications) among `ids`, once every one is open or 5 min passed."""
    engine = create_async_engine(database_url)
    query = select(func.count(), func.count(review_case.c.application_id.distinct())).where(
        review_case.c.application_id.in_(ids)
    )
    deadline = time.perf_counter() + 300
    try:
        while True:
            async with engine.connect() as connection:
                cases, distinct = (await connection.execute(query)).one()
            if distinct >= len(ids) or time.perf_counter() > deadline:
                return int(cases), int(distinct)
            await asyncio.sleep(0.5)
    finally:
        await engine.dispose()


def _rate(done_at: list[float], start: float, end: float) -> float:
    return sum(1 for t in done_at if start <= t < end) / max(end - start, 1e-3)


async def _drive(deployment: Deployment, cluster: BrokerCluster, arguments: Any) -> None:
    ports = [p for service in SERVICES for p in deployment.api_ports[service.name]]
    ports += [p for service in SERVICES for p in deployment.worker_ports[service.name]]
    await asyncio.to_thread(wait_healthy, *ports, within=300)
    async with contextlib.AsyncExitStack() as stack:
        intakes = []
        for port in deployment.api_ports["intake"]:
            client = httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", timeout=120)
            await stack.enter_async_context(client)
            read_codes_with(client, SinkCodes(deployment.sms_dir))
            intakes.append(client)
        marks: dict[str, float] = {}
        journeys, _ = await asyncio.gather(
            _journeys(intakes, arguments.seconds, arguments.concurrency),
            _outage(cluster, arguments.seconds, marks),
        )
    cases, distinct = await _cases(deployment.review_database, journeys.accepted)
    sms = len(list(deployment.sms_dir.glob("*.json")))
    registered = len(journeys.accepted) + len(journeys.failed)
    before = _rate(journeys.done_at, 0, marks["killed"])
    during = _rate(journeys.done_at, marks["killed"], marks["back"])
    after = _rate(journeys.done_at, marks["back"], arguments.seconds)
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"\nthree-node cluster, {REPLICAS} replicas of every API and worker; load {load}")
    print(
        f"node zc{marks['node']:.0f} killed at {marks['killed']:.0f} s, restarted at "
        f"{marks['restarting']:.0f} s, back at {marks['back']:.0f} s"
    )
    print(
        f"journeys per second: before {before:.2f}, node down {during:.2f}, after {after:.2f} "
        f"(drop {100 * (1 - during / before) if before else 0:.0f} %; the lost node's share "
        f"is {100 / len(cluster.nodes):.0f} %)"
    )
    print(
        f"submits accepted {len(journeys.accepted)}, cases opened {distinct} "
        f"(lost {len(journeys.accepted) - distinct}, duplicated {cases - distinct}); "
        f"SMS codes sent {sms} for {registered} applicants asking"
    )
    if journeys.failed:
        print(f"{len(journeys.failed)} journeys failed, e.g. {journeys.failed[0]}")
    members = cluster.queue_members()
    print(f"quorum queues: {len(members)}, replicas each: {sorted(set(members.values()))}")


@contextlib.contextmanager
def _mail_sink(directory: Path) -> Iterator[int]:
    port = free_port()
    sink = start_mail_sink(directory, port=port)
    try:
        yield port
    finally:
        sink.stop()


async def _databases(databases: Databases) -> dict[str, str]:
    urls = {s.name: await databases.create(f"cluster_{s.name}") for s in SERVICES}
    for service in SERVICES:
        await upgrade_async(service.migrations, urls[service.name])
    return urls


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=240)
    parser.add_argument("--concurrency", type=int, default=6)
    arguments = parser.parse_args()
    configure_logging("bench", level="WARNING", json=False)
    with (
        postgres_url() as admin,
        tempfile.TemporaryDirectory(prefix="bench-cluster-") as workdir,
        broker_cluster() as cluster,
        _mail_sink(Path(workdir) / "mail") as smtp_port,
    ):
        databases = Databases(admin)
        try:
            urls = asyncio.run(_databases(databases))
            asyncio.run(declare_topologies(cluster.url, {s.name: 5 for s in SERVICES}))
            deployment, commands = _commands(cluster, urls, Path(workdir), smtp_port)
            with processes(commands, log=Path(workdir) / "services.log"):
                asyncio.run(_drive(deployment, cluster, arguments))
        finally:
            asyncio.run(databases.drop_all())


if __name__ == "__main__":
    main()
