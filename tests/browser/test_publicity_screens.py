"""公示 and 异议 in Chromium, against the whole system: the mid-committee office publishes its two
recommended applicants (four working days refused on the field, five taken); anyone opens the
public page without logging in, on a phone too, and files an objection (a bad one is refused
field by field); the office sees it, calls up the contact, and decides 异议成立; 待网上送审 says
why the other applicant still waits."""

import uuid
from datetime import date
from typing import Any

import pytest
from playwright.sync_api import Page, expect

from shared.working_days import WorkingCalendar
from tests.browser.conftest import screenshot
from tests.browser.test_admin_login import log_in
from tests.browser.test_committee_office import (
    OFFICE,
    _eventually,
    _menu,
    _row,
    _submitted_to_office,
)
from tests.support.launched import LaunchedSystem

SENIOR_CODE = "construction"


def _recommended(system: LaunchedSystem, names: list[str]) -> dict[str, str]:
    """The applicants received, voted through and selected by the office, through its API."""
    _submitted_to_office(system, names)
    committee = system.api("committee")
    headers = system.log_in(system.new_account(OFFICE, name="办公室录入"))

    def arrived() -> dict[str, str] | None:
        items = committee.get(
            "/cases", params={"list": "pending_receipt", "limit": 500}, headers=headers
        ).json()["items"]
        found = {i["applicant_name"]: i["case_id"] for i in items if i["applicant_name"] in names}
        return found if len(found) == len(names) else None

    cases: dict[str, str] = _eventually(arrived, "the applicants at the office")
    for case_id in cases.values():
        assert committee.post(f"/cases/{case_id}/receive", headers=headers).status_code == 200
    meeting = committee.post(
        "/meetings",
        json={"held_on": "2026-11-20", "members_enrolled": 9, "members_attending": 9,
              "case_ids": list(cases.values())},
        headers=headers,
    )  # fmt: skip
    assert meeting.status_code == 201, meeting.text
    meeting_id = meeting.json()["id"]
    entries: list[dict[str, Any]] = [
        {"case_id": c, "present": 9, "in_favour": 8, "against": 1, "abstain": 0}
        for c in cases.values()
    ]
    votes = committee.post(
        f"/meetings/{meeting_id}/votes", json={"entries": entries}, headers=headers
    )
    assert votes.status_code == 200, votes.text
    assert committee.post(f"/meetings/{meeting_id}/confirm", headers=headers).status_code == 200
    chosen = committee.post(
        "/selection",
        json={"senior_committee": SENIOR_CODE, "case_ids": list(cases.values())},
        headers=headers,
    )
    assert chosen.status_code == 200, chosen.text
    return cases


@pytest.fixture(scope="module")
def names(system: LaunchedSystem) -> list[str]:
    tag = uuid.uuid4().hex[:2].upper()
    chosen = [f"公{tag}", f"示{tag}"]
    _recommended(system, chosen)
    return chosen


