from collections.abc import AsyncIterator, Iterator

import pytest
from yarl import URL

from tests.integration.messaging.probe import Probe, probe_service
from tests.support.infra import Databases
from tests.support.logs import LogRecorder
from tests.support.tcp_proxy import TcpProxy


@pytest.fixture
async def probe(amqp_url: str, databases: Databases) -> AsyncIterator[Probe]:
    async with probe_service(await databases.create("probe"), amqp_url, delivery_limit=3) as p:
        yield p


@pytest.fixture
async def proxy(amqp_url: str) -> AsyncIterator[TcpProxy]:
    """A proxy to the broker; `proxied(amqp_url, proxy)` is the URL through it."""
    broker = URL(amqp_url)
    tcp = TcpProxy(broker.host or "127.0.0.1", broker.port or 5672)
    await tcp.start()
    yield tcp
    await tcp.stop()


def proxied(amqp_url: str, proxy: TcpProxy) -> str:
    return str(URL(amqp_url).with_host("127.0.0.1").with_port(proxy.port))


@pytest.fixture
async def database_proxy(postgres_admin_url: str) -> AsyncIterator[TcpProxy]:
    """A proxy to PostgreSQL: `stop()` is a database outage for whoever connects through it,
    without touching the shared server; `through(url, proxy)` is a database URL via it."""
    server = URL(postgres_admin_url)
    tcp = TcpProxy(server.host or "127.0.0.1", server.port or 5432)
    await tcp.start()
    yield tcp
    await tcp.stop()


def through(database_url: str, proxy: TcpProxy) -> str:
    return str(URL(database_url).with_host("127.0.0.1").with_port(proxy.port))


@pytest.fixture
def log_recorder() -> Iterator[LogRecorder]:
    recorder = LogRecorder()
    recorder.install()
    yield recorder
    recorder.remove()


def events(recorder: LogRecorder, event: str) -> list[str]:
    """The recorded structlog lines of `event`."""
    return [line for line in recorder.lines if f"'event': '{event}'" in line]
