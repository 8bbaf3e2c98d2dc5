"""Issue 15's "done means": `curl :PORT/metrics` on each of the eight processes `make run`
starts (four APIs, four workers) shows the operator's series, and they move while the system
works: logins refused and throttled, messages consumed by queue, a message that fails every try
(failed, dead-lettered, replayed with deploy.dead_letters, then consumed), notices by status and
channel, and an outbox row held back (backlog and the age of its oldest row)."""

import asyncio
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime

import httpx
import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine

from shared.contracts import ApplicantIdentityProvided, ApplicationNotRecommended, OrganisationRef
from tests.integration.test_operations import sample
from tests.support.infra import Databases, fresh_vhost
from tests.support.launched import REPO, SERVICES, LaunchedSystem, launched_system
from tests.support.notify import contact_event, publish

NOT_RECOMMENDED = "notify.application_not_recommended"
FAST = {f"{name.upper()}_METRICS_SAMPLE_SECONDS": "0.3" for name in SERVICES}
REFUSE_NOTICES = (
    "create function refuse_notices() returns trigger language plpgsql as "
    "$$ begin raise exception 'notices refused for this test'; end $$",
    "create trigger refuse_notices before insert on notice "
    "for each row execute function refuse_notices()",
)
ALLOW_NOTICES = ("drop trigger refuse_notices on notice", "drop function refuse_notices()")
# as if another relay had leased the row and died: it waits out the lease
HOLD_OUTBOX = (
    "create function hold_outbox() returns trigger language plpgsql as "
    "$$ begin new.lease_until := now() + interval '6 seconds'; return new; end $$",
    "create trigger hold_outbox before insert on outbox_message "
    "for each row execute function hold_outbox()",
)
RELEASE_OUTBOX = ("drop trigger hold_outbox on outbox_message", "drop function hold_outbox()")


@pytest.fixture(scope="module")
def launched(
    amqp_url: str, postgres_admin_url: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[LaunchedSystem, str, dict[str, str]]]:
    databases = Databases(postgres_admin_url)
    urls = {name: asyncio.run(databases.create(f"metrics_{name}")) for name in SERVICES}
    workdir = tmp_path_factory.mktemp("metrics")
    try:
        with (
            fresh_vhost(amqp_url) as own_vhost,
            launched_system(
                workdir=workdir, amqp_url=own_vhost, database_urls=urls, extra_env=FAST
            ) as system,
        ):
            yield system, own_vhost, urls
    finally:
        asyncio.run(databases.drop_all())


class Scrapes:
    """/metrics of every process of the launched system, by name ("intake", "intake-worker")."""

    def __init__(self, system: LaunchedSystem) -> None:
        self.urls = {}
        for service in SERVICES:
            port = system.ports[service]
            self.urls[service] = f"http://127.0.0.1:{port}/metrics"
            self.urls[f"{service}-worker"] = f"http://127.0.0.1:{port + 1000}/metrics"

    def page(self, process: str) -> str:
        answer = httpx.get(self.urls[process], timeout=10)
        assert answer.status_code == 200, (process, answer.status_code)
        return answer.text

    def all(self) -> dict[str, str]:
        return {process: self.page(process) for process in self.urls}

    def until(
        self, process: str, name: str, holds: object, *, within: float = 30, **labels: str
    ) -> float:
        deadline = time.monotonic() + within
        while True:
            value = sample(self.page(process), name, **labels)
            if holds(value):  # type: ignore[operator]
                return value
            assert time.monotonic() < deadline, f"{process} {name}{labels} stayed at {value}"
            time.sleep(0.2)


def _database(url: str, statements: tuple[str, ...]) -> None:
    async def run() -> None:
        engine = create_async_engine(url)
        try:
            async with engine.begin() as connection:
                for statement in statements:
                    await connection.execute(text(statement))
        finally:
            await engine.dispose()

    asyncio.run(run())


def _refused_logins(system: LaunchedSystem) -> None:
    """Six wrong passwords on one account from one client: five refused, the sixth throttled."""
    applicant = {"id_number": "330102199001011234", "password": "wrong-password"}
    admin = {"username": "nobody-here", "password": "wrong-password"}
    for service, path, body in (
        ("intake", "/accounts/token", applicant),
        ("review", "/auth/login", admin),
    ):
        statuses = [system.api(service).post(path, json=body).status_code for _ in range(6)]
        assert statuses == [401] * 5 + [429], (service, statuses)


