"""What the operator asks every process: /health, /ready and /metrics, on the APIs and on a
worker's own port, against the real database and broker."""

import dataclasses
import re
import socket
from pathlib import Path

import httpx
from structlog.testing import capture_logs
from yarl import URL

from services.intake import bootstrap as intake_bootstrap
from services.intake.main import create_app
from services.intake.settings import IntakeSettings
from services.review.main import create_app as create_review_app
from tests.support.departments import operator
from tests.support.infra import Databases
from tests.support.polling import eventually
from tests.support.system import SMALL_POOLS, TEST_AUTH_SECRET, RunningSystem, client
from tests.support.tcp_proxy import TcpProxy

CHECKS = ["database", "broker", "migrations"]


def sample(metrics: str, name: str, **labels: str) -> float:
    """The value of one series in a Prometheus text page (0 when it is not there)."""
    wanted = ",".join(f'{key}="{value}"' for key, value in sorted(labels.items()))
    for line in metrics.splitlines():
        match = re.fullmatch(r"([a-z_]+)(?:\{(.*)\})? (\S+)", line)
        if match and match[1] == name and _sorted_labels(match[2] or "") == wanted:
            return float(match[3])
    return 0.0


def _sorted_labels(text: str) -> str:
    return ",".join(sorted(part for part in re.findall(r'[a-z_]+="[^"]*"', text)))


async def test_an_api_lives_and_is_ready(system: RunningSystem) -> None:
    for api in (system.intake, system.review):
        assert (await api.get("/health")).status_code == 200
        ready = await api.get("/ready")
        assert ready.status_code == 200, ready.text
        body = ready.json()
        assert body["ready"] is True
        assert [check["name"] for check in body["checks"]] == CHECKS
        assert all(check["ok"] for check in body["checks"]), body


async def test_an_api_without_its_migrations_or_broker_is_not_ready(
    databases: Databases, tmp_path: Path
) -> None:
    settings = IntakeSettings(
        database_url=await databases.create("unmigrated"),  # empty: no revision at all
        storage_dir=str(tmp_path),
        **{"AMQP_URL": "amqp://guest:guest@127.0.0.1:1/", "AUTH_SECRET": TEST_AUTH_SECRET},
        **SMALL_POOLS,
    )
    async with client(create_app(settings), "intake") as intake:
        assert (await intake.get("/health")).status_code == 200  # it lives all the same
        ready = await intake.get("/ready")
    assert ready.status_code == 503
    body = ready.json()
    assert body["ready"] is False
    checks = {check["name"]: check for check in body["checks"]}
    assert checks["database"]["ok"] is True
    assert checks["broker"]["ok"] is False
    assert "unreachable" in checks["broker"]["detail"]
    assert checks["migrations"]["ok"] is False
    assert "run migrate" in checks["migrations"]["detail"]


async def test_an_api_counts_requests_by_route_and_refused_logins(system: RunningSystem) -> None:
    before = (await system.intake.get("/metrics")).text
    refused = await system.intake.post(
        "/accounts/token", json={"id_number": "330102199001011234", "password": "wrong-one"}
    )
    assert refused.status_code == 401
    await system.intake.get("/health")
    after = (await system.intake.get("/metrics")).text
    route = {"handler": "/accounts/token", "method": "POST", "status": "4xx"}
    assert (
        sample(after, "http_requests_total", **route)
        == sample(before, "http_requests_total", **route) + 1
    )
    assert sample(after, "login_failures_total", kind="applicant") >= 1 + sample(
        before, "login_failures_total", kind="applicant"
    )
    assert "http_request_duration_seconds_bucket" in after
    assert 'handler="/health"' in after


async def test_a_worker_serves_health_readiness_and_metrics_on_its_own_port(
    system: RunningSystem,
) -> None:
    services = system.intake_services
    with_port = services.settings.model_copy(update={"worker_port": 0})
    worker = intake_bootstrap.build_worker(dataclasses.replace(services, settings=with_port))
    await worker.start()
    try:
        assert worker.operations is not None
        assert worker.operations.port
        base = f"http://127.0.0.1:{worker.operations.port}"
        async with httpx.AsyncClient(base_url=base) as http:
            assert (await http.get("/health")).status_code == 200
            ready = await http.get("/ready")

            async def dead_letters_counted() -> str | None:
                page = (await http.get("/metrics")).text
                return page if "dead_letter_queue_messages{" in page else None

            metrics = await eventually(dead_letters_counted, what="the dead-letter queues read")
    finally:
        await worker.stop()
    assert ready.status_code == 200, ready.text
    assert [check["name"] for check in ready.json()["checks"]] == CHECKS
    # review's directory reached intake when the session's system started
    assert sample(metrics, "messages_consumed_total", queue="intake.directory_published") >= 1
    for check in CHECKS:
        assert sample(metrics, "ready", check=check) == 1
    queue = "intake.directory_published"
    assert re.search(rf'^dead_letter_queue_messages{{queue="{queue}"}} \d', metrics, re.MULTILINE)
    for series in ("outbox_backlog", "outbox_oldest_unpublished_age_seconds"):
        assert re.search(rf"^{series} \d", metrics, re.MULTILINE), series


