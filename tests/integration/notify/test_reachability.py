"""Notify says at once, in one line, that it cannot reach its SMTP server or SMS provider, keeps
trying without repeating itself, and says so again when the provider answers."""

import asyncio
import socket
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path

import httpx
import pytest
from prometheus_client import REGISTRY
from structlog.testing import capture_logs

from services.notify import bootstrap as notify_bootstrap
from services.notify.reachability import Endpoint, endpoints, watch
from services.notify.settings import NotifySettings, SmsProvider
from tests.support.infra import Databases, broker_url, fresh_vhost
from tests.support.mail import SmtpServer
from tests.support.notify import notify_settings
from tests.support.polling import eventually
from tests.support.system import declare_every_queue


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _gauge(provider: str) -> float | None:
    return REGISTRY.get_sample_value("notify_provider_reachable", {"provider": provider})


def test_the_providers_checked_are_those_configured() -> None:
    settings = NotifySettings(
        smtp_host="mail.example.gov.cn",
        smtp_port=25,
        sms_provider=SmsProvider.gateway,
        sms_gateway_url="https://sms.example.gov.cn:8443/send",
    )
    assert endpoints(settings) == [
        Endpoint("smtp", "mail.example.gov.cn", 25),
        Endpoint("sms:gateway", "sms.example.gov.cn", 8443),
    ]
    assert endpoints(NotifySettings()) == [Endpoint("smtp", "127.0.0.1", 1025)]  # SMS sink


async def test_an_unreachable_provider_is_said_once_and_its_return_too() -> None:
    answering = await asyncio.start_server(lambda _r, w: w.close(), "127.0.0.1", 0)
    smtp = Endpoint("smtp", "127.0.0.1", answering.sockets[0].getsockname()[1])
    sms = Endpoint("sms:gateway", "127.0.0.1", _free_port())  # nothing listens there yet
    stopping = asyncio.Event()
    with capture_logs() as logs:
        watching = asyncio.create_task(
            watch([smtp, sms], stopping, retry_seconds=0.05, recheck_seconds=0.05)
        )

        def said(event: str) -> list[dict[str, object]]:
            return [line for line in logs if line["event"] == event]

        await eventually(
            lambda: asyncio.sleep(0, said("notify_provider_unreachable")),
            what="the unreachable provider said",
        )
        await asyncio.sleep(0.5)  # several more tries
        [unreachable] = said("notify_provider_unreachable")
        assert unreachable["provider"] == "sms:gateway"
        assert unreachable["at"] == f"127.0.0.1:{sms.port}"
        assert not watching.done(), "it stopped trying"
        assert _gauge("sms:gateway") == 0
        assert _gauge("smtp") == 1

        provider = await asyncio.start_server(lambda _r, w: w.close(), "127.0.0.1", sms.port)
        await eventually(
            lambda: asyncio.sleep(0, said("notify_provider_reachable")), what="its return said"
        )
        [back] = said("notify_provider_reachable")
        assert back["provider"] == "sms:gateway"
        assert _gauge("sms:gateway") == 1
        assert not watching.done(), "a provider may go away again: the watch goes on"
        stopping.set()
        await asyncio.wait_for(watching, timeout=10)
    for server in (answering, provider):
        server.close()
        await server.wait_closed()


@pytest.fixture
def own_vhost() -> Iterator[str]:
    """A vhost of this test's own: its worker takes nobody else's messages."""
    with broker_url() as base, fresh_vhost(base) as amqp_url:
        yield amqp_url


async def test_the_worker_says_at_start_that_its_smtp_port_refuses_and_works_on(
    databases: Databases, smtp: SmtpServer, tmp_path: Path, own_vhost: str
) -> None:
    closed = _free_port()  # nothing listens there: every connection is refused
    await declare_every_queue(own_vhost, delivery_limit=5)
    settings = (await notify_settings(databases, own_vhost, smtp, tmp_path)).model_copy(
        update={"smtp_port": closed, "worker_port": 0}
    )
    services = await notify_bootstrap.build(settings)
    worker = notify_bootstrap.build_worker(services)
    try:
        with capture_logs() as logs:
            await worker.start()
            assert worker.connection is not None  # it consumes all the same
            assert worker.operations is not None
            assert worker.operations.port
            async with httpx.AsyncClient(
                base_url=f"http://127.0.0.1:{worker.operations.port}"
            ) as http:

                async def metrics() -> str:
                    return (await http.get("/metrics")).text

                await eventually(
                    lambda: _when('notify_provider_reachable{provider="smtp"} 0.0', metrics),
                    what="the outage on the worker's /metrics",
                )
                assert (await http.get("/health")).status_code == 200
            said = [line for line in logs if line["event"] == "notify_provider_unreachable"]
    finally:
        await worker.stop()
        await services.aclose()
    [line] = said  # one line, at start
    assert line["provider"] == "smtp"
    assert line["at"] == f"127.0.0.1:{closed}"
    assert "ConnectionRefused" in str(line["error"]) or "Connect call failed" in str(line["error"])


async def _when(wanted: str, read: Callable[[], Awaitable[str]]) -> str | None:
    page = await read()
    return page if wanted in page else None
