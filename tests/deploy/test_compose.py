"""docker-compose.yml validates and runs every role of every service `make run` runs."""

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from deploy.local import SERVICES

REPO = Path(__file__).resolve().parents[2]


def _compose() -> list[str]:
    if shutil.which("docker"):
        probe = subprocess.run(["docker", "compose", "version"], capture_output=True, check=False)
        if probe.returncode == 0:
            return ["docker", "compose"]
    if shutil.which("docker-compose"):
        return ["docker-compose"]
    pytest.fail(
        "neither `docker compose` nor `docker-compose` is installed to validate "
        "docker-compose.yml (.ci/run installs Debian's docker-compose)",
        pytrace=False,
    )


def _run(*args: str) -> str:
    result = subprocess.run(
        [*_compose(), "-f", str(REPO / "docker-compose.yml"), *args],
        capture_output=True,
        text=True,
        check=False,
        env=os.environ | {"AUTH_SECRET": "cFg8-Lw2zQ7rTn5vKb0yHd3sXj6mPa9uE4o"},
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_compose_file_validates() -> None:
    _run("config", "-q")


def test_every_service_has_its_migrate_api_and_worker() -> None:
    defined = set(_run("config", "--services").split())
    expected = {f"{s.name}-{role}" for s in SERVICES for role in ("migrate", "api", "worker")}
    assert expected <= defined
    assert {"postgres", "rabbitmq"} <= defined
    config = _run("config")
    for service in SERVICES:
        assert f"{service.name.upper()}_DATABASE_URL" in config
