"""A fresh deployment loses no notice.

A refusal is published once for two queues (intake's and notify's): mandatory publishing only
catches a key that reaches no queue at all, so notify's queue must exist before the first
refusal is published. The deployment step declares every queue; a publisher that finds one of
its queues missing waits, and says so once, instead of publishing past it."""

import asyncio
import os
import sys
import uuid
from collections.abc import Awaitable, Callable, Iterator

import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncEngine

from services.intake.models import messaging as intake_messaging
from services.notify.models import notice
from services.review.models import messaging as review_messaging
from shared.contracts.registry import queues_of
from shared.db import MessagingTables
from shared.messaging import dead_letter_queue_name
from shared.messaging.topology import declare_topology
from tests.integration.messaging.conftest import events
from tests.support import broker
from tests.support.infra import Databases, vhost_of_its_own
from tests.support.logs import LogRecorder
from tests.support.phone_codes import StoredCodes, read_codes_with
from tests.support.polling import eventually
from tests.support.season import (
    Answers,
    Applicant,
    WholeSystem,
    applicants,
    refuse_all,
    submit_all,
    whole_system,
)


@pytest.fixture
def own_vhost() -> Iterator[str]:
    """A vhost of this test's own, as a new deployment's broker is: no queue exists yet."""
    with vhost_of_its_own() as url:
        yield url


async def test_refusals_published_before_notify_first_starts_are_each_told_once(
    own_vhost: str, databases: Databases
) -> None:
    async with whole_system(own_vhost, databases, notify_now=False) as system:
        people = await applicants(system, 3, serial=300)
        answers = Answers()
        await submit_all(system, people, answers, spacing=0)
        await refuse_all(system, people, answers)
        await eventually(
            lambda: _unpublished_is(system.base.review_services.engine, review_messaging, 0),
            what="every refusal published while notify has never run",
        )
        await system.start_notify()
        await _each_told_once(system, people)


async def test_a_publisher_waits_for_a_missing_queue_says_so_once_and_loses_nothing(
    own_vhost: str, databases: Databases, log_recorder: LogRecorder
) -> None:
    # notify's deployment step has not run: its queues do not exist, so review publishes nothing
    # either, its directory included; intake is handed the directory as an earlier season left it
    declared = ("intake", "review", "committee")
    async with whole_system(
        own_vhost, databases, notify_now=False, declared=declared, hand_directory=True
    ) as system:
        # nor can an SMS code go out: the codes are put where intake keeps the ones it sent
        read_codes_with(system.base.intake, StoredCodes(system.base.intake_services))
        people = await applicants(system, 2, serial=320)
        answers = Answers()
        await submit_all(system, people, answers, spacing=0)
        await asyncio.sleep(3)  # many relay rounds
        intake_engine = system.base.intake_services.engine
        assert not await _unpublished_is(intake_engine, intake_messaging, 0), (
            "intake published although notify's queue for the applicant's contacts is missing"
        )
        waits = events(log_recorder, "publishing_waits_for_queues")
        assert len(waits) == 2, waits  # intake's relay and review's, one line each
        assert all("python -m services.notify migrate" in line for line in waits)

        await declare_topology(own_vhost, "notify", delivery_limit=5)  # notify's migrate
        await refuse_all(system, people, answers)
        await system.start_notify()
        await _each_told_once(system, people)
    assert len(events(log_recorder, "publishing_waits_for_queues")) == 2
    assert len(events(log_recorder, "publishing_queues_present")) == 2


async def _unpublished_is(engine: AsyncEngine, tables: MessagingTables, expected: int) -> bool:
    outbox = tables.outbox
    async with engine.connect() as connection:
        query = select(func.count()).where(outbox.c.published_at.is_(None))
        return int((await connection.execute(query)).scalar_one()) == expected


async def _each_told_once(system: WholeSystem, people: list[Applicant]) -> None:
    async def notices() -> dict[tuple[str, str], int]:
        assert system.notify_services is not None
        async with system.notify_services.uow_factory() as uow:
            rows = await uow.session.execute(
                select(notice.c.application_id, notice.c.status, func.count())
                .where(notice.c.application_id.in_([uuid.UUID(p.application_id) for p in people]))
                .group_by(notice.c.application_id, notice.c.status)
            )
            return {(str(a), s): n for a, s, n in rows.all()}

    expected = {(p.application_id, "sent"): 2 for p in people}
    await eventually(lambda: _equal(notices, expected), within=30, what="every refusal told")
    for person in people:
        address = person.body["applicant"]["email"]
        assert len([m for m in system.smtp.mails() if address in m["To"]]) == 1


async def _equal(read: Callable[[], Awaitable[object]], expected: object) -> bool:
    return await read() == expected


async def test_migrate_declares_every_queue_the_service_consumes_from(
    own_vhost: str, databases: Databases
) -> None:
    service = "notify"  # the one whose missing queue lost notices; the others run the same code
    database_url = await databases.create(f"migrate_{service}")
    environment = {
        **os.environ,
        "AMQP_URL": own_vhost,
        f"{service.upper()}_DATABASE_URL": database_url,
        "AUTH_SECRET": "migrate-test-Qw3e-Rt5y-Ui7o-Pa9s-Df2g-Hj4k",
    }
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        f"services.{service}",
        "migrate",
        env=environment,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    output, _ = await asyncio.wait_for(process.communicate(), timeout=120)
    assert process.returncode == 0, output.decode()
    async with broker.channel(own_vhost) as chan:
        for queue in queues_of(service):
            for name in (queue.name, dead_letter_queue_name(queue.name)):
                await chan.declare_queue(name, passive=True)  # raises if it is missing
