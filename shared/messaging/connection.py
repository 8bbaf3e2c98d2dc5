"""A robust broker connection that waits for the broker instead of failing at start-up."""

import asyncio

import aio_pika
import structlog
from aio_pika.abc import AbstractRobustConnection
from aio_pika.exceptions import AMQPError
from yarl import URL

log = structlog.get_logger(__name__)

# Defaults for a LAN broker; a URL's own query parameters win.
_URL_DEFAULTS = {"reconnect_interval": "1", "heartbeat": "30"}


def with_defaults(url: str) -> str:
    parsed = URL(url)
    missing = {k: v for k, v in _URL_DEFAULTS.items() if k not in parsed.query}
    return str(parsed.update_query(missing))


def redacted(url: str) -> str:
    """The URL without its password, for log lines."""
    parsed = URL(url)
    return str(parsed.with_password("***")) if parsed.password else str(parsed)


async def connect(url: str, *, max_delay: float = 10.0) -> AbstractRobustConnection:
    """Connects, retrying with backoff while the broker is unreachable.

    aio-pika's robust connection reconnects by itself once established, but its first connect
    fails at once when the broker is down; a service started before its broker waits here."""
    delay = 0.5
    while True:
        try:
            return await aio_pika.connect_robust(with_defaults(url), timeout=10)
        except (OSError, AMQPError, TimeoutError) as exc:
            log.warning("broker_unreachable", url=redacted(url), retry_in=delay, error=repr(exc))
            await asyncio.sleep(delay)
            delay = min(delay * 2, max_delay)


async def probe(url: str, *, within: float = 5.0) -> str | None:
    """None if a connection to the broker can be made now, else why not."""
    try:
        connection = await aio_pika.connect(url, timeout=within)
    except (OSError, AMQPError, TimeoutError) as exc:
        return repr(exc)
    await connection.close()
    return None
