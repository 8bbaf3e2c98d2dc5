"""From its start and for as long as it runs, notify's worker checks that it can reach its SMTP
server and its SMS provider (a TCP connection to each; every few seconds while one is away, every
`recheck_seconds` while all answer): one line (`notify_provider_unreachable`, naming it, its
address and why) as soon as one cannot be reached, one more (`notify_provider_reachable`) when
it can again, and the gauge `notify_provider_reachable{provider}` (1 or 0) for the alert. Notify
keeps running meanwhile: notices wait (pending) and are retried by the delivery loop. The SMS
sink (files) has nothing to reach."""

import asyncio
import contextlib
from dataclasses import dataclass

import structlog
from prometheus_client import Gauge
from yarl import URL

from services.notify.settings import NotifySettings, SmsProvider

log = structlog.get_logger(__name__)
CONNECT_SECONDS = 5.0
PROVIDER_REACHABLE = Gauge(
    "notify_provider_reachable",
    "1 while notify's worker can reach the provider (smtp, sms:<kind>), 0 while it cannot",
    ["provider"],
)


@dataclass(frozen=True)
class Endpoint:
    name: str
    host: str
    port: int


def endpoints(settings: NotifySettings) -> list[Endpoint]:
    found = [Endpoint("smtp", settings.smtp_host, settings.smtp_port)]
    url = {
        SmsProvider.gateway: settings.sms_gateway_url,
        SmsProvider.tencent: settings.tencent_endpoint,
    }.get(settings.sms_provider)
    if url:
        parsed = URL(url)
        found.append(
            Endpoint(f"sms:{settings.sms_provider}", parsed.host or "", parsed.port or 443)
        )
    return found


async def why_unreachable(endpoint: Endpoint) -> str | None:
    try:
        _, writer = await asyncio.wait_for(
            asyncio.open_connection(endpoint.host, endpoint.port), CONNECT_SECONDS
        )
    except (OSError, TimeoutError) as exc:
        return repr(exc)
    writer.close()
    with contextlib.suppress(OSError):
        await writer.wait_closed()
    return None


async def watch(
    targets: list[Endpoint],
    stopping: asyncio.Event,
    *,
    retry_seconds: float = 10.0,
    recheck_seconds: float = 30.0,
) -> None:
    """Checks each target now, then again and again until `stopping` is set; says each change."""
    unreachable: set[Endpoint] = set()
    while targets and not stopping.is_set():
        for endpoint in targets:
            problem = await why_unreachable(endpoint)
            PROVIDER_REACHABLE.labels(endpoint.name).set(0 if problem else 1)
            where = f"{endpoint.host}:{endpoint.port}"
            if problem is not None and endpoint not in unreachable:
                log.warning(
                    "notify_provider_unreachable", provider=endpoint.name, at=where, error=problem
                )
                unreachable.add(endpoint)
            elif problem is None and endpoint in unreachable:
                log.info("notify_provider_reachable", provider=endpoint.name, at=where)
                unreachable.discard(endpoint)
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(
                stopping.wait(), timeout=retry_seconds if unreachable else recheck_seconds
            )
