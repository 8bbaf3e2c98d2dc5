"""`make bench`: the performance table of issue 17, each figure beside its yardstick in one run
on this machine's PostgreSQL and RabbitMQ (bench/yardsticks.py says what each yardstick is).

    make bench                       # 10k and 100k cases, 200 submits, 300 through the pipeline
    python -m bench.table --cases 10000 1000000 --submits 400 --pipeline 2000

Rows measured: the department list page at each size (p99 against the bare indexed page);
submit (rate and the API's CPU per request against the bare one-insert app, with the workers
running beside it as deployed: processes of their own); the whole draft → submit journey and
one case's twelve actions at three departments, in bare inserts' worth; submit → visible in the
first inbox at 10/s offered (p50/p99); N submissions into the first inbox, end to end (bounded
by the submit rate, shown without a target) and as the pipeline itself: N submitted while no
worker runs, then relayed by intake's worker and opened by review's, against the raw broker
round trip; submits offered past one intake API's capacity, each applicant a client of its own
(shed with 503, retried with their Idempotency-Key); one review worker process against two on
the same backlog (bench/scaling.py). The three-node broker cluster is `make bench-cluster`
(bench/cluster_run.py).

It measures and prints; it passes or fails nothing. Requests go through the ASGI apps in this
process (no sockets), the same way for our services and for the yardsticks; the workers are
`python -m services.<name> worker` processes (bench/scaling.py)."""

import argparse
import asyncio
import contextlib
import os
import statistics
import time
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime

import httpx
import uvloop
from sqlalchemy import select, text

from bench.rows import Row
from bench.scaling import (
    capacity_row,
    opened_times,
    relayed_rate,
    workers_as_deployed,
    workers_row,
)
from bench.yardsticks import bare_app, raw_round_trip, seed_bare_cases
from deploy.season import id_number, phone_of
from services.review import bootstrap as review_bootstrap
from services.review.commands import CreateAccount
from services.review.domain.accounts import AccountKind
from services.review.handlers.accounts import create_account
from services.review.main import create_app as create_review_app
from services.review.models import review_case
from services.review.settings import ReviewSettings
from shared.db.migrations import upgrade_async
from shared.logging import configure_logging
from tests.support.applications import application_body, logged_in, prepared
from tests.support.departments import arrived, department
from tests.support.infra import Databases, broker_url, fresh_vhost, postgres_url
from tests.support.seeded_cases import HOLDER, seed_cases
from tests.support.system import RunningSystem, client, running_system

PASSWORD = "bench-password-2026!"
# requests before the measured ones, ours and the yardsticks' alike: the pool's connections
# opened, the statements compiled and prepared, the code paths warm
WARM_UP = 20


def percentile(samples: list[float], q: int) -> float:
    return statistics.quantiles(samples, n=100, method="inclusive")[q - 1]


async def timed(call: Callable[[], Awaitable[httpx.Response]]) -> float:
    started = time.perf_counter()
    answer = await call()
    elapsed = (time.perf_counter() - started) * 1000
    answer.raise_for_status()
    return elapsed


# -- the list page ---------------------------------------------------------------------------


async def list_row(databases: Databases, cases: int, rounds: int) -> Row:
    url = await databases.create(f"bench_list_{cases}")
    await upgrade_async(review_bootstrap.MIGRATIONS, url)
    settings = ReviewSettings(database_url=url)
    services = await review_bootstrap.build(settings)
    try:
        await seed_cases(services.engine, cases)
        async with services.transaction() as uow:
            await uow.tallies.fold()  # what the running worker does within seconds
        async with services.transaction() as uow:
            command = CreateAccount("bench", "压测员", AccountKind.department, HOLDER, PASSWORD)
            await create_account(uow, command, services.reference)
        async with services.engine.connect() as connection:
            autocommit = await connection.execution_options(isolation_level="AUTOCOMMIT")
            await autocommit.execute(text("VACUUM ANALYZE"))
    finally:
        await services.aclose()
    async with client(create_review_app(settings), "review") as review:
        login = await review.post("/auth/login", json={"username": "bench", "password": PASSWORD})
        login.raise_for_status()
        headers = {"Authorization": f"Bearer {login.json()['access_token']}"}

        def page(n: int) -> Callable[[], Awaitable[httpx.Response]]:
            params = {"list": "personal", "limit": 50, "offset": (n * 50) % 2000}
            return lambda: review.get("/cases", params=params, headers=headers)

        for n in range(WARM_UP):
            await timed(page(n))
        ours = [await timed(page(n)) for n in range(rounds)]
    async with bare_app(url) as (app, engine):
        await seed_bare_cases(engine, cases, HOLDER)
        async with client(app, "bare") as bare:

            def bare_page(n: int) -> Callable[[], Awaitable[httpx.Response]]:
                params = {"holder": HOLDER, "limit": 50, "offset": (n * 50) % 2000}
                return lambda: bare.get("/cases", params=params)

            for n in range(WARM_UP):
                await timed(bare_page(n))
            yardstick = [await timed(bare_page(n)) for n in range(rounds)]
    ratio = percentile(ours, 99) / percentile(yardstick, 99)
    return Row(
        f"department list page, {cases:,} cases",
        f"p50 {statistics.median(ours):.1f} ms, p99 {percentile(ours, 99):.1f} ms",
        f"bare page p99 {percentile(yardstick, 99):.1f} ms",
        ratio,
        "p99 ≤ 3× the bare page",
        ratio <= 3,
    )


