"""Is this process ready for work? Three checks, the same for every API and worker: its database
answers, its broker answers, its database's migrations are at the newest revision. `/health`
says only that the process lives; `/ready` answers 200 when every check passes, else 503, in one
shape: `{"ready": bool, "checks": [{"name", "ok", "detail"}]}`."""

import asyncio
import functools
from collections.abc import Awaitable, Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, text
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from shared.db.migrations import alembic_config

CHECK_SECONDS = 3.0
# None when the broker answers, else why not
BrokerProbe = Callable[[], Awaitable[str | None]]


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str


@dataclass(frozen=True)
class Readiness:
    checks: list[Check]

    @property
    def ready(self) -> bool:
        return all(check.ok for check in self.checks)

    def as_json(self) -> dict[str, Any]:
        return {"ready": self.ready, "checks": [asdict(check) for check in self.checks]}


@functools.cache
def migration_heads(script_location: Path) -> frozenset[str]:
    """The newest revisions the service's migrations/ holds (read once: they ship with the code)."""
    # alembic (and its Mako templates) is loaded by the first check, not by every service start
    from alembic.script import ScriptDirectory

    config = alembic_config(script_location, "")
    return frozenset(ScriptDirectory.from_config(config).get_heads())


async def _database(sessions: async_sessionmaker[AsyncSession]) -> Check:
    try:
        async with sessions() as session:
            await asyncio.wait_for(session.execute(text("select 1")), CHECK_SECONDS)
    except Exception as exc:
        return Check("database", False, f"unreachable: {exc!r}"[:300])
    return Check("database", True, "answers")


async def _migrations(sessions: async_sessionmaker[AsyncSession], script_location: Path) -> Check:
    heads = migration_heads(script_location)
    try:
        async with sessions() as session:
            connection = await session.connection()
            current = frozenset(
                await asyncio.wait_for(connection.run_sync(_current_heads), CHECK_SECONDS)
            )
    except Exception as exc:
        return Check("migrations", False, f"revision unknown: {exc!r}"[:300])
    if current != heads:
        have, want = ",".join(sorted(current)) or "none", ",".join(sorted(heads))
        return Check("migrations", False, f"at {have}, head is {want}: run migrate")
    return Check("migrations", True, f"at head {','.join(sorted(heads))}")


def _current_heads(connection: Connection) -> tuple[str, ...]:
    """The revisions the database is at; none if it was never migrated."""
    from alembic.runtime.migration import MigrationContext  # loaded when first asked: see above

    return MigrationContext.configure(connection).get_current_heads()


async def _broker(probe: BrokerProbe) -> Check:
    try:
        problem = await asyncio.wait_for(probe(), CHECK_SECONDS + 1)
    except Exception as exc:
        problem = repr(exc)
    if problem is not None:
        return Check("broker", False, f"unreachable: {problem}"[:300])
    return Check("broker", True, "answers")


async def readiness(
    sessions: async_sessionmaker[AsyncSession], broker: BrokerProbe, migrations: Path
) -> Readiness:
    """The three checks, run at once."""
    checks = await asyncio.gather(
        _database(sessions), _broker(broker), _migrations(sessions, migrations)
    )
    return Readiness(list(checks))
