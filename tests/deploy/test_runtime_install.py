"""What `pip install .` (no extras, as deploy/Dockerfile installs it) brings is enough to run every
role of every service: `migrate` on an empty database, the `api`'s app, the `worker`'s wiring,
review's `accounts` command line, and `make run`'s launcher and demo.

The runtime environment is a fresh venv holding the project's own wheel plus exactly the
distributions its runtime requirements name, transitively (linked from the test environment, so
no index is asked): a module imported but not declared fails to import there."""

import os
import shutil
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest
from packaging.requirements import Requirement

from deploy.local import SERVICES

REPO = Path(__file__).resolve().parents[2]
SECRET = "runtime-install-" + "r" * 32


def _runtime_closure() -> set[str]:
    """Names of every distribution `pip install zhicheng` installs, extras followed."""
    wanted: list[tuple[str, frozenset[str]]] = [("zhicheng", frozenset())]
    seen: set[tuple[str, frozenset[str]]] = set()
    names: set[str] = set()
    while wanted:
        name, extras = wanted.pop()
        if (name, extras) in seen:
            continue
        seen.add((name, extras))
        dist = metadata.distribution(name)
        names.add(dist.metadata["Name"])
        for line in dist.requires or []:
            requirement = Requirement(line)
            if requirement.marker is not None and not any(
                requirement.marker.evaluate({"extra": extra}) for extra in {"", *extras}
            ):
                continue
            wanted.append((requirement.name, frozenset(requirement.extras)))
    return names - {"zhicheng"}


def _link_distribution(name: str, site: Path) -> None:
    dist = metadata.distribution(name)
    tops = {Path(str(f)).parts[0] for f in dist.files or []}
    for top in tops - {"..", "__pycache__"}:
        source = Path(str(dist.locate_file(top)))
        target = site / top
        if source.exists() and not target.exists() and "bin" not in Path(top).parts:
            target.symlink_to(source)


@pytest.fixture(scope="module")
def runtime_python(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("runtime")
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", root / "venv"], check=True)
    python = root / "venv" / "bin" / "python"
    purelib = subprocess.run(
        [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    site = Path(purelib)
    # the project's own wheel, built from a copy (the work tree stays clean), installed as such
    source = root / "source"
    source.mkdir()
    for part in ("pyproject.toml", "README.md"):
        shutil.copy2(REPO / part, source / part)
    for part in ("shared", "services", "deploy"):
        shutil.copytree(REPO / part, source / part, ignore=shutil.ignore_patterns("__pycache__"))
    built = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-index",
         "--no-build-isolation", "--target", str(site), str(source)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert built.returncode == 0, built.stderr
    for name in _runtime_closure():
        _link_distribution(name, site)
    return python


def _run(python: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.endswith("_DATABASE_URL")}
    env.pop("PYTHONPATH", None)
    result = subprocess.run(
        [python, *args],
        cwd=cwd,
        env=env | {"AUTH_SECRET": SECRET},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, f"{args}: {result.stderr[-3000:]}"
    return result


def test_the_runtime_environment_lacks_the_dev_extra(runtime_python: Path, tmp_path: Path) -> None:
    probe = (
        "import importlib.util as u; print([m for m in ('pytest', 'openpyxl') if u.find_spec(m)])"
    )
    assert _run(runtime_python, tmp_path, "-c", probe).stdout.strip() == "[]"


@pytest.mark.parametrize("service", [s.name for s in SERVICES])
def test_every_role_starts_from_a_runtime_install(
    runtime_python: Path, tmp_path: Path, service: str
) -> None:
    (tmp_path / "var").mkdir()
    _run(runtime_python, tmp_path, "-m", f"services.{service}", "migrate")
    assert (tmp_path / "var" / f"{service}.db").exists()
    wiring = (
        f"from services.{service}.main import create_app, run_worker\n"
        f"from services.{service}.bootstrap import build, build_worker\n"
        f"import services.{service}.consumers\n"
        "app = create_app()\n"
        "assert app.openapi()['paths']\n"
        "import services\n"
        "assert 'site-packages' in services.__path__[0], services.__path__\n"
    )
    _run(runtime_python, tmp_path, "-c", wiring)


def test_the_accounts_cli_and_the_launcher_run_from_a_runtime_install(
    runtime_python: Path, tmp_path: Path
) -> None:
    (tmp_path / "var").mkdir()
    _run(runtime_python, tmp_path, "-m", "services.review", "migrate")
    created = _run(
        runtime_python, tmp_path, "-m", "services.review", "accounts", "create",
        "--username", "ops", "--name", "运维", "--admin",
    )  # fmt: skip
    assert "password" in created.stdout
    listed = _run(runtime_python, tmp_path, "-m", "services.review", "accounts", "list")
    assert "ops" in listed.stdout
    _run(runtime_python, tmp_path, "-c", "import deploy.local, deploy.mail_sink")
