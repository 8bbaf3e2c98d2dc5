"""统计 and 超期催办 on the screens (issue 16): the mid-committee office and the senior office
read their figures in the committee area; the operator sees the overdue cases by department and
opens one in 申报查询."""

import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import asyncpg
import httpx
import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import _in_own_loop, screenshot
from tests.browser.department_support import eventually, submit
from tests.browser.test_committee_office import OFFICE, SENIOR, _menu, _submitted_to_office
from tests.browser.test_department_workbench import log_in
from tests.support.launched import LaunchedSystem

COUNTY = "330106.county_hr"


def _waiting_at_office(system: LaunchedSystem, headers: dict[str, str], names: list[str]) -> Any:
    def found() -> list[dict[str, Any]] | None:
        items = (
            system.api("committee")
            .get("/cases", params={"list": "pending_receipt", "limit": 200}, headers=headers)
            .json()["items"]
        )
        mine = [i for i in items if i["applicant_name"] in names]
        return mine if len(mine) == len(names) else None

    return eventually(found, what="the cases at the office", within=60)


@pytest.fixture(scope="module")
def office(system: LaunchedSystem) -> dict[str, str]:
    """The office's account, once it has refused one case and sent another to the senior
    committee office (received, met, passed, chosen, sent online) through the API."""
    tag = uuid.uuid4().hex[:2].upper()
    sent, refused = f"统送{tag}", f"统拒{tag}"
    _submitted_to_office(system, [sent, refused])
    account = system.new_account(OFFICE, name="陈统计")
    headers = system.log_in(account)
    committee = system.api("committee")

    def ok(answer: httpx.Response) -> Any:
        assert answer.status_code in (200, 201), answer.text
        return answer.json()

    rows = {
        row["applicant_name"]: row for row in _waiting_at_office(system, headers, [sent, refused])
    }
    case_id = rows[sent]["case_id"]
    ok(
        committee.post(
            f"/cases/{rows[refused]['case_id']}/refuse",
            json={"reason": "申报材料不齐全，缺少业绩证明"},
            headers=headers,
        )
    )
    ok(committee.post(f"/cases/{case_id}/receive", headers=headers))
    meeting = ok(
        committee.post(
            "/meetings",
            json={
                "held_on": datetime.now(UTC).date().isoformat(),
                "members_enrolled": 9,
                "members_attending": 9,
                "case_ids": [case_id],
            },
            headers=headers,
        )
    )
    votes = [{"case_id": case_id, "present": 9, "in_favour": 8, "against": 1, "abstain": 0}]
    ok(committee.post(f"/meetings/{meeting['id']}/votes", json={"entries": votes}, headers=headers))
    ok(committee.post(f"/meetings/{meeting['id']}/confirm", headers=headers))
    senior_committee = ok(committee.get("/senior-committees", headers=headers))[0]["code"]
    chosen = {"senior_committee": senior_committee, "case_ids": [case_id]}
    ok(committee.post("/selection", json=chosen, headers=headers))
    ok(
        committee.post(
            "/batches/send", json={"senior_committee": senior_committee}, headers=headers
        )
    )
    return account


def test_the_mid_committee_office_reads_its_figures(
    page: Page, system: LaunchedSystem, office: dict[str, str]
) -> None:
    log_in(page, system, office)
    _menu(page, "统计")
    figures = page.get_by_test_id("figures")
    expect(figures).to_contain_text("杭州市建设工程专业中评委办公室")
    expect(figures).to_contain_text(f"{datetime.now(UTC).year}年度")
    for step, label in (("receipt", "接收"), ("meeting", "评审"), ("sending", "推荐送审")):
        card = page.get_by_test_id(f"figures-duration-{step}")
        expect(card).to_contain_text(f"{label}用时（中位数）")
        expect(card).to_contain_text("个工作日")
    expect(page.get_by_test_id("figures-chart")).to_contain_text("已网上送审")
    expect(page.get_by_test_id("figures-regions")).to_contain_text("杭州市")
    expect(figures).to_contain_text("不予接收的理由")
    expect(page.get_by_test_id("figures-reasons")).to_contain_text("申报材料不齐全")
    screenshot(page, "committee-figures")