async def test_a_worker_whose_port_is_taken_works_on_and_says_so(system: RunningSystem) -> None:
    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = taken.getsockname()[1]
        services = system.intake_services
        with_port = services.settings.model_copy(update={"worker_port": port})
        worker = intake_bootstrap.build_worker(dataclasses.replace(services, settings=with_port))
        with capture_logs() as logs:
            await worker.start()
        try:
            assert worker.connection is not None  # it consumes and relays all the same
            [line] = [entry for entry in logs if entry["event"] == "operations_server_unavailable"]
            assert line["port"] == port
        finally:
            await worker.stop()


def _through(amqp_url: str, proxy: TcpProxy) -> str:
    return str(URL(amqp_url).with_host("127.0.0.1").with_port(proxy.port))


async def _broker_check(http: httpx.AsyncClient, status: int) -> dict[str, object] | None:
    answer = await http.get("/ready")
    if answer.status_code != status:
        return None
    checks: dict[str, dict[str, object]] = {c["name"]: c for c in answer.json()["checks"]}
    return checks["broker"]


async def test_a_worker_and_an_api_are_not_ready_while_their_broker_is_away(
    system: RunningSystem, tmp_path: Path
) -> None:
    broker = URL(system.amqp_url)
    proxy = TcpProxy(broker.host or "127.0.0.1", broker.port or 5672)
    await proxy.start()
    services = system.intake_services
    settings = services.settings.model_copy(
        update={"worker_port": 0, "amqp_url": _through(system.amqp_url, proxy)}
    )
    worker = intake_bootstrap.build_worker(dataclasses.replace(services, settings=settings))
    await worker.start()
    try:
        assert worker.operations is not None
        assert worker.operations.port
        base = f"http://127.0.0.1:{worker.operations.port}"
        async with (
            httpx.AsyncClient(base_url=base) as worker_http,
            client(create_app(settings.model_copy(update={"worker_port": None})), "intake") as api,
        ):
            for http in (worker_http, api):
                up = await _broker_check(http, 200)
                assert up is not None
                assert up["ok"] is True

            await proxy.stop()  # the broker is away for these two processes only
            for http in (worker_http, api):
                down = await eventually(
                    lambda http=http: _broker_check(http, 503), what="not ready without a broker"
                )
                assert down["ok"] is False
                assert "unreachable" in str(down["detail"])
            assert (await worker_http.get("/health")).status_code == 200  # it lives on

            await proxy.start()  # back, on the same port: the robust connection returns
            for http in (worker_http, api):
                again = await eventually(
                    lambda http=http: _broker_check(http, 200),
                    within=30,
                    what="ready again once the broker answers",
                )
                assert again["ok"] is True
    finally:
        await worker.stop()
        await proxy.stop()


async def test_the_console_reads_each_workers_own_readiness_through_review(
    system: RunningSystem,
) -> None:
    services = system.intake_services
    with_port = services.settings.model_copy(update={"worker_port": 0})
    worker = intake_bootstrap.build_worker(dataclasses.replace(services, settings=with_port))
    await worker.start()
    try:
        assert worker.operations is not None
        urls = {
            "intake": f"http://127.0.0.1:{worker.operations.port}/ready",
            "committee": "http://127.0.0.1:1/ready",  # nothing answers there
        }
        settings = system.review_services.settings.model_copy(update={"worker_ready_urls": urls})
        ops = await operator(system)
        async with client(create_review_app(settings), "review") as review:
            answer = await review.get("/admin/system/workers", headers=ops.headers)
            refused = await review.get("/admin/system/workers")
    finally:
        await worker.stop()
    assert refused.status_code == 401
    assert answer.status_code == 200, answer.text
    found = {w["service"]: w for w in answer.json()}
    assert list(found) == ["intake", "review", "committee", "notify"]
    assert found["intake"]["ready"] is True
    assert [c["name"] for c in found["intake"]["checks"]] == CHECKS
    assert all(c["ok"] for c in found["intake"]["checks"])
    assert found["committee"]["ready"] is False
    assert "无应答" in found["committee"]["error"]
    assert found["review"]["url"] is None
    assert "未配置" in found["review"]["error"]
