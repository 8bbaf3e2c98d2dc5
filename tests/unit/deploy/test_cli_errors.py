"""The operator's command line fails in one line saying what to do, never with a traceback.
(`python -m services.review …` runs in the tests' process, as a child process would see it.)"""

import os
import subprocess
from pathlib import Path

from tests.support.command_line import python_m


def _accounts(cwd: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if k not in ("AUTH_SECRET", "LOG_LEVEL")}
    clean = {k: v for k, v in clean.items() if not k.endswith("_DATABASE_URL")}
    return python_m("services.review", "accounts", *args, cwd=cwd, env=clean | env)


def _one_line(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("错误：")
    return lines[0]


def test_without_make_runs_secret_it_says_to_start_make_run(tmp_path: Path) -> None:
    (tmp_path / "var").mkdir()
    migrated = python_m(
        "services.review",
        "migrate",
        cwd=tmp_path,
        env={k: v for k, v in os.environ.items() if not k.endswith("_DATABASE_URL")},
    )
    assert migrated.returncode == 0, migrated.stderr
    line = _one_line(_accounts(tmp_path, "list"))
    assert "make run" in line
    assert "AUTH_SECRET" in line


def test_an_unmigrated_database_names_the_command_that_migrates(tmp_path: Path) -> None:
    line = _one_line(
        _accounts(tmp_path, "list", AUTH_SECRET="cli-Hq7v-Rt2m-Xw9k-Lp4s-Bn6d-Zc3f-Jy8g")
    )
    assert "python -m services.review migrate" in line


def test_an_unreachable_database_names_the_setting(tmp_path: Path) -> None:
    line = _one_line(
        _accounts(
            tmp_path,
            "list",
            AUTH_SECRET="cli-Hq7v-Rt2m-Xw9k-Lp4s-Bn6d-Zc3f-Jy8g",
            REVIEW_DATABASE_URL="postgresql+asyncpg://nobody@127.0.0.1:9/none",
        )
    )
    assert "REVIEW_DATABASE_URL" in line
