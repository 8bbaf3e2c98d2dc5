"""`make run`'s launcher, as a newcomer uses it: every service as a process, SQLite under var/,
the broker at AMQP_URL; a submission reaches the first department; Ctrl-C stops everything."""

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.support.applications import application_body

REPO = Path(__file__).resolve().parents[2]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _launcher_env(amqp_url: str, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.endswith("_DATABASE_URL")}
    return env | {"AMQP_URL": amqp_url, "PYTHONPATH": str(REPO)} | extra


@pytest.fixture
def launched(tmp_path: Path, amqp_url: str) -> Iterator[tuple[subprocess.Popen[bytes], int, int]]:
    intake_port, review_port = _free_port(), _free_port()
    env = _launcher_env(amqp_url, INTAKE_PORT=str(intake_port), REVIEW_PORT=str(review_port))
    process = subprocess.Popen([sys.executable, "-m", "deploy.local"], cwd=tmp_path, env=env)
    try:
        yield process, intake_port, review_port
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def _wait_healthy(*ports: int, within: float = 60) -> None:
    deadline = time.monotonic() + within
    for port in ports:
        while True:
            try:
                if httpx.get(f"http://127.0.0.1:{port}/health", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert time.monotonic() < deadline, f"service on port {port} never became healthy"
            time.sleep(0.2)


def test_make_run_serves_the_flow_and_stops_on_ctrl_c(
    launched: tuple[subprocess.Popen[bytes], int, int], tmp_path: Path
) -> None:
    process, intake_port, review_port = launched
    _wait_healthy(intake_port, review_port)
    for port in (intake_port, review_port):
        assert httpx.get(f"http://127.0.0.1:{port}/openapi.json").status_code == 200
    submitted = httpx.post(f"http://127.0.0.1:{intake_port}/applications", json=application_body())
    assert submitted.status_code == 202, submitted.text
    application_id = submitted.json()["id"]

    deadline = time.monotonic() + 15
    while True:
        inbox = httpx.get(
            f"http://127.0.0.1:{review_port}/inbox", params={"org": "330106.county_hr"}
        )
        if any(i["application_id"] == application_id for i in inbox.json()["items"]):
            break
        assert time.monotonic() < deadline, "the case never reached the county HR's inbox"
        time.sleep(0.2)
    assert (tmp_path / "var" / "intake.db").exists()
    assert (tmp_path / "var" / "review.db").exists()

    process.send_signal(signal.SIGINT)
    assert process.wait(timeout=30) == 0
    for port in (intake_port, review_port):
        with pytest.raises(httpx.ConnectError):
            httpx.get(f"http://127.0.0.1:{port}/health", timeout=2)


def test_make_run_without_a_broker_says_how_to_start_one(tmp_path: Path) -> None:
    unreachable = f"amqp://guest:guest@127.0.0.1:{_free_port()}/"
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
