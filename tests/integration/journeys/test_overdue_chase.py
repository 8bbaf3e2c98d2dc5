"""催办 (issue 16): a case that has waited at the county past the county's working days makes
review's worker chase the county — an e-mail to the address notify keeps for it and a message in
its 站内消息 linking to the case — once per period, however often the worker looks."""

import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select, update

from services.notify.models import notice
from services.review.handlers.reminders import chase_overdue
from services.review.models import route_stage
from tests.support.applications import fresh_application_body, submitted
from tests.support.departments import Department, arrived, department, operator
from tests.support.infra import Databases, fresh_vhost
from tests.support.mail import text_of
from tests.support.polling import eventually
from tests.support.season import WholeSystem, whole_system

COUNTY = "330106.county_hr"
COUNTY_EMAIL = "330106.county_hr@example.gov.cn"


async def _aged(system: WholeSystem, case_id: str, days: int) -> None:
    """The case reached the county `days` days ago (the only way to age one in a test)."""
    async with system.base.review_services.engine.begin() as connection:
        await connection.execute(
            update(route_stage)
            .where(route_stage.c.case_id == uuid.UUID(case_id), route_stage.c.position == 1)
            .values(entered_at=datetime.now(UTC) - timedelta(days=days))
        )


async def _chasers(system: WholeSystem, case_id: str) -> list[Any]:
    assert system.notify_services is not None
    async with system.notify_services.engine.connect() as connection:
        rows = await connection.execute(
            select(notice).where(notice.c.case_id == uuid.UUID(case_id), notice.c.kind == "overdue")
        )
        return list(rows.all())


async def test_a_case_past_its_limit_chases_the_county_once_per_period(
    amqp_url: str, databases: Databases
) -> None:
    # a vhost of its own: two intakes on one vhost would share (and split) their queues
    with fresh_vhost(amqp_url) as vhost:
        async with whole_system(vhost, databases, chase_every_seconds=0.5) as system:
            review = system.base
            admin = await operator(review)
            today = datetime.now(UTC).date()
            season = {
                "year": today.year,
                "submission_opens": (today - timedelta(days=5)).isoformat(),
                "submission_closes": (today + timedelta(days=30)).isoformat(),
                "stage_limits": [{"role": "county_hr", "working_days": 2}],
            }
            assert (await admin.put("/admin/season", json=season)).status_code == 200
            application_id = await submitted(review.intake, fresh_application_body(name="催办一"))
            county = await department(review, COUNTY)
            case_id = (await arrived(county, "personal", application_id))["case_id"]
            assert await _chasers(system, case_id) == [], "a fresh case chases nobody"

            await _aged(system, case_id, days=10)  # 8 working days: past twice the limit
            chased = await eventually(
                lambda: _chasers(system, case_id), within=20, what="the county chased"
            )
            assert sorted(row.channel for row in chased) == ["email", "inbox"]
            [email] = [row for row in chased if row.channel == "email"]
            assert email.address == COUNTY_EMAIL, "the address notify keeps, not the event's"
            assert email.subject.startswith("催办：催办一的申报材料已在贵单位等待")
            assert "超过本年度规定的办理时限（2 个工作日）" in email.body

            await eventually(
                lambda: _mailed(system, "催办一"), within=20, what="the county's e-mail delivered"
            )
            inbox = Department(COUNTY, county.name, county.headers, system.notify)
            messages = (await inbox.get("/messages")).json()["items"]
            [message] = [m for m in messages if m["case_id"] == case_id]
            assert message["subject"].startswith("催办：催办一")

            # once per period: the worker has looked many times since; looking again sends nothing
            assert await chase_overdue(review.review_services.uow_factory) == 0
            assert len(await _chasers(system, case_id)) == 2

            await _aged(system, case_id, days=30)  # a later period: chased again, once
            assert await chase_overdue(review.review_services.uow_factory) == 1
            await eventually(
                lambda: _count_is(system, case_id, 4), within=20, what="the second reminder"
            )


async def _mailed(system: WholeSystem, name: str) -> bool:
    return any(
        name in text_of(mail) and "催办" in str(mail["Subject"]) for mail in system.smtp.mails()
    )


async def _count_is(system: WholeSystem, case_id: str, n: int) -> bool:
    return len(await _chasers(system, case_id)) == n
