"""Small things every repository needs the same way on PostgreSQL and SQLite."""

from collections.abc import Callable

from sqlalchemy import CursorResult, Result, Select, Table
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

UpsertInsert = postgresql.Insert | sqlite.Insert
"""An INSERT that has on_conflict_do_nothing / on_conflict_do_update: the dialect's own."""


def upsert_insert(session: AsyncSession) -> Callable[[Table], UpsertInsert]:
    """The dialect's `insert`, which has on_conflict_do_nothing / on_conflict_do_update."""
    return postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert


def affected(result: Result[*tuple[object, ...]]) -> int:
    """How many rows an INSERT / UPDATE changed (a conditional UPDATE's 0 means it lost)."""
    assert isinstance(result, CursorResult), "an INSERT / UPDATE / DELETE answers a cursor's result"
    return result.rowcount


SelectRows = Select[*tuple[object, ...]]
"""A SELECT of however many columns, its rows read by name (`.mappings()`): what a wide read
model's query is, where spelling every column's type would only repeat the table."""
