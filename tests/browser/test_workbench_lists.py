"""The department's lists as the clerk uses them: the menu's count badges agree with the rows,
a column's sort orders the rows as review answers, a second page shows the next rows, the name
and date filters narrow the list, and every row says how long the case has waited.

The cases are published as intake publishes a submission, at a county no other test uses, so
the counts are this test's cases alone; three of them are dated back in review's database, as
if they had arrived ten days ago (the launched services keep the real clock)."""

import random
import re
import uuid
from datetime import date, timedelta
from types import SimpleNamespace
from typing import Any

import asyncpg
from playwright.sync_api import Locator, Page, expect

from tests.browser.conftest import _in_own_loop, screenshot
from tests.browser.department_support import GIVEN, SLOW, SURNAMES, eventually, log_in, open_list
from tests.support.departments import submit_to_review, submitted_event
from tests.support.launched import LaunchedSystem

ORGANISATION, REGION = "330110.county_hr", "330110"
PUBLISHED = 23  # one is received, 22 wait in 个人报送材料: a page of 20 and a second of 2
BACKDATED = 3


def _names(count: int) -> list[str]:
    """Distinct names, in no order of their own."""
    names = sorted({s + g + h for s in SURNAMES for g in GIVEN for h in GIVEN[:3]})
    return random.sample(names, count)


def _publish(system: LaunchedSystem, names: list[str]) -> list[str]:
    published = SimpleNamespace(amqp_url=system.env["AMQP_URL"])

    async def publish_all() -> list[str]:
        return [
            await submit_to_review(
                published,  # type: ignore[arg-type]
                submitted_event(region_code=REGION, name=name, employer=f"余杭{name}建设有限公司"),
            )
            for name in names
        ]

    return _in_own_loop(publish_all())


def _arrived_days_ago(system: LaunchedSystem, case_ids: list[str], days: int) -> None:
    """The cases' first stage entered `days` ago, in review's own database."""
    url = system.env["REVIEW_DATABASE_URL"].replace("postgresql+asyncpg://", "postgresql://")
    ids = [uuid.UUID(c) for c in case_ids]

    async def backdate() -> None:
        connection = await asyncpg.connect(url)
        try:
            async with connection.transaction():
                await connection.execute(
                    "UPDATE route_stage SET entered_at = entered_at - make_interval(days => $2)"
                    " WHERE case_id = ANY($1::uuid[]) AND position = 1",
                    ids,
                    days,
                )
                await connection.execute(
                    "UPDATE review_case"
                    " SET stage_entered_at = stage_entered_at - make_interval(days => $2),"
                    " opened_at = opened_at - make_interval(days => $2)"
                    " WHERE id = ANY($1::uuid[])",
                    ids,
                    days,
                )
        finally:
            await connection.close()

    _in_own_loop(backdate())


def _listed(system: LaunchedSystem, headers: dict[str, str], **params: Any) -> Any:
    answer = system.api("review").get(
        "/cases", params={"list": "personal", **params}, headers=headers
    )
    assert answer.status_code == 200, answer.text
    return answer.json()


def _shown_names(table: Locator) -> list[str]:
    return [n.strip() for n in table.locator("tbody tr a.name-link").all_inner_texts()]


def _row(table: Locator, item: dict[str, Any]) -> Locator:
    # `has` is queried inside each row: the link's locator from the page, not from the table
    link = table.page.get_by_role("link", name=item["applicant_name"], exact=True)
    return table.locator("tbody tr", has=link)


def _rows_show(table: Locator, items: list[dict[str, Any]]) -> None:
    """The table's rows are these cases, in this order (the test waits for the page to load)."""
    expect(table.locator("tbody tr a.name-link")).to_have_text(
        [i["applicant_name"] for i in items], timeout=SLOW
    )


