"""Notify says at once, in one line, that it cannot reach its SMTP server or SMS provider, keeps
trying without repeating itself, and says so again when the provider answers."""

import asyncio
import socket

from structlog.testing import capture_logs

from services.notify.reachability import Endpoint, endpoints, watch
from services.notify.settings import NotifySettings, SmsProvider
from tests.support.polling import eventually


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


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
        watching = asyncio.create_task(watch([smtp, sms], stopping, retry_seconds=0.05))

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

        provider = await asyncio.start_server(lambda _r, w: w.close(), "127.0.0.1", sms.port)
        await asyncio.wait_for(watching, timeout=10)  # all answer: the watch ends by itself
        [back] = said("notify_provider_reachable")
        assert back["provider"] == "sms:gateway"
    for server in (answering, provider):
        server.close()
        await server.wait_closed()