# -- submit, the journey, three departments --------------------------------------------------


@dataclass(frozen=True)
class BareInsert:
    """The bare app's one-insert request, measured once: the unit the cost rows count in."""

    seconds: float
    cpu_seconds: float

    @property
    def rate(self) -> float:
        return 1 / self.seconds


async def bare_insert(databases: Databases, count: int) -> BareInsert:
    url = await databases.create("bench_bare")
    async with bare_app(url) as (app, _engine), client(app, "bare") as bare:
        body = {"name": "张三", "employer": "杭州市西湖区某某建设有限公司"}
        for _ in range(WARM_UP):
            (await bare.post("/items", json=body)).raise_for_status()
        cpu, wall = time.process_time(), time.perf_counter()
        for _ in range(count):
            (await bare.post("/items", json=body)).raise_for_status()
        return BareInsert((time.perf_counter() - wall) / count, (time.process_time() - cpu) / count)


@dataclass(frozen=True)
class Drafts:
    ready: list[tuple[dict[str, str], str]]  # (the applicant's headers, the application id)
    seconds_each: float  # the draft: created, the employer step, four forms and the photo


async def drafts(system: RunningSystem, count: int, first_serial: int) -> Drafts:
    """`count` applicants with complete drafts, ready to submit, made as the portal makes them."""
    ready, drafting = [], 0.0
    for n in range(count):
        body = application_body(name=f"压测{n}")
        birth = f"19{70 + n // 336 % 30:02d}{1 + n // 28 % 12:02d}{1 + n % 28:02d}"
        number = id_number(birth=birth, serial=f"{first_serial:03d}")
        body["applicant"] |= {"id_number": number, "phone": phone_of(number)}
        await logged_in(system.intake, body["applicant"])  # registered: not the draft's cost
        started = time.perf_counter()
        ready.append(await prepared(system.intake, body))
        drafting += time.perf_counter() - started
    return Drafts(ready, drafting / count)


async def submit(system: RunningSystem, headers: dict[str, str], application_id: str) -> None:
    answer = await system.intake.post(f"/applications/{application_id}/submit", headers=headers)
    assert answer.status_code == 202, answer.text


async def submit_rows(system: RunningSystem, bare: BareInsert, count: int) -> list[Row]:
    made = await drafts(system, count, first_serial=100)
    cpu, wall = time.process_time(), time.perf_counter()
    for headers, application_id in made.ready:
        await submit(system, headers, application_id)
    each, cpu_each = (time.perf_counter() - wall) / count, (time.process_time() - cpu) / count
    journey = (made.seconds_each + each) / bare.seconds
    return [
        Row(
            "submit (workers running)",
            f"{1 / each:.0f}/s, {cpu_each * 1000:.1f} ms API CPU each",
            f"bare insert {bare.rate:.0f}/s, {bare.cpu_seconds * 1000:.1f} ms CPU",
            bare.seconds / each,
            "≥ 0.5 × the bare rate",
            bare.seconds / each >= 0.5,
        ),
        Row(
            "draft → submit, whole journey",
            f"{(made.seconds_each + each) * 1000:.0f} ms per application",
            f"bare insert {bare.seconds * 1000:.1f} ms",
            journey,
            "≤ 12 bare inserts' worth",
            journey <= 12,
        ),
    ]


# a Hangzhou county's route: three departments, then the mid-committee office
THREE_DEPARTMENTS = (HOLDER, "330100.city_bureau", "330100.city_hr")
STAGE_ACTIONS: tuple[tuple[str, dict[str, str] | None], ...] = (
    ("receive", None),
    ("paper-check", {"note": "纸质材料齐全，与电子材料一致"}),
    ("opinion", {"decision": "agree", "text": "同意报送", "signer": "审核员甲"}),
    ("forward", None),
)


