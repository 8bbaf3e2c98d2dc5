"""The one PostgreSQL statement that opens a case: the case's row and its route's rows in one
round trip. Built once at import, with named parameters only, so SQLAlchemy compiles it once and
serves it from its statement cache (a multi-row VALUES has no cache key and would be compiled
again for every case): the route comes in as arrays, one row per stop, unnested. Every column
of review_case is a parameter (`case_<column>`): one left out is refused at execution."""

from collections.abc import Mapping
from typing import Any

from sqlalchemy import Insert, bindparam, case, insert, select

from services.review.models import review_case, route_stage
from shared.db.statements import unnested

_CASE = "case_"  # the prefix of the case's own parameters
_STOP = ("position", "role", "organisation_code", "paper_check_required")  # one array each


def _open_case() -> Insert:
    opened = insert(review_case).values(
        {column.name: bindparam(_CASE + column.name, type_=column.type) for column in review_case.c}
    )
    stop = unnested("stop", [route_stage.c[name] for name in _STOP])
    first = stop.c.position == 1  # the stage the case opens at
    stages = select(
        bindparam(_CASE + "id", type_=review_case.c.id.type),
        stop.c.position,
        stop.c.role,
        stop.c.organisation_code,
        stop.c.paper_check_required,
        case((first, bindparam(_CASE + "opened_at", type_=review_case.c.opened_at.type))),
        case((first, bindparam(_CASE + "status", type_=review_case.c.status.type))),
    )
    columns = ["case_id", *_STOP]
    return (
        insert(route_stage)
        .from_select([*columns, "entered_at", "state"], stages)
        .add_cte(opened.cte("opened"))
    )


OPEN_CASE = _open_case()


def open_case_parameters(
    case_row: Mapping[str, object], stages: list[dict[str, Any]]
) -> dict[str, object]:
    """`OPEN_CASE`'s parameters: the case's row, and its route's rows as one array per column."""
    return {
        **{_CASE + name: value for name, value in case_row.items()},
        **{name: [stage[name] for stage in stages] for name in _STOP},
    }
