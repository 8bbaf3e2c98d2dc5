"""The whole system launched as `make run` launches it — every service's API and worker, the
gateway with the built pages — on free ports, its own vhost and its own PostgreSQL databases,
for the tests that drive it from outside (browser tests)."""

import contextlib
import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from tests.support.mail import free_port

REPO = Path(__file__).resolve().parents[2]
SERVICES = ("intake", "review", "committee", "notify")
AUTH_SECRET = "browser-tests-" + "k7Qp2xZr9LmW4vBn8TcY" * 2


@dataclass
class LaunchedSystem:
    """A running system: its one origin, its var/ folder and an operator logged in."""

    base_url: str
    var: Path
    env: dict[str, str]
    ports: dict[str, int]
    operator_token: str = ""
    _clients: dict[str, httpx.Client] = field(default_factory=dict)

    def api(self, service: str) -> httpx.Client:
        """An HTTP client of one service, through the gateway as the screens call it."""
        if service not in self._clients:
            self._clients[service] = httpx.Client(
                base_url=f"{self.base_url}/api/{service}", timeout=30
            )
        return self._clients[service]

    def as_operator(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.operator_token}"}

    def new_account(self, organisation: str | None, *, name: str = "王芳") -> dict[str, str]:
        """A department (or committee office) account of the organisation, made by the operator
        through review's admin API; `organisation=None` makes another operator."""
        username = f"u{uuid.uuid4().hex[:10]}"
        body: dict[str, Any] = {"username": username, "display_name": name}
        if organisation is None:
            body["kind"] = "admin"
        else:
            body["organisation_code"] = organisation
        answer = self.api("review").post("/admin/accounts", json=body, headers=self.as_operator())
        assert answer.status_code in (200, 201), answer.text
        return {"username": username, "password": answer.json()["password"]}

    def log_in(self, credentials: dict[str, str]) -> dict[str, str]:
        """Headers that act as the account."""
        answer = self.api("review").post("/auth/login", json=credentials)
        assert answer.status_code == 200, answer.text
        return {"Authorization": f"Bearer {answer.json()['access_token']}"}

    def mails(self) -> list[Path]:
        return sorted((self.var / "mail").glob("*"))

    def sms(self) -> list[Path]:
        return sorted((self.var / "sms").glob("*"))

    def close(self) -> None:
        for client in self._clients.values():
            client.close()


@contextlib.contextmanager
def launched_system(
    *,
    workdir: Path,
    amqp_url: str,
    database_urls: dict[str, str],
    extra_env: dict[str, str] | None = None,
) -> Iterator[LaunchedSystem]:
    """`python -m deploy.local` in `workdir` (its var/ lives there), stopped like Ctrl-C and
    then, whatever is left of its process group, killed. `extra_env` adds settings."""
    ports = {name: free_port() for name in (*SERVICES, "gateway", "smtp")}
    env = {k: v for k, v in os.environ.items() if not k.endswith("_DATABASE_URL")}
    env |= {
        "AMQP_URL": amqp_url,
        "PYTHONPATH": str(REPO),
        "AUTH_SECRET": AUTH_SECRET,
        "GATEWAY_PORT": str(ports["gateway"]),
        "NOTIFY_SMTP_PORT": str(ports["smtp"]),
        **{f"{name.upper()}_PORT": str(ports[name]) for name in SERVICES},
        **{f"{name.upper()}_DATABASE_URL": url for name, url in database_urls.items()},
        **(extra_env or {}),
    }
    log = (workdir / "launcher.log").open("wb")
    process = launch(cwd=workdir, env=env, stdout=log, stderr=subprocess.STDOUT)
    base_url = f"http://127.0.0.1:{ports['gateway']}"
    system = LaunchedSystem(base_url=base_url, var=workdir / "var", env=env, ports=ports)
    try:
        _wait_until_up(system, process, workdir / "launcher.log")
        system.operator_token = _operator_token(system, workdir)
        yield system
    finally:
        system.close()
        stop(process)
        log.close()


def _wait_until_up(
    system: LaunchedSystem, process: subprocess.Popen[bytes], log: Path, within: float = 180
) -> None:
    deadline = time.monotonic() + within
    for service in SERVICES:
        while True:
            assert process.poll() is None, f"make run stopped:\n{log.read_text()[-4000:]}"
            try:
                if system.api(service).get("/ready", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert time.monotonic() < deadline, (
                f"{service} never answered /ready:\n" + (log.read_text()[-4000:])
            )
            time.sleep(0.3)


def _operator_token(system: LaunchedSystem, workdir: Path) -> str:
    """The first operator, made as the README says: review's command line."""
    credentials = {"username": "ops", "password": "operator-Browser-2026!"}
    command = [sys.executable, "-m", "services.review", "accounts", "create"]
    arguments = ["--username", "ops", "--name", "运维", "--admin", "--password-stdin"]
    result = subprocess.run(
        [*command, *arguments],
        input=credentials["password"] + "\n",
        cwd=workdir,
        env=system.env,
        text=True,
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return system.log_in(credentials)["Authorization"].removeprefix("Bearer ")


def launch(*, cwd: Path, env: dict[str, str], **popen: Any) -> subprocess.Popen[bytes]:
    """`make run`'s launcher in a process group of its own, with every process it starts."""
    command = [sys.executable, "-m", "deploy.local"]
    return subprocess.Popen(command, cwd=cwd, env=env, start_new_session=True, **popen)


def stop(process: subprocess.Popen[bytes]) -> None:
    """Ctrl-C, as a user stops it; then, whatever is left of its group (a test that failed
    midway must not leave API and worker processes behind), killed."""
    if process.poll() is None:
        process.send_signal(signal.SIGINT)
        with contextlib.suppress(subprocess.TimeoutExpired):
            process.wait(timeout=30)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)
    process.wait()


def wait_healthy(*ports: int, within: float = 60) -> None:
    """Until each service on these ports answers /ready."""
    deadline = time.monotonic() + within
    for port in ports:
        while True:
            try:
                if httpx.get(f"http://127.0.0.1:{port}/ready", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert time.monotonic() < deadline, f"service on port {port} never became healthy"
            time.sleep(0.2)
