"""超期 for the operator (issue 16): every case past its role's working days, by department, with
the 催办 reminders sent — on the running services, with cases aged to a known number of working
days at two counties and a city bureau."""

import uuid
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import update

from services.review.handlers.reminders import chase_overdue
from services.review.models import route_stage
from shared.working_days import WorkingCalendar
from tests.support.departments import (
    approve_and_forward,
    arrived,
    department,
    operator,
    submit_to_review,
    submitted_event,
)
from tests.support.infra import Databases, fresh_vhost
from tests.support.system import RunningSystem, running_system

CHINA = ZoneInfo("Asia/Shanghai")
XIHU, BINJIANG, CITY = "330106.county_hr", "330108.county_hr", "330100.city_bureau"


def _working_days_ago(days: int) -> datetime:
    """Noon of the day from which `days` working days have passed by today (China)."""
    calendar, today = WorkingCalendar(), datetime.now(CHINA).date()
    day = today
    while calendar.elapsed(day, today) < days:
        day -= timedelta(days=1)
    return datetime.combine(day, time(12), tzinfo=CHINA).astimezone(UTC)


async def _aged(system: RunningSystem, case_id: str, position: int, days: int) -> None:
    """The case reached the stage `days` working days ago (the only way to age one in a test)."""
    async with system.review_services.engine.begin() as connection:
        await connection.execute(
            update(route_stage)
            .where(route_stage.c.case_id == uuid.UUID(case_id), route_stage.c.position == position)
            .values(entered_at=_working_days_ago(days))
        )


async def test_the_operator_sees_every_overdue_case_by_department(
    amqp_url: str, databases: Databases
) -> None:
    # a vhost of its own: two intakes on one vhost would share (and split) their queues
    with fresh_vhost(amqp_url) as vhost:
        async with running_system(vhost, databases) as system:
            admin = await operator(system)
            before = (await admin.get("/admin/overdue")).json()
            assert (before["limits_set"], before["total"]) == (False, 0), "no season, no limit"

            today = datetime.now(CHINA).date()
            season = {
                "year": today.year,
                "submission_opens": (today - timedelta(days=40)).isoformat(),
                "submission_closes": (today + timedelta(days=30)).isoformat(),
                "stage_limits": [
                    {"role": "county_hr", "working_days": 2},
                    {"role": "city_bureau", "working_days": 3},
                ],
            }
            assert (await admin.put("/admin/season", json=season)).status_code == 200

            xihu, binjiang = await department(system, XIHU), await department(system, BINJIANG)
            ids = {
                name: await submit_to_review(system, submitted_event(region_code=region, name=name))
                for name, region in (
                    ("超期甲", "330106"),
                    ("超期乙", "330106"),
                    ("未超期", "330106"),
                    ("超期丙", "330108"),
                    ("市局超期", "330106"),
                )
            }
            rows = {
                name: await arrived(binjiang if name == "超期丙" else xihu, "personal", ids[name])
                for name in ("超期甲", "超期乙", "未超期", "超期丙")
            }
            # 超期乙 received: it waits in 待审批 now, still at the county
            received = await xihu.post(f"/cases/{rows['超期乙']['case_id']}/receive")
            assert received.status_code == 200
            await approve_and_forward(system, XIHU, ids["市局超期"], first=True)
            city = await arrived(await department(system, CITY), "unit", ids["市局超期"])

            await _aged(system, rows["超期甲"]["case_id"], 1, days=8)
            await _aged(system, rows["超期乙"]["case_id"], 1, days=5)
            await _aged(system, rows["未超期"]["case_id"], 1, days=2)  # at the limit, not past
            await _aged(system, rows["超期丙"]["case_id"], 1, days=3)
            await _aged(system, city["case_id"], 2, days=4)
            assert await chase_overdue(system.review_services.uow_factory) == 4

            answer = await admin.get("/admin/overdue")
            assert answer.status_code == 200, answer.text
            overdue = answer.json()
            assert (overdue["limits_set"], overdue["season_year"]) == (True, today.year)
            assert overdue["total"] == 4
            assert [
                (o["organisation_code"], o["role_label"], o["count"])
                for o in overdue["organisations"]
            ] == [
                (XIHU, "县（市、区）人力社保部门", 2),
                (CITY, "市主管部门", 1),
                (BINJIANG, "县（市、区）人力社保部门", 1),
            ]
            [at_xihu, at_city, at_binjiang] = overdue["organisations"]
            assert at_xihu["organisation_name"] == "杭州市西湖区人力资源和社会保障局"
            assert [
                (c["applicant_name"], c["list_label"], c["working_days_waiting"], c["stage_limit"])
                for c in at_xihu["cases"]
            ] == [("超期甲", "个人报送材料", 8, 2), ("超期乙", "待审批材料", 5, 2)]
            assert all(c["reminders_sent"] == 1 for c in at_xihu["cases"])
            assert all(c["last_reminded_at"] for c in at_xihu["cases"])
            [case] = at_city["cases"]
            assert (case["list_label"], case["working_days_waiting"], case["stage_limit"]) == (
                "单位上报材料",
                4,
                3,
            )
            assert case["case_id"] == city["case_id"]
            assert at_binjiang["cases"][0]["id_number_masked"] == "330106************"
            assert "phone" not in str(overdue)

            assert (await xihu.get("/admin/overdue")).status_code == 403
