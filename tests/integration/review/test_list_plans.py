"""Issue 17: a department's lists cost what that department holds, not what the tables hold.
Read from the plans PostgreSQL executes for every list × sort × filter the screens offer, on a
seeded season (a county's cases among three times as many at another county): no scan of the case
tables reads more rows than the county has cases, and no sort spills to disk."""

import uuid
from collections.abc import AsyncIterator

import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from services.review import bootstrap
from services.review.settings import ReviewSettings
from services.review.views.labels import CaseList
from services.review.views.lists import SORTS, Filters, counts_statement, list_statements
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


async def test_the_badges_read_the_index_only(seeded: AsyncEngine) -> None:
    async with seeded.connect() as connection:
        for setting in PLANNER:
            await connection.execute(text(setting))
        plan = await plan_of(connection, counts_statement(HOLDER))
    assert not costly_steps(plan, TABLES, at_most=CASES)
