"""Is the database away, or did this piece of work fail on its own? The answer decides whether a
consumer waits (the message is fine, the database is not) or lets the delivery limit count.

Unavailable means: the connection could not be made or was lost (refused, reset, closed mid-query,
the server shutting down or not yet accepting connections, too many connections), the pool timed
out waiting for one, or a network timeout. Everything else — a constraint, a bug, a bad payload —
is the message's own failure."""

from collections.abc import Awaitable, Callable, Iterator

import asyncpg
from sqlalchemy import exc as sa
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

_UNAVAILABLE: tuple[type[BaseException], ...] = (
    OSError,  # refused, reset, unreachable, broken pipe
    TimeoutError,  # connect or network timeouts (asyncio's is the same class)
    sa.OperationalError,
    sa.InterfaceError,
    sa.DisconnectionError,
    sa.TimeoutError,  # no pooled connection came free in time
    asyncpg.InterfaceError,  # includes ConnectionDoesNotExistError
    asyncpg.PostgresConnectionError,  # SQLSTATE class 08
    asyncpg.CannotConnectNowError,  # 57P03: starting up, shutting down, in recovery
    asyncpg.AdminShutdownError,  # 57P01
    asyncpg.CrashShutdownError,  # 57P02
    asyncpg.TooManyConnectionsError,  # 53300
)

Probe = Callable[[], Awaitable[None]]


def is_unavailable(error: BaseException) -> bool:
    """True if `error`, or anything it was raised from, says the database could not be reached."""
    return any(
        isinstance(cause, _UNAVAILABLE)
        or (isinstance(cause, sa.DBAPIError) and cause.connection_invalidated)
        for cause in _causes(error)
    )


def is_busy(error: BaseException) -> bool:
    """True if the database answers but no pooled connection came free in time (load)."""
    return any(isinstance(cause, sa.TimeoutError) for cause in _causes(error))


def _causes(error: BaseException) -> Iterator[BaseException]:
    """`error` and everything it was raised from, each once."""
    pending: list[BaseException] = [error]
    seen: set[int] = set()
    while pending:
        current = pending.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        for origin in (current.__cause__, current.__context__, getattr(current, "orig", None)):
            if isinstance(origin, BaseException):
                pending.append(origin)


def database_probe(sessions: async_sessionmaker[AsyncSession]) -> Probe:
    """A probe that returns when the database answers `select 1`, and raises otherwise."""

    async def probe() -> None:
        async with sessions() as session:
            await session.execute(text("select 1"))

    return probe
