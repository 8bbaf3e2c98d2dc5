"""PostgreSQL goes away under load, for 30 seconds and for 3 minutes, and comes back.

Intake, review and notify reach their databases through one TCP proxy (the shared server is
never touched); applicants keep submitting and the first department keeps refusing while the
proxy is down. Afterwards, with no manual step: every submission opened one case, every refusal
reached the applicant's screen once and was told once by SMS and once by e-mail, nothing was
dead-lettered, no queue holds anything, every outbox row is published; meanwhile the APIs
answered 503 with Retry-After and a Chinese message, never 500."""

import asyncio
import json
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import func, select

from services.notify.models import notice
from services.review.models import review_case
from shared.contracts.registry import CONSUMERS
from shared.messaging import dead_letter_queue_name
from tests.integration.messaging.conftest import events, through
from tests.support import broker
from tests.support.departments import department
from tests.support.infra import Databases, vhost_of_its_own
from tests.support.logs import LogRecorder
from tests.support.polling import eventually
from tests.support.season import (
    FIRST_STAGE,
    REASON,
    Answers,
    Applicant,
    WholeSystem,
    applicants,
    refuse_all,
    submit_all,
    whole_system,
)
from tests.support.tcp_proxy import TcpProxy

pytestmark = pytest.mark.database_faults


@pytest.fixture
def own_vhost() -> Iterator[str]:
    """A vhost of this test's own: its queues must be empty at the end, whatever else ran."""
    with vhost_of_its_own() as url:
        yield url


@pytest.mark.parametrize(("outage_seconds", "count"), [(30, 12), (180, 8)], ids=["30s", "3min"])
async def test_a_database_outage_under_load_loses_nothing_and_doubles_nothing(
    outage_seconds: int,
    count: int,
    own_vhost: str,
    databases: Databases,
    database_proxy: TcpProxy,
    log_recorder: LogRecorder,
) -> None:
    via_proxy = lambda url: through(url, database_proxy)  # noqa: E731
    async with whole_system(own_vhost, databases, reached_as=via_proxy) as system:
        people = await applicants(system, count, serial=100 + outage_seconds)
        await department(system.base, FIRST_STAGE)  # the clerk's account, before the outage
        answers = Answers()
        submitting = asyncio.create_task(submit_all(system, people, answers, spacing=0.4))
        refusing = asyncio.create_task(refuse_all(system, people, answers))
        await asyncio.sleep(count * 0.4 / 3)  # a third submitted, some refused
        await database_proxy.stop()
        await asyncio.sleep(outage_seconds)
        await database_proxy.start()
        await asyncio.wait_for(asyncio.gather(submitting, refusing), timeout=300)
        await _everything_settled(system, people, own_vhost)
    assert answers.unavailable, "the APIs were asked nothing while the database was away"
    for response in answers.unavailable:
        assert int(response.headers["Retry-After"]) > 0
        [problem] = response.json()["detail"]
        assert "数据库" in problem["message"]
        assert problem["type"] == "service_unavailable"
    assert events(log_recorder, "message_failed") == [], "a message was counted as failing"
    assert events(log_recorder, "message_malformed_dead_lettered") == []


async def _everything_settled(system: WholeSystem, people: list[Applicant], vhost: str) -> None:
    async def every_notice_sent() -> bool:
        return await _notices(system, people) == {(p.application_id, "sent"): 2 for p in people}

    await eventually(every_notice_sent, within=300, what="two notices sent per refusal")
    for person in people:
        shown = await system.base.intake.get(
            f"/applications/{person.application_id}", headers=person.headers
        )
        assert shown.json()["status"] == "rejected", shown.text
        timeline = shown.json()["timeline"]
        rejections = [e for e in timeline if REASON in json.dumps(e, ensure_ascii=False)]
        assert len(rejections) == 1, timeline
    async with system.base.review_services.uow_factory() as uow:
        cases = await uow.session.execute(
            select(review_case.c.application_id, func.count()).group_by(
                review_case.c.application_id
            )
        )
        assert dict(cases.all()) == {uuid.UUID(p.application_id): 1 for p in people}
    mails = system.smtp.mails()
    for person in people:
        to_them = [m for m in mails if person.body["applicant"]["email"] in m["To"]]
        assert len(to_them) == 1, (person.application_id, len(to_them))
    texts = [p.read_text(encoding="utf-8") for p in system.sms_dir.glob("*.json")]
    refusals = [text for text in texts if "不予接收" in text]  # the rest: registration codes
    assert len(refusals) == len(people)
    assert len(texts) == 2 * len(people), "one code at registration and one refusal each"
    await _queues_empty(vhost)


async def _notices(system: WholeSystem, people: list[Applicant]) -> dict[tuple[str, str], int]:
    assert system.notify_services is not None
    async with system.notify_services.uow_factory() as uow:
        rows = await uow.session.execute(
            select(notice.c.application_id, notice.c.status, func.count())
            .where(notice.c.application_id.in_([uuid.UUID(p.application_id) for p in people]))
            .group_by(notice.c.application_id, notice.c.status)
        )
        return {(str(a), s): n for a, s, n in rows.all()}


async def _queues_empty(vhost: str) -> None:
    async def depths() -> dict[str, int]:
        found = {}
        async with broker.channel(vhost) as chan:
            for queue in CONSUMERS:
                if queue.service == "committee":  # not running here: it keeps what it hears
                    continue
                for name in (queue.name, dead_letter_queue_name(queue.name)):
                    declared = await chan.declare_queue(name, passive=True)
                    found[name] = int(declared.declaration_result.message_count or 0)
        return found

    async def drained() -> bool:
        return not any((await depths()).values())

    # intake's and notify's queues drain once the last events are handled
    await eventually(drained, within=30, what="every work queue and dead-letter queue empty")
