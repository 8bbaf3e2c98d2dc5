"""Small things every repository needs the same way on PostgreSQL and SQLite."""

from typing import Any

from sqlalchemy import Select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession


def upsert_insert(session: AsyncSession) -> Any:
    """The dialect's `insert`, which has on_conflict_do_nothing / on_conflict_do_update."""
    return postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert


def affected(result: Any) -> int:
    """How many rows an INSERT / UPDATE changed (a conditional UPDATE's 0 means it lost)."""
    return int(result.rowcount)


SelectRows = Select[*tuple[object, ...]]
"""A SELECT of however many columns, its rows read by name (`.mappings()`): what a wide read
model's query is, where spelling every column's type would only repeat the table."""
