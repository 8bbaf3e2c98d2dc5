"""The committee offices at work in Chromium, against the whole system: the mid-committee office
receives three cases, records a meeting and its votes (one fails the rule, one total cannot be
and is refused on the spot), chooses the senior committee, ticks the two who passed, previews the
batch and sends it; the senior committee office sees the batch and receives it."""

import io
import time
import uuid
from collections.abc import Callable
from typing import Any

import httpx
import openpyxl
import pypdf
import pytest
from playwright.sync_api import Locator, Page, expect

from tests.browser.conftest import _in_own_loop, screenshot
from tests.browser.test_admin_login import log_in
from tests.support.applications import fresh_application_body, submitted
from tests.support.launched import LaunchedSystem
from tests.support.phone_codes import SinkCodes, read_codes_with

OFFICE = "mid.3301"  # 杭州市建设工程专业中评委办公室
CITY_ROUTE = ["330100.city_bureau", "330100.city_hr"]
SENIOR = "senior.construction"
SENIOR_NAME = "省建筑工程技术人员高级工程师资格评审委员会"
SENIOR_CHOICES = [
    SENIOR_NAME,
    "省交通工程技术人员高级工程师资格评审委员会",
    "省水利工程技术人员高级工程师资格评审委员会",
]


def _eventually(probe: Callable[[], Any], what: str, within: float = 60) -> Any:
    deadline = time.monotonic() + within
    while (found := probe()) is None:
        assert time.monotonic() < deadline, f"never happened: {what}"
        time.sleep(0.3)
    return found


def _through_review(system: LaunchedSystem, application_id: str) -> None:
    """Each department of the city route receives, checks, agrees and forwards, as a clerk would
    through review's API."""
    review = system.api("review")
    for position, organisation in enumerate(CITY_ROUTE, start=1):
        headers = system.log_in(system.new_account(organisation, name="审核员"))
        which = "personal" if position == 1 else "unit"

        def arrived(headers: dict[str, str] = headers, which: str = which) -> Any:
            items = review.get(
                "/cases", params={"list": which, "limit": 200}, headers=headers
            ).json()["items"]
            return next((i for i in items if i["application_id"] == application_id), None)

        case_id = _eventually(arrived, f"{application_id} at {organisation}")["case_id"]
        for action, body in (
            ("receive", None),
            ("paper-check", {"note": "纸质材料齐全"}),
            ("opinion", {"decision": "agree", "text": "同意报送", "signer": "审核员"}),
            ("forward", None),
        ):
            answer = review.post(f"/cases/{case_id}/{action}", json=body, headers=headers)
            assert answer.status_code == 200, (organisation, action, answer.text)


def _submitted_to_office(system: LaunchedSystem, names: list[str]) -> None:
    """Applicants of a city unit (each with ID and phone numbers of their own, so that tests
    sharing the launched system never register one person twice) register and submit through
    intake; review forwards them."""

    async def submit_all() -> list[str]:
        async with httpx.AsyncClient(base_url=f"{system.base_url}/api/intake", timeout=30) as c:
            read_codes_with(c, SinkCodes(system.var / "sms"))  # notify's SMS sink
            return [
                await submitted(c, fresh_application_body(region_code="330100", name=name))
                for name in names
            ]

    for application_id in _in_own_loop(submit_all()):
        _through_review(system, application_id)


def _row(page: Page | Locator, name: str) -> Locator:
    return page.locator(".el-table__body tr", has_text=name).first


def _menu(page: Page, *path: str) -> None:
    """Clicks a menu item, opening its group (待处理申报材料 …) first when it is folded."""
    aside = page.locator(".aside")
    item = aside.get_by_text(path[-1], exact=True)
    if not item.is_visible():
        aside.get_by_text(path[0], exact=True).click()
    item.click()


def _figures(page: Page, name: str, present: int, for_: int, against: int, abstain: int) -> None:
    for field, value in (
        ("present", present),
        ("in_favour", for_),
        ("against", against),
        ("abstain", abstain),
    ):
        box = page.get_by_test_id(f"{field}-{name}").locator("input")
        box.fill(str(value))
        box.press("Tab")


@pytest.fixture(scope="module")
def names(system: LaunchedSystem) -> list[str]:
    tag = uuid.uuid4().hex[:2].upper()
    chosen = [f"甲{tag}", f"乙{tag}", f"丙{tag}"]
    _submitted_to_office(system, chosen)
    return chosen