def test_the_senior_office_reads_its_figures(
    page: Page, system: LaunchedSystem, office: dict[str, str]
) -> None:
    log_in(page, system, system.new_account(SENIOR, name="周高评"))
    _menu(page, "统计")
    figures = page.get_by_test_id("figures")
    expect(figures).to_contain_text(f"{datetime.now(UTC).year}年度")
    expect(figures).to_contain_text("高评委办公室不予接收的理由")
    waiting = page.get_by_test_id("figures-chart").locator(".bar-row", has_text="待接收")
    expect(waiting.locator(".bar-count")).not_to_have_text("0")
    expect(page.get_by_test_id("figures-regions")).to_contain_text("杭州市")
    screenshot(page, "committee-senior-figures")


async def _aged(database_url: str, application_id: str, days: int) -> None:
    """The case reached the county `days` days ago (the only way to age a case in a test)."""
    connection = await asyncpg.connect(database_url.replace("postgresql+asyncpg", "postgresql"))
    since = datetime.now(UTC) - timedelta(days=days)
    try:
        await connection.execute(
            "UPDATE route_stage SET entered_at = $1 FROM review_case "
            "WHERE route_stage.case_id = review_case.id AND review_case.application_id = $2 "
            "AND route_stage.position = 1",
            since,
            uuid.UUID(application_id),
        )
        await connection.execute(
            "UPDATE review_case SET stage_entered_at = $1 WHERE application_id = $2",
            since,
            uuid.UUID(application_id),
        )
    finally:
        await connection.close()


def test_the_operator_sees_the_overdue_cases_by_department(
    page: Page, system: LaunchedSystem
) -> None:
    today = datetime.now(UTC).date()
    season = {
        "year": today.year,
        "submission_opens": (today - timedelta(days=20)).isoformat(),
        "submission_closes": (today + timedelta(days=40)).isoformat(),
        "stage_limits": [{"role": "county_hr", "working_days": 2}],
        "closures": [],
    }
    answer = system.api("review").put("/admin/season", json=season, headers=system.as_operator())
    assert answer.status_code == 200, answer.text
    eventually(
        lambda: (
            (window := system.api("intake").get("/season").json())
            and window["submission_closes"] == season["submission_closes"]
        ),
        what="the season reaching intake",
    )
    name = f"超期{uuid.uuid4().hex[:2].upper()}"
    late = submit(system, name=name)
    clerk = system.log_in(system.new_account(COUNTY, name="王芳"))
    eventually(
        lambda: next(
            (
                i
                for i in system.api("review")
                .get("/cases", params={"list": "personal", "limit": 200}, headers=clerk)
                .json()["items"]
                if i["application_id"] == late
            ),
            None,
        ),
        what="the case at the county",
    )
    _in_own_loop(_aged(system.env["REVIEW_DATABASE_URL"], late, days=21))

    log_in(page, system, system.new_account(None, name="李运维"))
    page.locator(".el-menu").get_by_role("menuitem", name="超期催办").click()
    county = page.get_by_test_id(f"overdue-{COUNTY}")
    expect(county).to_contain_text("杭州市西湖区人力资源和社会保障局")
    expect(county).to_contain_text("县（市、区）人力社保部门")
    row = county.locator(".el-table__body tr", has_text=name)
    expect(row).to_contain_text("个人报送材料")
    expect(row.locator("td").nth(6)).to_have_text("2 个工作日")  # the limit
    expect(row.locator("td").nth(5)).to_contain_text("个工作日")  # waited, in red
    expect(page.get_by_test_id("overdue-total")).to_contain_text("件超期")
    screenshot(page, "operator-overdue")

    row.get_by_text("查看进度").click()
    expect(page.locator(".el-drawer")).to_contain_text(f"{name} · 申报进度")
    expect(page.locator(".el-drawer")).to_contain_text("杭州市西湖区人力资源和社会保障局")
    screenshot(page, "operator-overdue-lookup")
