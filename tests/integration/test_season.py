"""Issue 16: the season the operator sets in review reaches intake, which takes submissions only
inside its window and says the dates otherwise; review counts each stage's waiting in working
days against the role's limit and marks what is overdue (催办)."""

import uuid
from collections.abc import AsyncIterator
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import update

from services.review.models import route_stage
from tests.support.applications import application_body, prepared
from tests.support.departments import Department, arrived, department, operator
from tests.support.infra import Databases, fresh_vhost
from tests.support.polling import eventually
from tests.support.system import RunningSystem, running_system

COUNTY = "330106.county_hr"


@pytest.fixture(scope="module")
async def own_system(amqp_url: str, databases: Databases) -> AsyncIterator[RunningSystem]:
    """A system of its own: the seasons set here must not close other tests' window."""
    # a vhost of its own: two intakes on one vhost would share (and split) their queues
    with fresh_vhost(amqp_url) as vhost:
        async with running_system(vhost, databases) as running:
            yield running


def _season(opens: date, closes: date, **more: Any) -> dict[str, Any]:
    return {
        "year": opens.year,
        "submission_opens": opens.isoformat(),
        "submission_closes": closes.isoformat(),
        **more,
    }


async def _set(admin: Department, system: RunningSystem, body: dict[str, Any]) -> None:
    answer = await admin.put("/admin/season", json=body)
    assert answer.status_code == 200, answer.text

    async def heard() -> bool:
        window = (await system.intake.get("/season")).json()
        return window is not None and window["submission_closes"] == body["submission_closes"]

    await eventually(heard, what="the season reaching intake")


async def test_outside_the_window_a_submission_is_refused_with_the_dates(
    own_system: RunningSystem,
) -> None:
    admin = await operator(own_system)
    today = datetime.now(UTC).date()
    body = application_body(serial="961", name="期一")
    headers, application_id = await prepared(own_system.intake, body)
    submit = f"/applications/{application_id}/submit"

    await _set(admin, own_system, _season(today - timedelta(days=30), today - timedelta(days=2)))
    window = (await own_system.intake.get("/season")).json()
    assert (window["open_now"], window["days_left"]) == (False, 0)
    refused = await own_system.intake.post(submit, headers=headers)
    assert refused.status_code == 409, refused.text
    closes = today - timedelta(days=2)
    assert refused.json()["detail"] == (
        f"{window['year']}年度申报已截止：申报时间为"
        f"{today - timedelta(days=30):%Y年%m月%d日}至{closes:%Y年%m月%d日}"
    )

    await _set(admin, own_system, _season(today + timedelta(days=3), today + timedelta(days=9)))
    early = await own_system.intake.post(submit, headers=headers)
    assert early.status_code == 409, early.text
    assert "申报尚未开始" in early.json()["detail"]

    await _set(admin, own_system, _season(today - timedelta(days=1), today + timedelta(days=10)))
    window = (await own_system.intake.get("/season")).json()
    assert window["open_now"]
    assert 10 <= window["days_left"] <= 12  # today and the ten after it, wherever UTC's day is
    accepted = await own_system.intake.post(submit, headers=headers)
    assert accepted.status_code == 202, accepted.text


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        ({"submission_closes": "2026-11-30"}, "submission_closes", "早于开始日期"),
        ({"year": 2024}, "year", "申报年度 2024"),
        (
            {"stage_limits": [{"role": "county_hr", "working_days": 5}] * 2},
            "stage_limits",
            "填写了两次",
        ),
    ],
    ids=["closes-before-opens", "wrong-year", "role-twice"],
)
async def test_a_season_that_cannot_be_is_refused_naming_the_field(
    own_system: RunningSystem, change: dict[str, Any], field: str, words: str
) -> None:
    admin = await operator(own_system)
    body = {**_season(date(2026, 12, 1), date(2026, 12, 31)), **change}
    answer = await admin.put("/admin/season", json=body)
    assert answer.status_code == 422, answer.text
    [problem] = answer.json()["detail"]
    assert problem["field"] == field
    assert words in problem["message"]


async def test_a_case_past_its_roles_working_days_is_overdue_in_the_list(
    own_system: RunningSystem,
) -> None:
    admin = await operator(own_system)
    today = datetime.now(UTC).date()
    limits = [{"role": "county_hr", "working_days": 3}]
    await _set(
        admin,
        own_system,
        _season(today - timedelta(days=1), today + timedelta(days=20), stage_limits=limits),
    )
    season = (await admin.get("/admin/season")).json()
    assert season["stage_limits"] == [
        {"role": "county_hr", "role_label": "县（市、区）人力社保局", "working_days": 3}
    ]
    county = await department(own_system, COUNTY)
    fresh_row = await _submitted(own_system, county, "962", "新到")
    late_row = await _submitted(own_system, county, "963", "久等")
    async with own_system.review_services.engine.begin() as connection:
        await connection.execute(
            update(route_stage)
            .where(route_stage.c.case_id == uuid.UUID(late_row["case_id"]))
            .values(entered_at=datetime.now(UTC) - timedelta(days=21))  # ≥ 13 working days
        )
    rows = {r["application_id"]: r for r in (await county.list("personal"))["items"]}
    assert rows[fresh_row["application_id"]]["overdue"] is False
    assert rows[fresh_row["application_id"]]["stage_limit"] == 3
    late_now = rows[late_row["application_id"]]
    assert late_now["overdue"] is True
    assert late_now["working_days_waiting"] > 3


async def _submitted(
    system: RunningSystem, county: Department, serial: str, name: str
) -> dict[str, Any]:
    headers, application_id = await prepared(
        system.intake, application_body(serial=serial, name=name)
    )
    answer = await system.intake.post(f"/applications/{application_id}/submit", headers=headers)
    assert answer.status_code == 202, answer.text
    return await arrived(county, "personal", application_id)
