"""Issue 17: the round trips review's worker makes to open a case for one submission, counted
with listeners on the worker's engine over each transaction that claims an ApplicationSubmitted
in the inbox. Recorded: 6 before (BEGIN, the claim, the case, its route, the outbox, COMMIT),
5 since the case and its route go in one statement. (The pool's ping on checkout, one more,
is not an engine event and not counted.) That statement is built once: served from
SQLAlchemy's cache, not compiled again for each case."""

import uuid
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event, select
from sqlalchemy.engine import Connection, ExecutionContext
from sqlalchemy.engine.interfaces import CacheStats

from services.review.models import review_case, route_stage
from shared.contracts import ApplicationSubmitted
from shared.messaging.topology import queue_name
from tests.support.departments import arrived, department, submit_to_review, submitted_event
from tests.support.system import RunningSystem

# BEGIN; the claim; the case with its route; the outbox; COMMIT
ROUND_TRIPS_PER_SUBMISSION = 5
QUEUE = queue_name("review", ApplicationSubmitted)
CLAIM = "INSERT INTO processed_message"


class Transactions:
    """The round trips of each transaction on an engine; kept: those that claim a submission."""

    def __init__(self) -> None:
        self._open: dict[int, list[str]] = defaultdict(list)
        self._claiming: set[int] = set()
        self.claiming: list[list[str]] = []
        self.opening_cache: list[CacheStats] = []

    def trip(self, connection: Connection, statement: str, parameters: Any = None) -> None:
        self._open[id(connection)].append(statement)
        if statement.startswith(CLAIM) and QUEUE in repr(parameters):
            self._claiming.add(id(connection))

    def ended(self, connection: Connection, how: str) -> None:
        self.trip(connection, how)
        trips = self._open.pop(id(connection))
        if id(connection) in self._claiming:
            self._claiming.discard(id(connection))
            self.claiming.append(trips)


@contextmanager
def transactions_of(system: RunningSystem) -> Iterator[Transactions]:
    engine = system.review_services.engine.sync_engine
    seen = Transactions()

    def statement(
        connection: Connection,
        _: Any,
        text: str,
        parameters: Any,
        context: ExecutionContext,
        *__: Any,
    ) -> None:
        seen.trip(connection, text, parameters)
        if "INSERT INTO review_case" in text:
            seen.opening_cache.append(context.cache_hit)  # type: ignore[attr-defined]

    hooks: dict[str, Any] = {
        "begin": lambda connection: seen.trip(connection, "BEGIN"),
        "before_cursor_execute": statement,
        "commit": lambda connection: seen.ended(connection, "COMMIT"),
        "rollback": lambda connection: seen.ended(connection, "ROLLBACK"),
    }
    for name, hook in hooks.items():
        event.listen(engine, name, hook)
    try:
        yield seen
    finally:
        for name, hook in hooks.items():
            event.remove(engine, name, hook)


async def test_a_submission_opens_its_case_in_five_round_trips(system: RunningSystem) -> None:
    dept = await department(system, "330106.county_hr")
    opened_ids = []
    with transactions_of(system) as seen:
        for _ in range(3):  # one after another: each in a transaction of its own
            application_id = await submit_to_review(system, submitted_event(region_code="330106"))
            opened_ids.append((await arrived(dept, "personal", application_id))["case_id"])
    assert len(seen.claiming) == 3, seen.claiming
    for trips in seen.claiming:
        assert trips[0] == "BEGIN", trips
        assert trips[-1] == "COMMIT", trips
        assert trips[1].startswith(CLAIM), trips
        assert len(trips) <= ROUND_TRIPS_PER_SUBMISSION, trips
    opened = [statement for statement in seen.claiming[0] if "review_case" in statement]
    assert len(opened) == 1, opened
    assert "INSERT INTO route_stage" in opened[0], opened
    assert seen.opening_cache[1:] == [CacheStats.CACHE_HIT] * 2, seen.opening_cache


async def test_the_opening_statement_writes_the_route_with_its_first_stage_entered(
    system: RunningSystem,
) -> None:
    dept = await department(system, "330106.county_hr")
    application_id = await submit_to_review(system, submitted_event(region_code="330106"))
    case_id = uuid.UUID((await arrived(dept, "personal", application_id))["case_id"])
    async with system.review_services.uow_factory() as uow:
        opened_at = (
            await uow.session.execute(
                select(review_case.c.opened_at).where(review_case.c.id == case_id)
            )
        ).scalar_one()
        stages = (
            (
                await uow.session.execute(
                    select(route_stage)
                    .where(route_stage.c.case_id == case_id)
                    .order_by(route_stage.c.position)
                )
            )
            .mappings()
            .all()
        )
        case = await uow.cases.get(case_id)
    assert case is not None
    assert [s["position"] for s in stages] == [stop.position for stop in case.route]
    assert [s["organisation_code"] for s in stages] == [
        stop.organisation_code for stop in case.route
    ]
    assert [s["role"] for s in stages] == [stop.role.value for stop in case.route]
    assert [s["entered_at"] for s in stages] == [opened_at] + [None] * (len(stages) - 1)
    assert [s["state"] for s in stages] == ["pending_receipt"] + [None] * (len(stages) - 1)
    assert len(stages) > 1, "a county's case goes on to the city and the province"
