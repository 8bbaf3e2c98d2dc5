"""Small things every repository needs the same way on PostgreSQL and SQLite."""

from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Column, CursorResult, Result, Select, Table, bindparam, func
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.sql.selectable import TableValuedAlias

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


def unnested(name: str, columns: Sequence[Column[Any]]) -> TableValuedAlias:
    """Rows given as one array per column, bound parameters named after the columns, as a FROM
    (PostgreSQL's unnest): a statement of any number of rows that is built once and compiled
    once, where a multi-row VALUES has no cache key and is compiled at every execution."""
    return (
        func.unnest(*(bindparam(column.name, type_=ARRAY(column.type)) for column in columns))
        .table_valued(*(column.name for column in columns))
        .render_derived(name=name)
    )