def test_the_lists_count_sort_page_filter_and_show_the_days_waited(
    page: Page, system: LaunchedSystem
) -> None:
    clerk = system.new_account(ORGANISATION, name="许静")
    headers = system.log_in(clerk)
    application_ids = _publish(system, _names(PUBLISHED))
    everything = eventually(
        lambda: (found := _listed(system, headers, limit=200))["total"] == PUBLISHED and found,
        what=f"{PUBLISHED} cases in 个人报送材料",
    )
    assert {i["application_id"] for i in everything["items"]} == set(application_ids)
    cases = everything["items"]
    received = system.api("review").post(f"/cases/{cases[0]['case_id']}/receive", headers=headers)
    assert received.status_code == 200, received.text
    waiting = cases[1:]
    old = waiting[-BACKDATED:]
    _arrived_days_ago(system, [c["case_id"] for c in old], 10)

    log_in(page, system, clerk)
    menu = page.locator(".el-menu")

    def badge(label: str) -> Locator:
        item = menu.get_by_role("menuitem", name=re.compile(label))
        return item.locator(".el-badge__content")

    # the badges are the lists' sizes: 22 in 个人报送材料 (two pages), 1 in 待审批材料
    expect(badge("个人报送材料")).to_have_text(str(len(waiting)), timeout=SLOW)
    expect(badge("待审批材料")).to_have_text("1", timeout=SLOW)
    open_list(page, "待处理申报材料", "待审批材料")
    table = page.get_by_test_id("case-table")
    expect(page.get_by_test_id("list-title")).to_contain_text("共 1 件", timeout=SLOW)
    _rows_show(table, [cases[0]])

    open_list(page, "待接收申报材料", "个人报送材料")
    expect(page.get_by_test_id("list-title")).to_contain_text(f"共 {len(waiting)} 件", timeout=SLOW)
    first = _listed(system, headers, limit=20)
    _rows_show(table, first["items"])
    # the ten days back are working days as review counts them, on the row
    for item in first["items"]:
        expect(_row(table, item)).to_contain_text(f"{item['working_days_waiting']} 个工作日")
    backdated = [i for i in first["items"] if i["case_id"] in {c["case_id"] for c in old}]
    assert len(backdated) == BACKDATED, first["items"]
    assert min(i["working_days_waiting"] for i in backdated) >= 5, backdated

    # sorted by 姓名 the rows come in the order review answers for sort=name
    arrival_order = _shown_names(table)
    table.locator("thead th", has_text="姓名").click()
    by_name = _listed(system, headers, sort="name", limit=20)["items"]
    _rows_show(table, by_name)
    assert [i["applicant_name"] for i in by_name] != arrival_order
    table.locator("thead th", has_text="姓名").click()
    _rows_show(table, _listed(system, headers, sort="-name", limit=20)["items"])
    table.locator("thead th", has_text="姓名").click()
    _rows_show(table, first["items"])

    # page 2: the next two, as review answers offset 20
    page.locator(".pager .el-pager li", has_text=re.compile(r"^2$")).click()
    second = _listed(system, headers, limit=20, offset=20)["items"]
    assert len(second) == len(waiting) - 20
    _rows_show(table, second)
    shown = set(_shown_names(table))
    assert not shown & {i["applicant_name"] for i in first["items"]}

    # the name filter: that one case
    one = waiting[5]
    page.get_by_role("textbox", name="姓名").fill(one["applicant_name"])
    page.get_by_role("button", name="查询").click()
    _rows_show(table, [one])
    expect(page.get_by_test_id("list-title")).to_contain_text("共 1 件", timeout=SLOW)
    page.get_by_role("button", name="重置").click()
    expect(page.get_by_test_id("list-title")).to_contain_text(f"共 {len(waiting)} 件", timeout=SLOW)

    # the date filter: arrived from 12 to 8 days ago, the three dated back alone
    today = date.today()
    page.get_by_placeholder("起始").fill((today - timedelta(days=12)).isoformat())
    page.get_by_placeholder("截止").fill((today - timedelta(days=8)).isoformat())
    page.get_by_placeholder("截止").press("Enter")
    page.get_by_role("button", name="查询").click()
    expect(page.get_by_test_id("list-title")).to_contain_text(f"共 {BACKDATED} 件", timeout=SLOW)
    expect(table.locator("tbody tr")).to_have_count(BACKDATED, timeout=SLOW)
    assert set(_shown_names(table)) == {i["applicant_name"] for i in old}
    now = {i["case_id"]: i for i in _listed(system, headers, limit=200)["items"]}
    for item in old:
        expect(_row(table, item)).to_contain_text(
            f"{now[item['case_id']]['working_days_waiting']} 个工作日"
        )
    expect(page.locator(".el-picker__popper:visible")).to_have_count(0, timeout=SLOW)
    screenshot(page, "workbench-list-filtered")