def _dead_letters(amqp_url: str, *args: str) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "deploy.dead_letters", *args],
        cwd=REPO,
        env={"AMQP_URL": amqp_url, "PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO)},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def test_every_process_serves_the_operators_series_and_they_move(
    launched: tuple[LaunchedSystem, str, dict[str, str]],
) -> None:
    system, amqp_url, urls = launched
    scrapes = Scrapes(system)
    before = scrapes.all()
    for service in SERVICES:
        assert "http_requests_total{" in before[service], service
        worker = before[f"{service}-worker"]
        for series in ("messages_consumed_total", "messages_failed_total", "ready{"):
            assert series in worker, (service, series)
        for series in ("outbox_backlog", "outbox_oldest_unpublished_age_seconds"):
            assert f"\n{series} " in worker, (service, series)
    for api, kind in (("intake", "applicant"), ("review", "admin")):
        for series in ("login_failures_total", "login_throttled_total"):
            assert f'{series}{{kind="{kind}"}}' in before[api], (api, series)
    assert 'notices{channel="email",status="sent"}' in before["notify-worker"]
    assert 'notify_provider_reachable{provider="smtp"} 1.0' in before["notify-worker"]
    scrapes.until(
        "notify-worker", "messages_consumed_total", bool, queue="notify.directory_published"
    )

    # logins refused, then throttled (intake: applicants; review: the 管理端)
    _refused_logins(system)
    after = scrapes.all()
    for api, kind in (("intake", "applicant"), ("review", "admin")):
        for series, moved in (("login_failures_total", 5), ("login_throttled_total", 1)):
            was, now = sample(before[api], series, kind=kind), sample(after[api], series, kind=kind)
            assert now >= was + moved, (api, series, was, now)
    health = {"handler": "/health", "method": "GET", "status": "2xx"}
    for service in SERVICES:
        assert system.api(service).get("/health").status_code == 200
        was = sample(before[service], "http_requests_total", **health)
        scrapes.until(service, "http_requests_total", lambda v, was=was: v > was, **health)

    # review's outbox holds a row back: its backlog and oldest age rise, then fall to 0
    _database(urls["review"], HOLD_OUTBOX)
    try:
        system.new_account("330106.county_hr")  # AccountChanged, to every other service
        backlog = scrapes.until("review-worker", "outbox_backlog", lambda v: v >= 1)
        assert backlog >= 1
        scrapes.until("review-worker", "outbox_oldest_unpublished_age_seconds", lambda v: v >= 2)
    finally:
        _database(urls["review"], RELEASE_OUTBOX)
    scrapes.until("review-worker", "outbox_backlog", lambda v: v == 0, within=30)
    scrapes.until("review-worker", "outbox_oldest_unpublished_age_seconds", lambda v: v == 0)
    for worker in ("intake-worker", "committee-worker", "notify-worker"):
        queue = f"{worker.removesuffix('-worker')}.account_changed"
        was = sample(before[worker], "messages_consumed_total", queue=queue)
        scrapes.until(worker, "messages_consumed_total", lambda v, was=was: v > was, queue=queue)

    # review's worker hears intake's event
    identity = ApplicantIdentityProvided(
        application_id=uuid.uuid4(),
        submission=1,
        id_number="330102199001011234",
        provided_at=datetime.now(UTC),
    )
    asyncio.run(publish(amqp_url, identity, sequence=1))
    queue = "review.applicant_identity_provided"
    was = sample(before["review-worker"], "messages_consumed_total", queue=queue)
    scrapes.until("review-worker", "messages_consumed_total", lambda v: v > was, queue=queue)

    # notify cannot store notices: the message fails every try and is dead-lettered
    refusal = ApplicationNotRecommended(
        application_id=uuid.uuid4(),
        submission=1,
        case_id=uuid.uuid4(),
        office=OrganisationRef(code="mid.3301", name="杭州市建设工程专业中评委办公室"),
        lower_unit=OrganisationRef(
            code="330100.city_hr", name="杭州市人力资源和社会保障局", email="hr@example.gov.cn"
        ),
        reasons=["赞成票未达到出席评委人数的三分之二"],
        decided_at=datetime.now(UTC),
    )
    sent_before = sample(after["notify-worker"], "notices", status="sent", channel="email")
    _database(urls["notify"], REFUSE_NOTICES)
    try:
        asyncio.run(publish(amqp_url, contact_event(refusal.application_id), sequence=1))
        envelope = asyncio.run(publish(amqp_url, refusal, sequence=2))
        scrapes.until(
            "notify-worker", "messages_dead_lettered_total", lambda v: v >= 1, queue=NOT_RECOMMENDED
        )
        failed = sample(
            scrapes.page("notify-worker"), "messages_failed_total", queue=NOT_RECOMMENDED
        )
        assert failed >= 5  # every try of the delivery limit
        scrapes.until(
            "notify-worker", "dead_letter_queue_messages", lambda v: v == 1, queue=NOT_RECOMMENDED
        )
    finally:
        _database(urls["notify"], ALLOW_NOTICES)

    # the operator replays it: consumed, its notices sent, the dead-letter queue empty
    assert str(envelope.message_id) in _dead_letters(amqp_url, "list", NOT_RECOMMENDED)
    assert "已重放" in _dead_letters(
        amqp_url, "replay", NOT_RECOMMENDED, str(envelope.message_id), "--by", "e2e"
    )
    scrapes.until(
        "notify-worker", "messages_consumed_total", lambda v: v >= 1, queue=NOT_RECOMMENDED
    )
    scrapes.until(
        "notify-worker", "dead_letter_queue_messages", lambda v: v == 0, queue=NOT_RECOMMENDED
    )
    scrapes.until(
        "notify-worker",
        "notices",
        lambda v: v >= sent_before + 2,  # the applicant's mail and the unit's
        status="sent",
        channel="email",
    )
    scrapes.until("notify-worker", "notices", lambda v: v >= 1, status="sent", channel="sms")
    # the same message once more: notify's inbox drops it
    asyncio.run(publish(amqp_url, refusal, envelope=envelope))
    scrapes.until(
        "notify-worker", "messages_duplicate_total", lambda v: v >= 1, queue=NOT_RECOMMENDED
    )
    # intake knows no such application: its handler fails there too (and dead-letters it)
    queue = "intake.application_not_recommended"
    scrapes.until("intake-worker", "messages_failed_total", lambda v: v >= 5, queue=queue)
