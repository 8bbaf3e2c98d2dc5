"""The season on the screens (issue 16): the applicant reads the submission window and the days
left before submitting; a county clerk sees, in the list, which case is past the county's
working days to act (超期)."""

import uuid
from datetime import UTC, datetime, timedelta

import asyncpg
from playwright.sync_api import Page, expect

from tests.browser.conftest import _in_own_loop, screenshot
from tests.browser.department_support import eventually, register, submit
from tests.browser.test_department_workbench import log_in, open_list
from tests.browser.test_portal_journey import PASSWORD
from tests.browser.test_portal_journey import log_in as portal_log_in
from tests.support.applications import application_body, fresh_id_number, phone_of
from tests.support.launched import LaunchedSystem

COUNTY = "330106.county_hr"


def _season_set(system: LaunchedSystem) -> dict[str, object]:
    today = datetime.now(UTC).date()
    body = {
        "year": today.year,
        "submission_opens": (today - timedelta(days=20)).isoformat(),
        "submission_closes": (today + timedelta(days=40)).isoformat(),
        "stage_limits": [{"role": "county_hr", "working_days": 2}],
        "closures": [],
    }
    answer = system.api("review").put("/admin/season", json=body, headers=system.as_operator())
    assert answer.status_code == 200, answer.text
    eventually(
        lambda: (
            (w := system.api("intake").get("/season").json())
            and w["submission_closes"] == body["submission_closes"]
        ),
        what="the season reaching intake",
    )
    return body


async def _waited_long(database_url: str, application_id: str) -> None:
    """The case arrived three weeks ago (the only way to age a case in a test)."""
    connection = await asyncpg.connect(database_url.replace("postgresql+asyncpg", "postgresql"))
    try:
        await connection.execute(
            "UPDATE route_stage SET entered_at = $1 FROM review_case "
            "WHERE route_stage.case_id = review_case.id AND review_case.application_id = $2 "
            "AND route_stage.position = 1",
            datetime.now(UTC) - timedelta(days=21),
            uuid.UUID(application_id),
        )
    finally:
        await connection.close()


def test_the_applicant_sees_the_window_and_the_clerk_sees_what_is_overdue(
    page: Page, phone_page: Page, system: LaunchedSystem
) -> None:
    season = _season_set(system)
    late = submit(system, name="久等人")
    fresh = submit(system, name="新到人")
    clerk = system.new_account(COUNTY, name="王芳")
    headers = system.log_in(clerk)
    eventually(
        lambda: (
            len(
                [
                    i
                    for i in system.api("review")
                    .get("/cases", params={"list": "personal", "limit": 200}, headers=headers)
                    .json()["items"]
                    if i["application_id"] in (late, fresh)
                ]
            )
            == 2
        ),
        what="both cases at the county",
    )
    _in_own_loop(_waited_long(system.env["REVIEW_DATABASE_URL"], late))

    log_in(page, system, clerk)
    open_list(page, "待接收申报材料", "个人报送材料")
    late_row = page.get_by_test_id("case-table").locator("tr", has_text="久等人")
    expect(late_row.get_by_test_id("overdue")).to_have_text("超期")
    fresh_row = page.get_by_test_id("case-table").locator("tr", has_text="新到人")
    expect(fresh_row).to_contain_text("0 个工作日")
    expect(fresh_row.get_by_test_id("overdue")).to_have_count(0)
    screenshot(page, "department-list-overdue")

    page.locator(".el-menu").get_by_role("menuitem", name="统计").click()
    figures = page.get_by_test_id("figures")
    expect(figures).to_contain_text("杭州市西湖区人力资源和社会保障局")
    expect(figures).to_contain_text(f"{season['year']}年度")
    expect(page.get_by_test_id("figures-regions")).to_contain_text("杭州市西湖区")
    expect(page.get_by_test_id("figures-chart")).to_contain_text("待接收")
    screenshot(page, "department-figures")

    applicant = application_body(name="看期人", serial="977")["applicant"]
    number = fresh_id_number()
    applicant |= {"id_number": number, "phone": phone_of(number)}
    register(system, applicant, password=PASSWORD)
    page.goto(f"{system.base_url}/login")
    portal_log_in(page, applicant["id_number"])
    expect(page.get_by_role("heading", name="我的申报")).to_be_visible()
    banner = page.get_by_test_id("season-banner")
    expect(banner).to_contain_text(f"{season['year']}年度申报时间")
    expect(banner).to_contain_text("还剩")
    screenshot(page, "portal-season-window")

    phone_page.goto(f"{system.base_url}/login")  # the same on a phone: the banner fits
    portal_log_in(phone_page, applicant["id_number"])
    banner = phone_page.get_by_test_id("season-banner")
    expect(banner).to_contain_text("还剩")
    box = banner.bounding_box()
    assert box is not None
    assert box["x"] >= 0
    assert box["x"] + box["width"] <= 390, "the banner runs off a phone's screen"
    screenshot(phone_page, "portal-season-window-phone")


def test_the_operator_sets_the_season_on_its_screen_and_reads_the_province(
    page: Page, system: LaunchedSystem
) -> None:
    submit(system, name="全省一")  # at least one case in the province's figures
    operator = system.new_account(None, name="李运维")
    log_in(page, system, operator)
    page.locator(".el-menu").get_by_role("menuitem", name="申报年度").click()
    expect(page.get_by_role("heading", name="申报年度")).to_be_visible()
    today = datetime.now(UTC).date()
    opens, closes = today - timedelta(days=1), today + timedelta(days=44)
    for placeholder, day in (("开始日期", opens), ("截止日期", closes)):
        page.get_by_placeholder(placeholder).fill(day.isoformat())
        page.get_by_placeholder(placeholder).press("Enter")
    page.get_by_label("县（市、区）人力社保局办理时限").fill("5")
    page.get_by_label("中评委办公室办理时限").fill("10")
    page.get_by_role("button", name="保存").click()
    expect(page.get_by_test_id("season-saved")).to_contain_text(
        f"申报时间 {opens.isoformat()} 至 {closes.isoformat()}"
    )
    expect(page.get_by_test_id("season-saved")).to_contain_text("李运维")
    screenshot(page, "operator-season")
    saved = system.api("review").get("/admin/season", headers=system.as_operator()).json()
    assert {(s["role"], s["working_days"]) for s in saved["stage_limits"]} == {
        ("county_hr", 5),
        ("mid_committee_office", 10),
    }

    eventually(
        lambda: (
            system.api("review")
            .get("/admin/figures", headers=system.as_operator())
            .json()["regions"]
        ),
        what="the case in the province's figures",
    )
    page.locator(".el-menu").get_by_role("menuitem", name="统计").click()
    figures = page.get_by_test_id("figures")
    expect(figures).to_contain_text("全省")
    regions = page.get_by_test_id("figures-regions")
    expect(regions).to_contain_text("杭州市")
    screenshot(page, "operator-figures")