def test_the_mid_office_receives_votes_chooses_and_sends_and_the_senior_office_receives(
    page: Page, system: LaunchedSystem, names: list[str]
) -> None:
    passes, fails, corrected = names
    office = system.new_account(OFFICE, name="陈办公室")
    log_in(page, system, office)
    expect(page).to_have_url(f"{system.base_url}/admin/committee/receipt", timeout=30_000)
    for name in names:
        expect(_row(page, name)).to_be_visible(timeout=60_000)
    expect(page.locator(".aside")).to_contain_text("待接收材料")

    # 不予接收 says who will be told before anything is sent; here the clerk thinks again
    _row(page, fails).get_by_role("button", name="不予接收", exact=True).click()
    told = page.get_by_test_id("told")
    expect(told).to_contain_text("申报人")
    expect(told).to_contain_text("（短信、电子邮件）")
    expect(told).to_contain_text("杭州市人力资源和社会保障局（电子邮件、站内消息）")
    screenshot(page, "committee-refuse-dialog")
    page.get_by_role("button", name="取消", exact=True).click()
    screenshot(page, "committee-receipt")
    for name in names:
        _row(page, name).get_by_role("button", name="接收", exact=True).click()
        expect(page.get_by_text(f"{name}：已接收")).to_be_visible()
    for name in names:
        expect(_row(page, name)).to_have_count(0)

    # 中评委意见: the meeting, its numbers named as what they are, the applicants it considers
    _menu(page, "待处理申报材料", "中评委意见")
    expect(
        page.get_by_text("表决规则：每名申报对象的出席人数须达到在册委员人数的 2/3")
    ).to_be_visible()
    page.get_by_role("button", name="新建评审会").click()
    date = page.get_by_placeholder("选择日期")
    date.fill("2026-11-20")
    date.press("Enter")
    page.get_by_label("在册委员人数").fill("11")
    page.get_by_label("到会委员人数").fill("10")
    new_meeting = page.locator(".new-meeting")
    for name in names:
        _row(new_meeting, name).locator(".el-checkbox").click()
    page.get_by_role("button", name="创建评审会（已选 3 人）").click()
    expect(page.get_by_text("评审会已创建，请录入得票情况")).to_be_visible()
    sheet = page.get_by_test_id("vote-sheet")
    expect(sheet).to_contain_text(passes)

    # the rule's verdict follows the figures as they are typed
    _figures(page, passes, 10, 8, 2, 0)
    expect(page.get_by_test_id(f"verdict-{passes}")).to_contain_text("通过")
    expect(page.get_by_test_id(f"verdict-{passes}")).to_contain_text(
        "赞成 8 票，达到出席人数 10 人的 2/3（至少 7 票），通过"
    )
    _figures(page, fails, 10, 5, 5, 0)
    expect(page.get_by_test_id(f"verdict-{fails}")).to_contain_text("未通过")
    # a total that cannot be is refused on the spot, and nothing can be saved meanwhile
    _figures(page, corrected, 10, 7, 4, 0)
    expect(page.get_by_test_id(f"verdict-{corrected}")).to_contain_text("得票情况有误")
    expect(page.get_by_test_id(f"verdict-{corrected}")).to_contain_text(
        "赞成、反对、弃权合计 11 票，超过出席人数 10"
    )
    expect(page.get_by_role("button", name="保存得票情况")).to_be_disabled()
    screenshot(page, "committee-votes-refused")
    _figures(page, corrected, 10, 7, 3, 0)
    expect(page.get_by_test_id(f"verdict-{corrected}")).to_contain_text("通过")
    page.get_by_role("button", name="保存得票情况").click()
    expect(page.get_by_text("得票情况已保存")).to_be_visible()
    # the saved figures carry the rule's verdict again (asked anew once the sheet reloads)
    expect(page.get_by_test_id(f"verdict-{fails}")).to_contain_text("未通过")
    expect(page.get_by_test_id(f"verdict-{passes}")).to_contain_text("赞成 8 票")
    screenshot(page, "committee-votes")
    page.get_by_role("button", name="确认并锁定").click()
    page.get_by_role("button", name="确认锁定").click()
    expect(page.get_by_text("得票情况已确认锁定。")).to_be_visible()
    expect(_row(page, fails)).to_contain_text("未通过中评委评审")
    expect(_row(page, passes)).to_contain_text("中评委评审通过")
    expect(page.get_by_test_id(f"present-{passes}").locator("input")).to_be_disabled()

    # 高评委设置: the drop-down of senior committees; only those who passed may be ticked
    _menu(page, "待处理申报材料", "高评委设置")
    expect(page.get_by_test_id("senior-committee")).to_contain_text(SENIOR_NAME)
    page.get_by_test_id("senior-committee").click()
    expect(page.locator(".el-select-dropdown__item:visible")).to_have_text(SENIOR_CHOICES)
    screenshot(page, "committee-senior-choices")
    page.locator(".el-select-dropdown__item:visible", has_text=SENIOR_NAME).click()
    for name in (passes, corrected):
        expect(_row(page, name)).to_be_visible()
    expect(_row(page, fails)).to_have_count(0)
    for name in (passes, corrected):
        _row(page, name).locator(".el-checkbox").click()
    page.get_by_role("button", name="选为推荐对象（2）").click()
    expect(page.get_by_text("已选中 2 名推荐对象")).to_be_visible()
    recommended = page.locator(".case-table").nth(1)
    for name in (passes, corrected):
        expect(_row(recommended, name)).to_be_visible()
    screenshot(page, "committee-selection")

    # 待网上送审: the preview is exactly the batch; sending twice sends once
    _menu(page, "待处理申报材料", "待网上送审")
    preview = page.get_by_test_id("preview")
    for name in (passes, corrected):
        expect(preview).to_contain_text(name)
    expect(preview).not_to_contain_text(fails)
    screenshot(page, "committee-sending-preview")
    page.get_by_role("button", name="网上送审", exact=True).click()
    page.get_by_role("dialog").get_by_role("button", name="网上送审").click()
    result = page.get_by_test_id("sent-result")
    expect(result).to_contain_text("已网上送审 2 人")
    expect(result).to_contain_text(SENIOR_NAME)
    expect(page.locator(".el-button", has_text="网上送审").last).to_be_disabled()
    expect(result.get_by_role("button", name="下载花名册")).to_be_enabled()
    expect(result.get_by_role("button", name="下载评审表")).to_be_enabled()
    # what those buttons fetch, fetched as the office (the sheets' every field: integration tests)
    as_office = system.log_in(office)
    sent = system.api("committee").get("/batches", headers=as_office).json()
    assert [b["case_count"] for b in sent] == [2], "sent twice"
    batch_id = sent[0]["id"]
    answer = system.api("committee").get(f"/batches/{batch_id}/roster.xlsx", headers=as_office)
    roster = openpyxl.load_workbook(io.BytesIO(answer.content))["花名册"]
    assert sorted(r[1] for r in roster.iter_rows(min_row=4, values_only=True)) == sorted(
        [passes, corrected]
    )
    answer = system.api("committee").get(f"/batches/{batch_id}/forms.pdf", headers=as_office)
    assert len(pypdf.PdfReader(io.BytesIO(answer.content)).pages) == 2
    screenshot(page, "committee-sent-result")

    _menu(page, "已送审")
    batches = page.get_by_test_id("batches")
    expect(batches).to_contain_text(SENIOR_NAME)
    expect(batches).to_contain_text("待接收")
    screenshot(page, "committee-sent")

    # the senior committee office sees the batch and receives it
    page.get_by_role("button", name="退出登录").click()
    senior = system.new_account(SENIOR, name="周高评办")
    log_in(page, system, senior)
    expect(page).to_have_url(f"{system.base_url}/admin/committee/senior/pending", timeout=30_000)
    batch = page.locator(".batch", has_text=passes)
    expect(batch).to_contain_text(corrected)
    expect(batch).to_contain_text("杭州市建设工程专业中评委办公室")
    expect(batch).to_contain_text("共 2 人")
    screenshot(page, "committee-senior-pending")
    batch.get_by_role("button", name="接收", exact=True).click()
    expect(page.get_by_text("已接收该批次 2 人")).to_be_visible()
    expect(page.locator(".batch", has_text=passes)).to_have_count(0)
    _menu(page, "已接收送审批次")
    received = page.locator(".batch", has_text=passes)
    expect(received).to_contain_text("高评委办公室已接收")
    screenshot(page, "committee-senior-received")

    # the senior office opens an application of the batch: forms, photo, the votes
    received.get_by_role("link", name=passes, exact=True).click()
    case = page.get_by_test_id("committee-case")
    expect(case).to_contain_text("高评委办公室已接收", timeout=30_000)
    expect(page.get_by_test_id("votes")).to_contain_text("通过")
    expect(page.get_by_test_id("photo").get_by_role("img", name="申报对象网上照片")).to_be_visible(
        timeout=30_000
    )
    expect(
        page.get_by_test_id("forms").get_by_role("img", name="申报简表、评审表 第2页")
    ).to_be_visible(timeout=30_000)
    screenshot(page, "committee-senior-case")
