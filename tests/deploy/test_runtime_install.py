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
SECRET = "runtime-install-Vb5n-Mq8w-Ez2r-Ty6u-Io4p-As1d"


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


# one interpreter for every check (each start costs seconds on a busy machine): each service's
# entrypoint as `python -m services.<name> migrate` runs it, then the api's app and the worker's
# wiring; review's accounts command line; the launcher and the demo
ROLES = """
import importlib.util, runpy, sys
import services
assert "site-packages" in services.__path__[0], services.__path__
assert not [m for m in ("pytest", "openpyxl") if importlib.util.find_spec(m)], "dev extra present"
def run(module, *argv):
    sys.argv = [module, *argv]
    try:
        runpy.run_module(module, run_name="__main__", alter_sys=True)
    except SystemExit as stop:
        assert not stop.code, (module, argv, stop.code)
for name in sys.argv[1:]:
    run(f"services.{name}", "migrate")
    main = importlib.import_module(f"services.{name}.main")
    importlib.import_module(f"services.{name}.consumers")
    importlib.import_module(f"services.{name}.bootstrap").build_worker
    assert main.create_app().openapi()["paths"], name
    print("ok", name, flush=True)
run("services.review", "accounts", "create", "--username", "ops", "--name", "运维", "--admin")
run("services.review", "accounts", "list")
import deploy.local, deploy.mail_sink, deploy.demo, deploy.healthcheck
import deploy.dead_letters, deploy.backup
print("ok cli and launcher", flush=True)
"""


def test_every_role_starts_from_a_runtime_install(runtime_python: Path, tmp_path: Path) -> None:
    (tmp_path / "var").mkdir()
    env = {k: v for k, v in os.environ.items() if not k.endswith("_DATABASE_URL")}
    env.pop("PYTHONPATH", None)
    names = [service.name for service in SERVICES]
    result = subprocess.run(
        [runtime_python, "-c", "import importlib\n" + ROLES, *names],
        cwd=tmp_path,
        env=env | {"AUTH_SECRET": SECRET, "LOG_LEVEL": "WARNING"},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr[-3000:]
    assert result.stdout.split("\n").count("ok cli and launcher") == 1, result.stdout
    for name in names:
        assert f"ok {name}" in result.stdout
        assert (tmp_path / "var" / f"{name}.db").exists()
    assert "created ops (admin)" in result.stdout
