"""Small things every repository needs the same way on PostgreSQL and SQLite."""

from typing import Any

from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession


def upsert_insert(session: AsyncSession) -> Any:
    """The dialect's `insert`, which has on_conflict_do_nothing / on_conflict_do_update."""
    return postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert


def affected(result: Any) -> int:
    """How many rows an INSERT / UPDATE changed (a conditional UPDATE's 0 means it lost)."""
    return int(result.rowcount)
