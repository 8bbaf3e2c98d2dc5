"""What PostgreSQL does with a statement: EXPLAIN (ANALYZE, FORMAT JSON) as a SQLAlchemy
construct, and the plan's nodes flattened, so that a test can say "no sequential scan of this
table, no sort that spills to disk"."""

from collections.abc import Iterator
from typing import Any

from sqlalchemy.ext.asyncio import AsyncConnection
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.base import Executable
from sqlalchemy.sql.elements import ClauseElement


class Explained(Executable, ClauseElement):
    """EXPLAIN ANALYZE of a statement, compiled with the statement's own bound parameters."""

    inherit_cache = False

    def __init__(self, statement: Executable) -> None:
        self.statement = statement


@compiles(Explained, "postgresql")
def _explain(element: Explained, compiler: Any, **kw: Any) -> str:
    return "EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) " + compiler.process(element.statement, **kw)


async def plan_of(connection: AsyncConnection, statement: Executable) -> dict[str, Any]:
    """The root node of the statement's executed plan."""
    [[document]] = (await connection.execute(Explained(statement))).all()
    root: dict[str, Any] = document[0]["Plan"]
    return root


def nodes(plan: dict[str, Any]) -> Iterator[dict[str, Any]]:
    yield plan
    for child in plan.get("Plans", ()):
        yield from nodes(child)


def costly_steps(plan: dict[str, Any], tables: set[str], *, at_most: int) -> list[str]:
    """In words: each scan of one of `tables` that read more than `at_most` rows (over all its
    loops, those its filter dropped included), and each sort that spilled to disk."""
    found = []
    for node in nodes(plan):
        kind = node["Node Type"]
        read = (node.get("Actual Rows", 0) + node.get("Rows Removed by Filter", 0)) * node.get(
            "Actual Loops", 1
        )
        if node.get("Relation Name") in tables and read > at_most:
            found.append(f"{kind} of {node['Relation Name']} read {read} rows")
        if kind in ("Sort", "Incremental Sort") and node.get("Sort Space Type") == "Disk":
            found.append(f"sort on disk ({node.get('Sort Method')}) by {node.get('Sort Key')}")
    return found
