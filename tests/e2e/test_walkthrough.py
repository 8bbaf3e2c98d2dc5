"""The README's "Try it" and docs/walkthrough.md, followed word for word in a second terminal
while `make run` is up (no AUTH_SECRET set: the commands find make run's var/auth-secret), and
`make demo` filling the same system, twice."""

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.support.infra import fresh_vhost
from tests.support.launched import launch, stop, wait_healthy
from tests.support.mail import free_port
from tests.support.walkthrough import on_ports, shell_blocks

REPO = Path(__file__).resolve().parents[2]


@dataclass
class Running:
    cwd: Path
    ports: dict[str, int]

    def env(self) -> dict[str, str]:
        """A second terminal's environment: no AUTH_SECRET, make run's ports."""
        env = {k: v for k, v in os.environ.items() if k != "AUTH_SECRET"}
        env = {k: v for k, v in env.items() if not k.endswith("_DATABASE_URL")}
        ports = {f"{name.upper()}_PORT": str(port) for name, port in self.ports.items()}
        return env | ports | {"PYTHONPATH": str(REPO)}

    def bash(self, script: str, timeout: float = 400) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["bash", "-c", "set -euo pipefail\n" + on_ports(script, self.ports)],
            cwd=self.cwd, env=self.env(), capture_output=True, text=True, timeout=timeout,
            check=False,
        )  # fmt: skip


@pytest.fixture(scope="module")
def running(amqp_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Running]:
    for tool in ("curl", "jq"):
        if shutil.which(tool) is None:
            pytest.fail(f"the walk-through needs {tool}: apt-get install -y {tool}", pytrace=False)
    cwd = tmp_path_factory.mktemp("make-run")
    (cwd / ".venv").symlink_to(REPO / ".venv")  # the README's commands call .venv/bin/python
    ports = {name: free_port() for name in ("intake", "review", "committee", "notify")}
    with fresh_vhost(amqp_url) as own_url:
        env = {k: v for k, v in os.environ.items() if k != "AUTH_SECRET"}
        env = {k: v for k, v in env.items() if not k.endswith("_DATABASE_URL")}
        env |= {f"{name.upper()}_PORT": str(port) for name, port in ports.items()}
        env |= {"AMQP_URL": own_url, "PYTHONPATH": str(REPO), "NOTIFY_SMTP_PORT": str(free_port())}
        env |= {"GATEWAY_PORT": str(free_port())}
        process = launch(cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            wait_healthy(ports["intake"], ports["review"], ports["committee"], within=240)
            yield Running(cwd, ports)
        finally:
            stop(process)


def test_the_readme_try_it_works_in_a_second_terminal(running: Running) -> None:
    [block] = shell_blocks(REPO / "README.md", section="Try it")
    result = running.bash(block + '\necho "token: ${#TOKEN}"\n')
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    assert "created xihu_hr (department); password: " in result.stdout
    assert "created ops (admin); password: " in result.stdout
    token_length = int(result.stdout.rsplit("token: ", 1)[1])
    assert token_length > 20, result.stdout


def test_the_walkthrough_takes_one_application_to_the_senior_committee(running: Running) -> None:
    script = "\n".join(shell_blocks(REPO / "docs" / "walkthrough.md"))
    result = running.bash(script)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    lines = result.stdout.splitlines()
    assert "sent_to_senior" in lines, result.stdout[-3000:]
    assert any("中评委评审通过" in line for line in lines), result.stdout[-3000:]


def test_make_demo_fills_the_running_system_and_a_second_run_fills_nothing(
    running: Running,
) -> None:
    # 15: the fifteenth applicant's fate is 退回补正 (deploy/demo_plan.py)
    demo = [sys.executable, "-m", "deploy.demo", "--applications", "15"]
    first = subprocess.run(
        demo, cwd=running.cwd, env=running.env(), capture_output=True, text=True, timeout=600
    )
    assert first.returncode == 0, first.stdout + first.stderr[-4000:]
    assert "演示数据已填充" in first.stdout
    assert "senior.construction" in first.stdout
    assert "demo.admin" in first.stdout
    again = subprocess.run(
        demo, cwd=running.cwd, env=running.env(), capture_output=True, text=True, timeout=600
    )
    assert again.returncode == 0, again.stdout + again.stderr[-4000:]
    assert "演示数据已存在" in again.stdout

    def mailed(words: str) -> bool:  # notify sends on its own time: wait for it a while
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            mails = (running.cwd / "var" / "mail").glob("*.txt")
            if any(words in m.read_text(encoding="utf-8") for m in mails):
                return True
            time.sleep(0.5)
        return False

    assert mailed("不予接收"), "no refusal mailed"
    assert mailed("退回补正"), "no correction mailed"
