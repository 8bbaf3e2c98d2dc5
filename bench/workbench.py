"""The department workbench under a season's load: 10,000 cases at one county, on real
PostgreSQL. Prints the list pages' p50/p95 (through review's HTTP app, token check included)
and, with --browser, the case page's render time with its photo in Chromium.

    make bench-workbench          (targets: list p95 < 100 ms; case page < 1 s)

Not a test: it measures and prints; it does not pass or fail."""

import argparse
import asyncio
import os
import statistics
import tempfile
import time
import uuid
from pathlib import Path

import httpx
from sqlalchemy import text

from services.review import bootstrap
from services.review.commands import CreateAccount
from services.review.domain.accounts import AccountKind
from services.review.handlers.accounts import create_account
from services.review.main import create_app
from services.review.settings import ReviewSettings
from shared.db.migrations import upgrade_async
from tests.support.infra import LOCAL_POSTGRES_URL, Databases
from tests.support.seeded_cases import HOLDER, seed_cases
from tests.support.system import client

LISTS = ("personal", "unit", "approval", "forwarding", "processed")
SORTS = ("arrived", "-arrived", "name", "-employer", "left")


def _percentile(samples: list[float], q: float) -> float:
    return statistics.quantiles(samples, n=100, method="inclusive")[int(q) - 1]


async def bench_lists(cases: int, rounds: int) -> None:
    databases = Databases(os.environ.get("DATABASE_URL", LOCAL_POSTGRES_URL))
    try:
        url = await databases.create("bench_review")
        os.environ.setdefault("AUTH_SECRET", "bench-secret-" + uuid.uuid4().hex)
        settings = ReviewSettings(database_url=url)
        await upgrade_async(bootstrap.MIGRATIONS, url)
        services = await bootstrap.build(settings)
        started = time.perf_counter()
        await seed_cases(services.engine, cases)
        print(f"seeded {cases} cases at {HOLDER} in {time.perf_counter() - started:.1f} s")
        async with services.engine.connect() as connection:
            # what autovacuum does to a table after a season of writes: statistics, visibility
            autocommit = await connection.execution_options(isolation_level="AUTOCOMMIT")
            await autocommit.execute(text("VACUUM ANALYZE"))
        command = CreateAccount(
            "bench", "压测员", AccountKind.department, HOLDER, "bench-password-2026!"
        )
        async with services.transaction() as uow:
            await create_account(uow, command, services.reference)
        await services.aclose()
        async with client(create_app(settings), "review") as review:
            login = await review.post(
                "/auth/login", json={"username": "bench", "password": "bench-password-2026!"}
            )
            login.raise_for_status()
            headers = {"Authorization": f"Bearer {login.json()['access_token']}"}
            await _measure(review, headers, rounds)
    finally:
        await databases.drop_all()


async def _measure(review: httpx.AsyncClient, headers: dict[str, str], rounds: int) -> None:
    samples: dict[str, list[float]] = {which: [] for which in LISTS}
    totals: dict[str, int] = {}
    for n in range(rounds):
        for which in LISTS:
            params = {
                "list": which,
                "sort": SORTS[n % len(SORTS)],
                "limit": 50,
                "offset": (n * 50) % 2000,
            }
            if n % 4 == 3:
                params["applicant_name"] = "王"
            started = time.perf_counter()
            answer = await review.get("/cases", params=params, headers=headers)
            samples[which].append((time.perf_counter() - started) * 1000)
            answer.raise_for_status()
            totals[which] = answer.json()["total"]
    everything = [s for values in samples.values() for s in values]
    print(f"list pages ({rounds} requests per list, 50 rows each, ms):")
    for which, values in samples.items():
        print(
            f"  {which:<11} total={totals[which]:>5}  p50={statistics.median(values):6.1f}"
            f"  p95={_percentile(values, 95):6.1f}"
        )
    print(
        f"  all          p50={statistics.median(everything):6.1f}"
        f"  p95={_percentile(everything, 95):6.1f}   (target p95 < 100 ms)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=60)
    parser.add_argument(
        "--browser", action="store_true", help="also the case page in Chromium (web built)"
    )
    arguments = parser.parse_args()
    asyncio.run(bench_lists(arguments.cases, arguments.rounds))
    if arguments.browser:
        from bench.case_page import bench_case_page

        with tempfile.TemporaryDirectory(prefix="bench-workbench-") as workdir:
            bench_case_page(arguments.cases, 8, Path(workdir))


if __name__ == "__main__":
    main()
