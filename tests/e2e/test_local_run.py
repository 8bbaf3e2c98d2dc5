"""`make run`'s launcher, as a newcomer uses it: every service as a process, SQLite under var/,
the broker at AMQP_URL; an applicant registers, fills in the forms, uploads the photo and submits;
the submission reaches the first department; Ctrl-C stops everything."""

import asyncio
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.support.applications import application_body, submitted
from tests.support.infra import fresh_vhost
from tests.support.launched import launch, stop, wait_healthy
from tests.support.mail import free_port
from tests.support.phone_codes import SinkCodes, read_codes_with
from tests.support.system import TEST_AUTH_SECRET, directory_arrived

REPO = Path(__file__).resolve().parents[2]


def _launcher_env(amqp_url: str, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.endswith("_DATABASE_URL")}
    # a known secret, so the operator's command line and the launched services share it
    fixed = {"AMQP_URL": amqp_url, "PYTHONPATH": str(REPO), "AUTH_SECRET": TEST_AUTH_SECRET}
    return env | fixed | extra


@pytest.fixture
def own_amqp_url(amqp_url: str) -> Iterator[str]:
    """A vhost of the launched services' own: on the session's, the in-process services of the
    integration tests would compete with them for the same queues."""
    with fresh_vhost(amqp_url) as url:
        yield url


@pytest.fixture
def launched(
    tmp_path: Path, own_amqp_url: str
) -> Iterator[tuple[subprocess.Popen[bytes], int, int]]:
    intake_port, review_port = free_port(), free_port()
    env = _launcher_env(
        own_amqp_url,
        INTAKE_PORT=str(intake_port),
        REVIEW_PORT=str(review_port),
        COMMITTEE_PORT=str(free_port()),
        NOTIFY_PORT=str(free_port()),
        NOTIFY_SMTP_PORT=str(free_port()),
    )
    process = launch(cwd=tmp_path, env=env)
    try:
        yield process, intake_port, review_port
    finally:
        stop(process)


def _department_account(cwd: Path, organisation: str) -> dict[str, str]:
    """An account made as the operator makes one: review's command line, in make run's var/."""
    credentials = {"username": "xihu_hr", "password": "e2e-password-0001"}
    result = subprocess.run(
        [sys.executable, "-m", "services.review", "accounts", "create", "--username",
         credentials["username"], "--name", "王芳", "--org", organisation, "--password-stdin"],
        input=credentials["password"] + "\n", cwd=cwd, env=_launcher_env(""), text=True,
        capture_output=True, timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return credentials


async def test_make_run_serves_the_flow_and_stops_on_ctrl_c(
    launched: tuple[subprocess.Popen[bytes], int, int], tmp_path: Path, own_amqp_url: str
) -> None:
    process, intake_port, review_port = launched
    await asyncio.to_thread(wait_healthy, intake_port, review_port)
    async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{intake_port}") as intake:
        assert (await intake.get("/openapi.json")).status_code == 200
        # review publishes its directory at start; intake's employer step waits for it
        await directory_arrived(intake)
        read_codes_with(intake, SinkCodes(tmp_path / "var" / "sms"))  # notify's SMS sink
        application_id = await submitted(intake, application_body())
    clerk = await asyncio.to_thread(_department_account, tmp_path, "330106.county_hr")
    async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{review_port}") as review:
        assert (await review.get("/openapi.json")).status_code == 200
        token = (await review.post("/auth/login", json=clerk)).json()["access_token"]
        headers = {"Authorization": f"Bearer {token}"}
        deadline = time.monotonic() + 15
        while True:
            personal = await review.get("/cases", params={"list": "personal"}, headers=headers)
            if any(i["application_id"] == application_id for i in personal.json()["items"]):
                break
            assert time.monotonic() < deadline, "the case never reached the county HR's inbox"
            await asyncio.sleep(0.2)
    # what the operator's curl sees: each process's series moved with the submission
    async with httpx.AsyncClient() as http:
        review_worker = (await http.get(f"http://127.0.0.1:{review_port + 1000}/metrics")).text
        intake_api = (await http.get(f"http://127.0.0.1:{intake_port}/metrics")).text
        ready = await http.get(f"http://127.0.0.1:{intake_port + 1000}/ready")
    assert 'messages_consumed_total{queue="review.application_submitted"} 1.0' in review_worker
    assert 'http_requests_total{handler="/applications",method="POST",status="2xx"}' in intake_api
    assert ready.status_code == 200, ready.text
    assert (tmp_path / "var" / "intake.db").exists()
    assert (tmp_path / "var" / "review.db").exists()
    assert any((tmp_path / "var" / "intake-files").rglob("*")), "the photo was not stored"

    process.send_signal(signal.SIGINT)
    assert process.wait(timeout=30) == 0
    for port in (intake_port, review_port):
        async with httpx.AsyncClient() as client:
            with pytest.raises(httpx.ConnectError):
                await client.get(f"http://127.0.0.1:{port}/health", timeout=2)


def test_make_run_without_a_broker_says_how_to_start_one(tmp_path: Path) -> None:
    unreachable = f"amqp://guest:guest@127.0.0.1:{free_port()}/"
    result = subprocess.run(
        [sys.executable, "-m", "deploy.local"],
        cwd=tmp_path,
        env=_launcher_env(unreachable),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert "RabbitMQ is not reachable" in result.stderr
    assert "rabbitmq-server -detached" in result.stderr