def test_the_office_publishes_anyone_objects_and_the_office_decides(
    page: Page, phone_page: Page, system: LaunchedSystem, names: list[str]
) -> None:
    kept, objected = names
    office = system.new_account(OFFICE, name="陈办公室")
    log_in(page, system, office)
    expect(page).to_have_url(f"{system.base_url}/admin/committee/receipt", timeout=30_000)

    # 公示与异议: tick both, four working days are refused on the field, five are taken
    _menu(page, "待处理申报材料", "公示与异议")
    unpublished = page.get_by_test_id("unpublished")
    for name in names:
        _row(unpublished, name).locator(".el-checkbox").click()
    days = page.get_by_label("公示期（工作日）")
    days.fill("4")
    days.press("Tab")
    page.get_by_role("button", name="发布公示（2）").click()
    expect(page.get_by_text("公示期不得少于 5 个工作日")).to_be_visible()
    days.fill("5")
    days.press("Tab")
    page.get_by_role("button", name="发布公示（2）").click()
    expect(page.get_by_text("已发布公示（2 人）")).to_be_visible()
    as_office = system.log_in(office)
    today = system.api("committee").get("/publicities", headers=as_office).json()["today"]
    ends_on = WorkingCalendar().period_end(date.fromisoformat(today), 5)
    publicity = page.get_by_test_id("publicity").filter(has_text=kept)
    expect(publicity).to_contain_text("公示中")
    expect(publicity).to_contain_text(f"公示期：{today} 至 {ends_on.isoformat()}")
    expect(_row(publicity, kept)).to_contain_text(
        f"公示期至{ends_on:%Y年%m月%d日}，期满后方可网上送审"
    )
    screenshot(page, "committee-publicity")

    # the public page, no login, on a phone: reached from the portal's login page
    phone_page.goto(f"{system.base_url}/login")
    phone_page.get_by_role("link", name="评审结果公示（无需登录）").click()
    expect(phone_page).to_have_url(f"{system.base_url}/publicity")
    board = phone_page.get_by_test_id("publicity").filter(has_text=kept)
    expect(board).to_contain_text("杭州市建设工程专业中评委办公室")
    expect(board).to_contain_text(f"公示期：{today} 至 {ends_on.isoformat()}（5 个工作日）")
    entry = board.get_by_test_id("entry").filter(has_text=objected)
    expect(entry).to_contain_text("建筑工程施工")
    expect(entry).to_contain_text("高级工程师")
    screenshot(phone_page, "portal-publicity-phone")
    entry.get_by_role("button", name="提出异议").click()
    dialog = phone_page.get_by_role("dialog")
    dialog.get_by_label("异议人姓名（须为真实姓名）").fill("李")
    dialog.get_by_label("异议内容（请写明具体事实和理由）").fill("不属实")
    expect(dialog).to_contain_text(objected)
    dialog.get_by_role("button", name="提交异议").click()
    expect(dialog).to_contain_text("请填写异议人的真实姓名（2 至 30 个字）")
    expect(dialog).to_contain_text("请填写联系电话或电子邮箱，以便核实异议")
    expect(dialog).to_contain_text("请写明异议的具体事实和理由（不少于 10 个字）")
    dialog.get_by_label("异议人姓名（须为真实姓名）").fill("李四")
    dialog.get_by_label("联系电话", exact=True).fill("13812345678")
    dialog.get_by_label("异议内容（请写明具体事实和理由）").fill(
        "该同志申报材料中的工程业绩与实际承担的项目不符，请核实。"
    )
    screenshot(phone_page, "portal-objection-phone")
    dialog.get_by_role("button", name="提交异议").click()
    expect(phone_page.get_by_text("异议已提交，中评委办公室将核实处理")).to_be_visible()

    # the office: the objection with its contact masked, then in full to call back; 异议成立
    page.reload()
    objections = page.get_by_test_id("objections")
    row = _row(objections, objected)
    expect(row).to_contain_text("李四")
    expect(row).to_contain_text("138****5678")
    expect(row).not_to_contain_text("13812345678")
    badge = page.get_by_role("menuitem", name="公示与异议").locator(".menu-badge")
    expect(badge).to_contain_text("1")
    row.get_by_role("button", name="处理").click()
    deciding = page.get_by_role("dialog")
    expect(deciding).to_contain_text("13812345678")
    deciding.get_by_text("异议成立（不再推荐，并通知本人和报送单位）").click()
    deciding.get_by_role("button", name="确认").click()
    expect(deciding).to_contain_text("请填写处理意见")
    deciding.get_by_label("处理意见", exact=True).fill("经核实，申报业绩与实际不符")
    screenshot(page, "committee-objection-decide")
    deciding.get_by_role("button", name="确认").click()
    expect(page.get_by_text(f"{objected}：异议成立")).to_be_visible()
    expect(_row(page.get_by_test_id("publicity").filter(has_text=kept), objected)).to_contain_text(
        "未被推荐"
    )

    # 待网上送审: the other one waits for the end of the period, and the screen says so
    _menu(page, "待处理申报材料", "待网上送审")
    held = page.get_by_test_id("held")
    expect(_row(held, kept)).to_contain_text(f"公示期至{ends_on:%Y年%m月%d日}，期满后方可网上送审")
    expect(held).not_to_contain_text(objected)
    screenshot(page, "committee-sending-held")

    # 站内消息: the office was told of the objection there too, with the way to 公示与异议
    page.get_by_role("menuitem", name="站内消息").click()
    told = page.get_by_test_id("messages").locator(".el-collapse-item")
    told = told.filter(has_text=f"{objected}的公示收到异议")
    expect(told).to_be_visible()
    told.locator(".el-collapse-item__header").click()  # opened: read
    expect(told).to_contain_text("处理前该申报人暂缓网上送审")
    link = told.get_by_role("link", name="前往公示与异议")
    expect(link).to_be_visible()
    unread = page.get_by_role("menuitem", name="站内消息").locator(".menu-badge")
    expect(unread).to_have_count(0)  # read once opened: the menu says so
    expect(told.locator(".el-badge__content")).to_be_hidden()  # and so does the message
    page.wait_for_timeout(400)  # the message's unfolding (Element Plus: 300 ms) has ended
    screenshot(page, "committee-messages")
    link.click()
    expect(page.get_by_test_id("objections")).to_be_visible()

    # 高评委设置's list of the chosen says the same, and 取消推荐 is gone for the published
    _menu(page, "待处理申报材料", "高评委设置")
    chosen = _row(page.locator(".case-table").last, kept)
    expect(chosen).to_contain_text(f"公示期至{ends_on:%Y年%m月%d日}，期满后方可网上送审")
    expect(chosen.get_by_role("button", name="取消推荐")).to_have_count(0)

    # the public page no longer lists the applicant whose objection was upheld
    phone_page.reload()
    board = phone_page.get_by_test_id("publicity").filter(has_text=kept)
    expect(board).to_be_visible()
    expect(board).not_to_contain_text(objected)

    # and on a desktop, laid out as a table
    page.goto(f"{system.base_url}/publicity")
    expect(page.get_by_role("heading", name="评审结果公示")).to_be_visible()
    desktop = page.get_by_test_id("publicity").filter(has_text=kept)
    expect(desktop).to_contain_text("现从事专业")
    screenshot(page, "portal-publicity-desktop")