async def departments_row(system: RunningSystem, bare: BareInsert, count: int) -> Row:
    """Each case's twelve actions (receive, paper check, opinion, forward at three departments),
    timed without the waits for the next department's inbox."""
    made = await drafts(system, count, first_serial=300)
    for headers, application_id in made.ready:
        await submit(system, headers, application_id)
    acting = 0.0
    for position, organisation in enumerate(THREE_DEPARTMENTS, start=1):
        dept = await department(system, organisation)
        for _, application_id in made.ready:
            row = await arrived(dept, "personal" if position == 1 else "unit", application_id)
            started = time.perf_counter()
            for action, body in STAGE_ACTIONS:
                answer = await dept.post(f"/cases/{row['case_id']}/{action}", json=body)
                assert answer.status_code == 200, (organisation, action, answer.text)
            acting += time.perf_counter() - started
    worth = acting / count / bare.seconds
    return Row(
        "one case through three departments",
        f"{acting / count * 1000:.0f} ms of requests per case",
        f"bare insert {bare.seconds * 1000:.1f} ms",
        worth,
        "≤ 20 bare inserts' worth",
        worth <= 20,
    )


async def latency_row(system: RunningSystem, count: int, per_second: float = 10) -> Row:
    """Submissions offered at a steady rate; each one's time from its submit request to its
    case opening in review (review_case.opened_at, the same clock)."""
    made = await drafts(system, count, first_serial=400)
    sent_at: dict[uuid.UUID, datetime] = {}

    async def one(headers: dict[str, str], application_id: str) -> None:
        sent_at[uuid.UUID(application_id)] = datetime.now(UTC)
        await submit(system, headers, application_id)

    offered = []
    for headers, application_id in made.ready:
        offered.append(asyncio.create_task(one(headers, application_id)))
        await asyncio.sleep(1 / per_second)
    await asyncio.gather(*offered)
    opened = await _opened(system, list(sent_at))
    waits = [(opened[key] - sent).total_seconds() * 1000 for key, sent in sent_at.items()]
    p99 = percentile(waits, 99)
    return Row(
        f"submit → visible in the first inbox, {per_second:.0f}/s offered",
        f"p50 {statistics.median(waits):.0f} ms, p99 {p99:.0f} ms",
        "—",
        p99 / 50,
        "p99 ≤ 50 ms",
        p99 <= 50,
    )


async def _opened(system: RunningSystem, ids: list[uuid.UUID]) -> dict[uuid.UUID, datetime]:
    query = select(review_case.c.application_id, review_case.c.opened_at).where(
        review_case.c.application_id.in_(ids)
    )
    deadline = time.perf_counter() + 120
    while True:
        async with system.review_services.engine.connect() as connection:
            rows = (await connection.execute(query)).all()
        if len(rows) >= len(ids) or time.perf_counter() > deadline:
            return {row.application_id: row.opened_at for row in rows}
        await asyncio.sleep(0.1)


async def submit_all(
    system: RunningSystem, ready: list[tuple[dict[str, str], str]], in_flight: int = 8
) -> None:
    """Every draft submitted, `in_flight` at a time (several applicants at once)."""
    pending = list(ready)

    async def submitter() -> None:
        while pending:
            await submit(system, *pending.pop())

    await asyncio.gather(*(submitter() for _ in range(in_flight)))


async def end_to_end_row(system: RunningSystem, count: int, in_flight: int = 8) -> Row:
    """From the first submit request to the last case opened: the submit API's own rate
    (its row above) bounds this one, so it is shown for what it is, not held to the target."""
    ready = (await drafts(system, count, first_serial=200)).ready
    ids = [uuid.UUID(application_id) for _, application_id in ready]
    started = time.perf_counter()
    await submit_all(system, ready, in_flight)
    await opened_times(system, ids)  # every case opened
    ours = time.perf_counter() - started
    raw = await raw_round_trip(system.amqp_url, count, in_flight=in_flight)
    return Row(
        f"{count} submits → all in the first inbox, end to end",
        f"{ours:.1f} s ({count / ours:.0f}/s)",
        f"raw confirmed round trip {count / raw:.0f}/s",
        (count / ours) / (count / raw),
        "— (the submit row bounds it)",
        None,
    )


