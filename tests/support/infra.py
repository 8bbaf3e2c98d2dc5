"""Where the tests find RabbitMQ and PostgreSQL, and how each test session gets its own.

In order: the URLs in the environment (AMQP_URL, DATABASE_URL); else the local services on their
standard ports; else, where a Docker engine answers, testcontainers. With none of these the
session fails with a message saying what to start; it never skips."""

import asyncio
import contextlib
import os
import shutil
import subprocess
import uuid
from collections.abc import Iterator
from urllib.parse import quote

import asyncpg
import httpx
from yarl import URL

from shared.messaging import probe

LOCAL_AMQP_URL = "amqp://guest:guest@127.0.0.1:5672/"
LOCAL_POSTGRES_URL = "postgresql://postgres@127.0.0.1:5432/postgres"

NOTHING_TO_TEST_AGAINST = """\
The tests need a real {what} and found none:
  - {env} is not set,
  - nothing answers at {local},
  - and no Docker engine answers for testcontainers.
Start one (on this machine: {start}) or set {env}."""


def docker_engine_answers() -> bool:
    if shutil.which("docker") is None:
        return False
    result = subprocess.run(["docker", "info"], capture_output=True, timeout=20, check=False)
    return result.returncode == 0


async def postgres_answers(url: str) -> bool:
    try:
        connection = await asyncpg.connect(url, timeout=5)
    except (OSError, asyncpg.PostgresError, TimeoutError):
        return False
    await connection.close()
    return True


async def _local_broker_answers(tries: int = 3) -> bool:
    """A busy machine (another run's broker work) can hold a first connection for seconds."""
    for _ in range(tries):
        if await probe(LOCAL_AMQP_URL, within=10.0) is None:
            return True
    return False


@contextlib.contextmanager
def broker_url() -> Iterator[str]:
    """A base AMQP URL (its vhost is replaced per session where possible)."""
    if url := os.environ.get("AMQP_URL"):
        yield url
    elif asyncio.run(_local_broker_answers()):
        yield LOCAL_AMQP_URL
    elif docker_engine_answers():
        from testcontainers.rabbitmq import RabbitMqContainer

        with RabbitMqContainer("rabbitmq:3.10-management") as container:
            params = container.get_connection_params()
            yield f"amqp://guest:guest@{params.host}:{params.port}/"
    else:
        raise RuntimeError(
            NOTHING_TO_TEST_AGAINST.format(
                what="RabbitMQ",
                env="AMQP_URL",
                local=LOCAL_AMQP_URL,
                start="rabbitmq-server -detached",
            )
        )


@contextlib.contextmanager
def postgres_url() -> Iterator[str]:
    """A PostgreSQL URL (asyncpg form, postgresql://) of a database we may CREATE DATABASE from."""
    if url := os.environ.get("DATABASE_URL"):
        yield url.replace("postgresql+asyncpg://", "postgresql://")
    elif asyncio.run(postgres_answers(LOCAL_POSTGRES_URL)):
        yield LOCAL_POSTGRES_URL
    elif docker_engine_answers():
        from testcontainers.postgres import PostgresContainer

        with PostgresContainer("postgres:15", driver=None) as container:
            yield container.get_connection_url()
    else:
        raise RuntimeError(
            NOTHING_TO_TEST_AGAINST.format(
                what="PostgreSQL",
                env="DATABASE_URL",
                local=LOCAL_POSTGRES_URL,
                start="pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start",
            )
        )


@contextlib.contextmanager
def fresh_vhost(base_url: str) -> Iterator[str]:
    """The base URL on a new, empty vhost, deleted afterwards (rabbitmqctl or the management
    API); the base URL itself where neither is available (e.g. a fresh testcontainer)."""
    vhost = f"zhicheng-test-{uuid.uuid4().hex[:12]}"
    manage = _vhost_manager(base_url)
    if manage is None:
        yield base_url
        return
    manage("add", vhost)
    try:
        yield str(URL(base_url).with_path("/" + quote(vhost, safe="")))
    finally:
        manage("delete", vhost)


