"""Issue 17: a department's lists cost what that department holds, not what the tables hold.
Read from the plans PostgreSQL executes for every list × sort × filter the screens offer, on a
seeded season (a county's cases among three times as many at another county): no scan of the case
tables reads more rows than the county has cases, and no sort spills to disk. The badges read
the stage tally, a few rows however many cases there are, and it agrees with counting."""

import uuid
from collections.abc import AsyncIterator
from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, create_async_engine

from services.review import bootstrap
from services.review.models import route_stage
from services.review.repository.tallies import TallyRepository, tally_statement
from services.review.settings import ReviewSettings
from services.review.views.labels import CaseList
from services.review.views.lists import (
    SORTS,
    Filters,
    case_list,
    counts,
    list_statements,
    lists_of,
)
from shared.db.migrations import upgrade_async
from tests.support.infra import Databases
from tests.support.plans import costly_steps, plan_of
from tests.support.seeded_cases import HOLDER, seed_cases
from tests.support.system import TEST_AUTH_SECRET

CASES = 2_000  # at HOLDER
ELSEWHERE = ("330105.county_hr", 6_000)
# a season's tables are far larger than the seed, where scanning a whole one is never the cheap
# way; and a sort bigger than a few pages must not fit in memory here either
PLANNER = ("SET work_mem = '256kB'", "SET enable_seqscan = off")
TABLES = {"review_case", "route_stage", "case_history"}


@pytest.fixture(scope="module")
async def seeded(postgres_admin_url: str) -> AsyncIterator[AsyncEngine]:
    databases = Databases(postgres_admin_url)
    url = await databases.create(f"plans_{uuid.uuid4().hex[:6]}")
    await upgrade_async(bootstrap.MIGRATIONS, url)
    settings = ReviewSettings(database_url=url, auth_secret=TEST_AUTH_SECRET)
    services = await bootstrap.build(settings)  # loads the directory
    await services.aclose()
    engine = create_async_engine(url)
    try:
        await seed_cases(engine, CASES)
        await seed_cases(engine, ELSEWHERE[1], county=ELSEWHERE[0], seed=13)
        async with AsyncSession(engine) as session, session.begin():  # as the worker does
            await TallyRepository(session).fold()
        async with engine.connect() as connection:
            autocommit = await connection.execution_options(isolation_level="AUTOCOMMIT")
            await autocommit.execute(text("VACUUM ANALYZE"))
        yield engine
    finally:
        await engine.dispose()
        await databases.drop_all()


def _sorts() -> list[str]:
    return [sort for name in SORTS for sort in (name, f"-{name}")]


@pytest.mark.parametrize("which", list(CaseList), ids=lambda which: which.value)
async def test_every_list_page_reads_by_index_and_sorts_in_memory(
    seeded: AsyncEngine, which: CaseList
) -> None:
    found: dict[str, list[str]] = {}
    async with seeded.connect() as connection:
        for setting in PLANNER:
            await connection.execute(text(setting))
        for sort in _sorts():
            for filters in (Filters(), Filters(applicant_name="王")):
                for offset in (0, 1_000):
                    statements = list_statements(
                        HOLDER, which, filters, sort=sort, limit=50, offset=offset
                    )
                    for part, statement in (
                        ("total", statements.total),
                        ("page", statements.page),
                    ):
                        plan = await plan_of(connection, statement)
                        if steps := costly_steps(plan, TABLES, at_most=CASES):
                            found[f"{part} sort={sort} {filters} offset={offset}"] = steps
    assert not found, found


async def test_the_badges_read_a_few_tally_rows_and_no_stage(seeded: AsyncEngine) -> None:
    async with seeded.connect() as connection:
        for setting in PLANNER:
            await connection.execute(text(setting))
        plan = await plan_of(connection, tally_statement(HOLDER))
    assert not costly_steps(plan, TABLES, at_most=0)
    # folded, as the worker keeps it: a row per key
    assert not costly_steps(plan, {"stage_tally"}, at_most=2 * len(CaseList) + 2)


async def _counted(session: AsyncSession, organisation_code: str) -> dict[CaseList, int]:
    """The badges the slow way: every stage of the organisation counted."""
    found = {name: 0 for name in CaseList}
    first = (route_stage.c.position == 1).label("at_first")
    query = (
        select(route_stage.c.state, first, func.count())
        .where(route_stage.c.organisation_code == organisation_code)
        .group_by(route_stage.c.state, first)
    )
    for state, at_first, n in await session.execute(query):
        for name in lists_of(state, bool(at_first)):
            found[name] += n
    return found


async def _badges_agree(session: AsyncSession) -> None:
    for organisation_code in (HOLDER, ELSEWHERE[0]):
        assert await counts(session, organisation_code) == await _counted(
            session, organisation_code
        )
        for which in CaseList:  # what the list page answers as its total with no filter
            statements = list_statements(
                organisation_code, which, Filters(), sort="arrived", limit=50, offset=0
            )
            total = (await session.execute(statements.total)).scalar_one()
            assert (await counts(session, organisation_code))[which] == total, which


async def test_the_tally_follows_every_change_and_survives_folding(seeded: AsyncEngine) -> None:
    async with AsyncSession(seeded) as session:
        await _badges_agree(session)
        assert (await counts(session, HOLDER))[CaseList.personal] > 0
        # cases move on (received; one stage's row written twice in a statement's worth), are
        # taken back, and a statement that changes nothing a badge shows
        await session.execute(
            text(
                "UPDATE route_stage SET state = 'pending_approval' WHERE organisation_code = :org"
                " AND state = 'pending_receipt' AND position = 1"
                " AND case_id IN (SELECT case_id FROM route_stage WHERE organisation_code = :org"
                " AND state = 'pending_receipt' AND position = 1 LIMIT 37)"
            ),
            {"org": HOLDER},
        )
        await session.execute(
            text("UPDATE route_stage SET entered_at = entered_at WHERE organisation_code = :org"),
            {"org": HOLDER},
        )
        await _badges_agree(session)
        before = await counts(session, HOLDER)
        assert await TallyRepository(session).fold() > 0
        assert await counts(session, HOLDER) == before
        await _badges_agree(session)
        left = await session.scalar(
            select(func.count())
            .where(text("organisation_code = :org"))
            .select_from(text("stage_tally")),
            {"org": HOLDER},
        )
        assert left == len(await TallyRepository(session).of(HOLDER))  # one row per key
        await session.rollback()  # the module's other tests read the seed as it was


async def test_an_unfiltered_page_built_once_answers_what_building_it_anew_does(
    seeded: AsyncEngine,
) -> None:
    """case_list runs a page with no filter from a statement built once per list and sort, with
    the organisation and the page bound at execution: the same rows, in the same order."""
    now = datetime.now(UTC)
    async with AsyncSession(seeded) as session:
        for organisation_code in (HOLDER, ELSEWHERE[0]):
            badges = await counts(session, organisation_code)
            for which in CaseList:
                for sort in _sorts():
                    for offset in (0, 150):
                        built = list_statements(
                            organisation_code, which, Filters(), sort=sort, limit=40, offset=offset
                        )
                        expected = [r.id for r in await session.execute(built.page)]
                        total, items = await case_list(
                            session,
                            organisation_code,
                            which,
                            Filters(),
                            sort=sort,
                            limit=40,
                            offset=offset,
                            now=now,
                            badges=badges,
                        )
                        assert [item.case_id for item in items] == expected, (which, sort)
                        assert total == badges[which]
            assert expected, "the seed fills the last list and sort looked at"