async def pipeline_row(
    system: RunningSystem, ready: list[tuple[dict[str, str], str]], in_flight: int = 8
) -> Row:
    """The pipeline itself: `ready` drafts submitted while no worker runs (accepted, their
    events in intake's outbox), then the workers started: the rate at which intake's relay and
    review's consumer bring them into the first inbox, against the raw broker round trip of
    as many messages."""
    await submit_all(system, ready, in_flight)
    ours = await relayed_rate(system, [uuid.UUID(application_id) for _, application_id in ready])
    raw = len(ready) / await raw_round_trip(system.amqp_url, len(ready), in_flight=in_flight)
    return Row(
        f"{len(ready)} accepted submissions → all in the first inbox",
        f"{ours:.0f}/s relayed and opened",
        f"raw confirmed round trip {raw:.0f}/s",
        ours / raw,
        "≥ 25 % of the raw round trip",
        ours / raw >= 0.25,
    )


# -- the run ---------------------------------------------------------------------------------


def show(rows: list[Row]) -> None:
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"\nmachine: {os.cpu_count()} cores, load average {load}")
    print(f"{'what':<48} {'ours':<34} {'yardstick':<44} {'ratio':>6}  target")
    for row in rows:
        mark = {True: "met", False: "NOT MET", None: "no target of its own"}[row.met]
        print(
            f"{row.what:<48} {row.ours:<34} {row.yardstick:<44} {row.ratio:6.2f}  "
            f"{row.target} ({mark})"
        )


async def run(arguments: argparse.Namespace, postgres_admin: str, amqp_url: str) -> list[Row]:
    os.environ.setdefault("AUTH_SECRET", "bench-secret-" + uuid.uuid4().hex)
    databases = Databases(postgres_admin)
    rows: list[Row] = []
    try:
        for cases in arguments.cases:
            rows.append(await list_row(databases, cases, arguments.rounds))
            print(rows[-1])
        bare = await bare_insert(databases, arguments.submits or 200)
        # the pools as deployed (shared/settings.py), not the suite's small ones
        pools = running_system(amqp_url, databases, db_pool_size=10, db_max_overflow=20)
        async with pools as system:
            measured = []
            async with workers_as_deployed(system):
                if arguments.submits:
                    measured += await submit_rows(system, bare, arguments.submits)
                if arguments.departments:
                    measured.append(await departments_row(system, bare, arguments.departments))
                if arguments.offered:
                    measured.append(await latency_row(system, arguments.offered))
                if arguments.pipeline:
                    measured.append(await end_to_end_row(system, arguments.pipeline))
                    waiting = await drafts(system, arguments.pipeline, first_serial=600)
                if arguments.past_capacity:
                    ready = await drafts(system, arguments.past_capacity, first_serial=500)
                    rate = arguments.past_capacity_rate
                    measured.append(await capacity_row(system, ready.ready, rate))
            if arguments.pipeline:  # submitted with no worker running, then relayed
                measured.append(await pipeline_row(system, waiting.ready))
            if arguments.backlog:  # with review's worker processes of its own, one then two
                measured.append(await workers_row(system, arguments.backlog))
            rows += measured
    finally:
        await databases.drop_all()
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cases", type=int, nargs="*", default=[10_000, 100_000])
    parser.add_argument("--rounds", type=int, default=200, help="list pages per size")
    parser.add_argument("--submits", type=int, default=200)
    parser.add_argument("--departments", type=int, default=20, help="cases through 3 stages")
    parser.add_argument("--offered", type=int, default=100, help="submissions offered at 10/s")
    parser.add_argument("--pipeline", type=int, default=300)
    parser.add_argument(
        "--past-capacity", type=int, default=500, help="submits offered to one intake API"
    )
    parser.add_argument(
        "--past-capacity-rate",
        type=float,
        default=300,
        help="submits offered per second: past what one intake API serves (~150/s here)",
    )
    parser.add_argument("--backlog", type=int, default=2000, help="drained by 1, then 2 workers")
    arguments = parser.parse_args()
    configure_logging("bench", level="WARNING", json=False)  # the figures, not every message
    with contextlib.ExitStack() as stack:  # a fresh vhost and databases, removed afterwards
        postgres_admin = stack.enter_context(postgres_url())
        amqp_url = stack.enter_context(fresh_vhost(stack.enter_context(broker_url())))
        # the loop the deployed APIs and workers run on (uvicorn's; shared/entrypoint.py), for
        # ours and the yardsticks alike
        with asyncio.Runner(loop_factory=uvloop.new_event_loop) as runner:
            show(runner.run(run(arguments, postgres_admin, amqp_url)))


if __name__ == "__main__":
    main()
