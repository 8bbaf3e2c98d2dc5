"""docker-compose.yml holds to the Compose Specification and runs every role of every service
`make run` runs, with uploads on a volume, healthchecks, credentials from the environment, and
nginx in front of the APIs and the built pages.

No compose CLI is needed: the file is checked against the specification's JSON schema (as
check-jsonschema, a dev dependency, ships it) and read with PyYAML."""

import ipaddress
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from deploy.local import SERVICES

REPO = Path(__file__).resolve().parents[2]
COMPOSE = REPO / "docker-compose.yml"
API_PORTS = {s.name: s.port for s in SERVICES}


def _schema_check(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "check_jsonschema", "--builtin-schema", "vendor.compose-spec",
         str(path)],
        capture_output=True, text=True, check=False, timeout=120,
    )  # fmt: skip


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    loaded = yaml.safe_load(COMPOSE.read_text(encoding="utf-8"))  # merge keys (<<) resolved
    assert isinstance(loaded, dict)
    return loaded


def test_compose_file_holds_to_the_compose_specification(tmp_path: Path) -> None:
    result = _schema_check(COMPOSE)
    assert result.returncode == 0, result.stdout + result.stderr
    # the check can fail: a misspelt healthcheck key is refused
    broken = tmp_path / "docker-compose.yml"
    broken.write_text(
        COMPOSE.read_text(encoding="utf-8").replace("interval: 10s", "intreval: 10s", 1),
        encoding="utf-8",
    )
    assert _schema_check(broken).returncode != 0


def test_every_service_has_its_migrate_api_and_worker(compose: dict[str, Any]) -> None:
    defined = set(compose["services"])
    expected = {f"{s.name}-{role}" for s in SERVICES for role in ("migrate", "api", "worker")}
    assert expected <= defined
    assert {"postgres", "rabbitmq"} <= defined
    for service in SERVICES:
        for role in ("migrate", "api", "worker"):
            spec = compose["services"][f"{service.name}-{role}"]
            assert spec["command"][:4] == ["python", "-m", f"services.{service.name}", role]
            assert f"{service.name.upper()}_DATABASE_URL" in spec["environment"]


def test_apis_and_workers_have_healthchecks(compose: dict[str, Any]) -> None:
    for service in SERVICES:
        api = compose["services"][f"{service.name}-api"]["healthcheck"]["test"]
        assert api == ["CMD", "python", "-m", "deploy.healthcheck", "api", str(service.port)]
        worker = compose["services"][f"{service.name}-worker"]
        port = worker["environment"][f"{service.name.upper()}_WORKER_PORT"]
        assert worker["healthcheck"]["test"] == [
            *("CMD", "python", "-m", "deploy.healthcheck", "worker", port)
        ]


def test_uploads_live_on_a_named_volume(compose: dict[str, Any]) -> None:
    api = compose["services"]["intake-api"]
    storage = api["environment"]["INTAKE_STORAGE_DIR"]
    named = {v.split(":")[0]: v.split(":")[1] for v in api["volumes"]}
    assert named.get("intake-files") == storage
    assert "intake-files" in compose["volumes"]
    dockerfile = (REPO / "deploy" / "Dockerfile").read_text(encoding="utf-8")
    assert storage in dockerfile, "the image must create the upload directory for its user"


def test_the_broker_publishes_no_port_and_no_service_logs_in_as_guest(
    compose: dict[str, Any],
) -> None:
    """The broker's users are its definitions' (tests/deploy/test_broker_definitions.py holds
    that each service logs in as its own)."""
    rabbitmq = compose["services"]["rabbitmq"]
    assert "ports" not in rabbitmq, "the broker publishes no port by default"
    assert any("definitions.json" in volume for volume in rabbitmq["volumes"])
    for name, service in compose["services"].items():
        for key, value in service.get("environment", {}).items():
            if key.endswith("AMQP_URL"):
                assert "guest" not in value, (name, key)
    assert compose["services"]["review-api"]["environment"]["AUTH_SECRET"].startswith(
        "${AUTH_SECRET:?"
    )


def test_nginx_serves_the_built_pages_and_passes_each_api_on(compose: dict[str, Any]) -> None:
    """`docker compose up` gives the one origin `make run` gives: nginx with deploy/nginx.conf,
    the pages built from web/ in its image, /api/<service>/ to each service's API."""
    web = compose["services"]["web"]
    assert web["build"]["dockerfile"] == "deploy/web.Dockerfile"
    mounts = {v.split(":")[0]: v.split(":")[1] for v in web["volumes"]}
    assert mounts["./deploy/nginx.conf"].startswith("/etc/nginx/conf.d/")
    conf = (REPO / "deploy" / "nginx.conf").read_text(encoding="utf-8")
    [include] = set(re.findall(r"include (\S+);", conf))
    assert mounts["./deploy/proxy_params.conf"] == include
    [listen] = re.findall(r"listen (\d+);", conf)  # one listening port
    assert web["ports"] == [f"{listen}:{listen}"]

    # the pages: a node stage runs the locked install and the build, nginx serves its dist
    dockerfile = (REPO / "deploy" / "web.Dockerfile").read_text(encoding="utf-8")
    [root] = re.findall(r"root (\S+);", conf)
    assert re.search(r"^FROM node:\S+ AS build$", dockerfile, re.M)
    assert "COPY web/package.json web/package-lock.json" in dockerfile
    assert "RUN npm ci" in dockerfile
    assert "RUN npm run build" in dockerfile
    assert f"COPY --from=build /web/dist {root}" in dockerfile
    assert re.search(r"^FROM nginx:\S+$", dockerfile, re.M)
    assert "try_files $uri /admin/index.html;" in conf
    assert "try_files $uri /index.html;" in conf

    # every API behind its prefix, at the compose service and port that serves it
    proxied = dict(re.findall(r"location /api/(\w+)/\s+\{ proxy_pass http://([\w:-]+)/;", conf))
    assert proxied == {s.name: f"{s.name}-api:{s.port}" for s in SERVICES}
    for service in SERVICES:
        api = compose["services"][f"{service.name}-api"]
        assert str(service.port) in api["command"]
        assert web["depends_on"][f"{service.name}-api"] == {"condition": "service_healthy"}

    # the link in every notice leads to the pages behind nginx
    portal = compose["services"]["notify-worker"]["environment"]["NOTIFY_PORTAL_URL"]
    assert portal == f"http://localhost:{listen}"
    ignored = (REPO / ".dockerignore").read_text(encoding="utf-8").split()
    assert {"web/node_modules", "web/dist"} <= set(ignored), "the image builds its own"


def test_apis_serve_no_docs(compose: dict[str, Any]) -> None:
    for service in SERVICES:
        env = compose["services"][f"{service.name}-api"]["environment"]
        assert str(env.get("API_DOCS", "")).lower() == "false", service.name


def test_only_nginx_is_published_and_only_nginx_names_the_client(compose: dict[str, Any]) -> None:
    """The APIs are reached through nginx alone, and believe X-Forwarded-For from its fixed
    address only (tests/integration/test_forwarded_for.py plays a forged header)."""
    web = compose["services"]["web"]
    nginx = web["networks"]["default"]["ipv4_address"]
    [subnet] = compose["networks"]["default"]["ipam"]["config"]
    assert ipaddress.ip_address(nginx) in ipaddress.ip_network(subnet["subnet"])
    for name, service in compose["services"].items():
        if name.endswith(("-api", "-worker", "-migrate")):
            assert "ports" not in service, name
            assert service["environment"]["FORWARDED_ALLOW_IPS"] == nginx, name
    assert web["ports"] == ["8080:8080"]