def _vhost_manager(base_url: str):  # type: ignore[no-untyped-def]
    parsed = URL(base_url)
    user = parsed.user or "guest"
    if shutil.which("rabbitmqctl") and parsed.host in ("127.0.0.1", "localhost"):

        def with_rabbitmqctl(action: str, vhost: str) -> None:
            run = ["rabbitmqctl", "-q"]
            subprocess.run([*run, f"{action}_vhost", vhost], check=True, capture_output=True)
            if action == "add":
                permissions = [*run, "set_permissions", "-p", vhost, user, ".*", ".*", ".*"]
                subprocess.run(permissions, check=True, capture_output=True)

        return with_rabbitmqctl
    api = f"http://{parsed.host}:15672/api"
    auth = (user, parsed.password or "guest")
    try:
        httpx.get(f"{api}/overview", auth=auth, timeout=3).raise_for_status()
    except httpx.HTTPError:
        return None

    def with_management_api(action: str, vhost: str) -> None:
        name = quote(vhost, safe="")
        if action == "add":
            httpx.put(f"{api}/vhosts/{name}", auth=auth).raise_for_status()
            httpx.put(
                f"{api}/permissions/{name}/{user}",
                auth=auth,
                json={"configure": ".*", "write": ".*", "read": ".*"},
            ).raise_for_status()
        else:
            httpx.delete(f"{api}/vhosts/{name}", auth=auth).raise_for_status()

    return with_management_api


class Databases:
    """Creates fresh PostgreSQL databases for one test session and drops them all at its end."""

    def __init__(self, admin_url: str) -> None:
        self._admin_url = admin_url
        self._prefix = f"zhicheng_test_{uuid.uuid4().hex[:8]}"
        self._created: list[str] = []

    async def create(self, purpose: str) -> str:
        """A new empty database; returns its SQLAlchemy (postgresql+asyncpg) URL."""
        name = f"{self._prefix}_{purpose}_{len(self._created)}"
        connection = await asyncpg.connect(self._admin_url)
        try:
            await connection.execute(f'CREATE DATABASE "{name}"')
        finally:
            await connection.close()
        self._created.append(name)
        url = URL(self._admin_url).with_path("/" + name)
        return str(url).replace("postgresql://", "postgresql+asyncpg://", 1)

    async def drop_all(self) -> None:
        connection = await asyncpg.connect(self._admin_url)
        try:
            for name in self._created:
                await connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        finally:
            await connection.close()


def close_broker_connections(amqp_url: str) -> None:
    """Makes the broker close every client connection of the URL's vhost (as on a restart)."""
    parsed = URL(amqp_url)
    vhost = parsed.path[1:] or "/"
    if shutil.which("rabbitmqctl") and parsed.host in ("127.0.0.1", "localhost"):
        _local_rabbitmqctl(amqp_url, "close_all_connections", "-p", vhost, "test: broker closes")
        return
    api = f"http://{parsed.host}:15672/api"
    auth = (parsed.user or "guest", parsed.password or "guest")
    connections = httpx.get(f"{api}/vhosts/{quote(vhost, safe='')}/connections", auth=auth)
    connections.raise_for_status()
    for connection in connections.json():
        httpx.delete(f"{api}/connections/{quote(connection['name'], safe='')}", auth=auth)


def _local_rabbitmqctl(amqp_url: str, *args: str) -> str:
    if not (shutil.which("rabbitmqctl") and URL(amqp_url).host in ("127.0.0.1", "localhost")):
        raise RuntimeError("this test drives the broker with rabbitmqctl on the broker's host")
    result = subprocess.run(
        ["rabbitmqctl", "-q", *args], check=True, capture_output=True, text=True
    )
    return result.stdout


@contextlib.contextmanager
def memory_alarm(amqp_url: str) -> Iterator[None]:
    """The broker's memory alarm raised (it blocks every publisher) until the block ends; the
    watermark is then set back to what it was."""
    before = _local_rabbitmqctl(
        amqp_url, "eval", "vm_memory_monitor:get_vm_memory_high_watermark()."
    ).strip()
    _local_rabbitmqctl(amqp_url, "set_vm_memory_high_watermark", "0")
    try:
        yield
    finally:
        _local_rabbitmqctl(amqp_url, "set_vm_memory_high_watermark", before)
