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
import pytest
from yarl import URL

from deploy.broker_users import BrokerAdmin, definitions, new_users, user_url
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


# each session vhost's broker users (one per service), by the admin URL fresh_vhost yielded
_SERVICE_URLS: dict[str, dict[str, str]] = {}


@contextlib.contextmanager
def fresh_vhost(base_url: str) -> Iterator[str]:
    """The base URL on a new, empty vhost, and one broker user per service on it with only its
    own service's permissions (deploy/broker_users.py); all deleted on leaving. Made with
    rabbitmqctl on the broker's host or the management API; the base URL itself where neither
    is available (e.g. a fresh testcontainer), and then `service_amqp_urls` fails saying so.

    Deleted on leaving, not at the session's end: each vhost's quorum queues and message stores
    hold ~130 of RabbitMQ's file handles, and a broker at its handle limit (927 under the default
    1024 open files) stops accepting connections without a word until handles come back."""
    vhost = f"zhicheng-test-{uuid.uuid4().hex[:12]}"
    admin = BrokerAdmin.for_url(base_url)
    if admin is None:
        yield base_url
        return
    users = new_users(f"{vhost}-")
    admin.apply(definitions(vhost, users, create_vhost=True, admin=URL(base_url).user or "guest"))
    url = str(URL(base_url).with_path("/" + quote(vhost, safe="")))
    _SERVICE_URLS[url] = {user.service: user_url(url, user) for user in users}
    try:
        yield url
    finally:
        del _SERVICE_URLS[url]
        try:
            admin.delete(usernames=[user.username for user in users], vhost=vhost)
        except RuntimeError as error:  # a broker already gone: nothing left to tidy
            print(f"could not remove the test vhost {vhost}: {error}")


@contextlib.contextmanager
def vhost_of_its_own() -> Iterator[str]:
    """A new vhost on the test broker (`fresh_vhost` on `broker_url`), deleted on leaving; with
    no broker to test against the test fails, saying where one was looked for."""
    with contextlib.ExitStack() as stack:
        try:
            base = stack.enter_context(broker_url())
        except RuntimeError as exc:
            pytest.fail(str(exc), pytrace=False)
        yield stack.enter_context(fresh_vhost(base))


def service_amqp_urls(admin_url: str) -> dict[str, str]:
    """Each service's own broker URL on the vhost `fresh_vhost` made for `admin_url`."""
    try:
        return _SERVICE_URLS[admin_url]
    except KeyError:
        raise RuntimeError(
            f"no broker users were made for {URL(admin_url).with_password('***')}: the tests "
            "need rabbitmqctl on the broker's host or its management API (port 15672) to give "
            "every service its own user"
        ) from None


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
