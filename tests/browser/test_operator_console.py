"""The operator's console in Chromium, against the whole system: the operator creates an account
and sees its password once, disables and enables it, finds an application by the applicant's
name and sees where it is, finds the notices that failed and resends them (one, then all), and
reads the state of every service and queue."""

import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
from playwright.sync_api import Locator, Page, expect
from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine

from tests.browser.conftest import _in_own_loop, screenshot
from tests.browser.test_admin_login import log_in
from tests.support.applications import fresh_application_body, submitted
from tests.support.launched import LaunchedSystem
from tests.support.mail import parsed, text_of
from tests.support.phone_codes import SinkCodes, read_codes_with

COUNTY = "330106.county_hr"
COUNTY_NAME = "杭州市西湖区人力资源和社会保障局"
OUTAGE = "ConnectionRefusedError(111, 'Connect call failed (127.0.0.1, 25)')"


def _eventually(probe: Callable[[], Any], what: str, within: float = 60) -> Any:
    deadline = time.monotonic() + within
    while not (found := probe()):
        assert time.monotonic() < deadline, f"never happened: {what}"
        time.sleep(0.3)
    return found


def _row(page: Page, content: str) -> Locator:
    return page.locator(".el-table__body tr", has_text=content).first


def _settled_screenshot(page: Page, name: str) -> None:
    """The screenshot once Element Plus's transitions (tags, buttons, the drawer) have ended."""
    page.wait_for_timeout(600)
    screenshot(page, name)


def _menu(page: Page, title: str) -> None:
    page.locator(".aside").get_by_text(title, exact=True).click()


def _login_status(system: LaunchedSystem, credentials: dict[str, str]) -> int:
    return system.api("review").post("/auth/login", json=credentials).status_code


def _submitted(system: LaunchedSystem, name: str) -> str:
    # intake takes the employer step once review's directory has reached it
    _eventually(
        lambda: system.api("intake").get("/directory").status_code == 200,
        "intake's directory",
        within=120,
    )
    body = fresh_application_body(region_code="330106", name=name)

    async def submit() -> str:
        async with httpx.AsyncClient(base_url=f"{system.base_url}/api/intake", timeout=30) as c:
            read_codes_with(c, SinkCodes(system.var / "sms"))  # notify's SMS sink
            return await submitted(c, body)

    return _in_own_loop(submit())


def _notices(system: LaunchedSystem, application_id: str) -> list[dict[str, Any]]:
    answer = system.api("notify").get(
        "/notices", params={"application_id": application_id}, headers=system.as_operator()
    )
    assert answer.status_code == 200, answer.text
    return list(answer.json()["items"])


def _mails_about(system: LaunchedSystem, application_id: str) -> list[Path]:
    return [p for p in system.mails() if application_id in text_of(parsed(p.read_bytes()))]


def _sms_about(system: LaunchedSystem, application_id: str) -> list[Path]:
    ids = {n["id"] for n in _notices(system, application_id) if n["channel"] == "sms"}
    return [p for p in system.sms() if p.stem in ids]


def _arrived(system: LaunchedSystem, application_id: str) -> int:
    """The mails and SMS about the application the local sinks hold."""
    return len(_mails_about(system, application_id)) + len(_sms_about(system, application_id))


def _as_if_the_mail_server_had_been_down(system: LaunchedSystem, application_id: str) -> None:
    """What an outage leaves behind: nothing arrived, and the application's notices were given
    up after their tries (the outage itself, with a real SMTP server taken down and brought
    back, is tests/integration/notify/test_resend_all.py's)."""
    for arrived in _mails_about(system, application_id) + _sms_about(system, application_id):
        arrived.unlink()

    async def fail() -> None:
        engine = create_async_engine(system.env["NOTIFY_DATABASE_URL"])
        try:
            async with engine.begin() as connection:
                await connection.execute(
                    text(
                        "UPDATE notice SET status = 'failed', attempts = 4, last_error = :error, "
                        "sent_at = NULL WHERE application_id = :application AND status = 'sent'"
                    ),
                    {"error": OUTAGE, "application": uuid.UUID(application_id)},
                )
        finally:
            await engine.dispose()

    _in_own_loop(fail())


def test_the_operator_keeps_accounts_finds_applications_resends_notices_and_reads_the_state(
    page: Page, system: LaunchedSystem
) -> None:
    applicant = f"查{uuid.uuid4().hex[:3].upper()}"
    application_id = _submitted(system, applicant)
    operator = system.new_account(None, name="李运维")
    log_in(page, system, operator)
    expect(page).to_have_url(f"{system.base_url}/admin/operator/accounts")

    # 账号管理: a new account, its password shown once
    username = f"xh{uuid.uuid4().hex[:8]}"
    page.get_by_role("button", name="新建账号").click()
    dialog = page.get_by_role("dialog", name="新建账号")
    dialog.get_by_label("用户名").fill(username)
    dialog.get_by_label("使用人").fill("赵审核")
    dialog.locator(".el-select").click()
    page.keyboard.type("西湖区人力")
    page.locator(".el-select-dropdown__item:visible", has_text=COUNTY_NAME).click()
    _settled_screenshot(page, "operator-account-create")
    dialog.get_by_role("button", name="创建").click()
    shown = page.get_by_test_id("one-time-password")
    expect(shown).to_be_visible()
    password = shown.inner_text().strip()
    assert len(password) >= 8
    expect(page.get_by_role("dialog", name="账号已创建")).to_contain_text("只显示这一次")
    _settled_screenshot(page, "operator-one-time-password")
    page.get_by_role("button", name="我已记下，关闭").click()
    expect(shown).to_have_count(0)
    expect(page.get_by_text(password)).to_have_count(0)
    credentials = {"username": username, "password": password}
    assert _login_status(system, credentials) == 200

    # the same username again: refused on the field, in Chinese
    page.get_by_role("button", name="新建账号").click()
    dialog.get_by_label("用户名").fill(username)
    dialog.get_by_label("使用人").fill("重名者")
    dialog.get_by_role("radio", name="系统管理员").check(force=True)
    dialog.get_by_role("button", name="创建").click()
    expect(dialog.locator(".el-form-item__error")).to_have_text("用户名已被使用")
    dialog.get_by_role("button", name="取消").click()

    page.get_by_label("用户名或姓名").fill(username)
    page.get_by_role("button", name="查询").click()
    row = _row(page, username)
    expect(row).to_contain_text(COUNTY_NAME)
    expect(row.get_by_test_id("account-state")).to_have_text("启用")
    row.get_by_role("button", name="停用").click()
    expect(row.get_by_test_id("account-state")).to_have_text("停用")
    assert _login_status(system, credentials) != 200
    row.get_by_role("button", name="启用").click()
    expect(row.get_by_test_id("account-state")).to_have_text("启用")
    assert _login_status(system, credentials) == 200
    _settled_screenshot(page, "operator-accounts")

    # 组织机构
    _menu(page, "组织机构")
    page.get_by_label("按名称、代码或地区查找").fill("西湖区")
    expect(_row(page, COUNTY_NAME)).to_contain_text("县（市、区）人力社保部门")
    _settled_screenshot(page, "operator-directory")
    page.get_by_role("tab", name="审核路线").click()
    page.get_by_label("按地区或机构名称查找路线").fill("杭州市西湖区")
    route = page.locator(".el-table__body tr", has_text="有主管部门的单位").first
    expect(route).to_contain_text(
        f"{COUNTY_NAME}→杭州市住房和城乡建设局→杭州市人力资源和社会保障局→杭州市建设工程专业中评委办公室"
    )
    _settled_screenshot(page, "operator-routes")

    # 申报查询: where the application is now
    _eventually(
        lambda: (
            system.api("review")
            .get("/admin/cases", params={"q": application_id}, headers=system.as_operator())
            .json()["total"]
        ),
        "the application at review",
    )
    _menu(page, "申报查询")
    page.get_by_label("申报人姓名或申报编号").fill(applicant)
    page.get_by_role("button", name="查询").click()
    found = _row(page, applicant)
    expect(found).to_contain_text(COUNTY_NAME)
    expect(found).to_contain_text("个人报送材料")
    expect(found).to_contain_text("*")  # the ID number masked
    expect(found).to_contain_text("审核中")  # intake's status of it
    _settled_screenshot(page, "operator-lookup")
    found.get_by_role("button", name="查看进度").click()
    drawer = page.get_by_role("dialog", name=f"{applicant} · 申报进度")
    expect(drawer).to_contain_text(application_id)
    expect(drawer).to_contain_text("当前环节")
    _settled_screenshot(page, "operator-lookup-timeline")
    drawer.get_by_role("button", name="关闭此对话框").click()

    # a clerk refuses it; notify tells the applicant; then the mail server "was down"
    clerk = system.log_in(system.new_account(COUNTY, name="钱审核"))
    listed = system.api("review").get(
        "/cases", params={"list": "personal", "limit": 200}, headers=clerk
    )
    [case] = [i for i in listed.json()["items"] if i["application_id"] == application_id]
    refused = system.api("review").post(
        f"/cases/{case['case_id']}/refuse", json={"reason": "照片不清晰"}, headers=clerk
    )
    assert refused.status_code == 200, refused.text
    delivered = _eventually(
        lambda: [n for n in _notices(system, application_id) if n["status"] == "sent"] or None,
        "the refusal's notices sent",
    )
    sent_ids = {n["id"] for n in delivered}

    _menu(page, "通知")
    for round_, how in enumerate(("重新发送", "全部重发")):
        _as_if_the_mail_server_had_been_down(system, application_id)
        assert _arrived(system, application_id) == 0
        page.get_by_label("申报编号").fill(application_id)
        page.get_by_role("button", name="查询").click()  # 发送失败 is the page's first filter
        failed_rows = page.locator(".el-table__body tr", has_text="发送失败")
        expect(failed_rows).to_have_count(len(delivered))
        expect(page.get_by_test_id("notice-error").first).to_contain_text("ConnectionRefusedError")
        if round_ == 0:  # one by one, each from its own row
            _settled_screenshot(page, "operator-notices-failed")
            for left in range(len(delivered), 0, -1):
                failed_rows.first.get_by_role("button", name="重新发送").click()
                expect(failed_rows).to_have_count(left - 1)
            expect(page.get_by_text("已重新发送给").first).to_be_visible()
        else:  # every failed one at once, as after a mail outage
            page.get_by_role("button", name="全部重发").click()
            confirm = page.get_by_role("dialog", name="全部重发")
            confirm.get_by_role("button", name="全部重发").click()
            expect(page.get_by_text("已重新排队发送").first).to_be_visible()
        _eventually(
            lambda: all(
                n["status"] == "sent" and n["attempts"] == 1
                for n in _notices(system, application_id)
                if n["id"] in sent_ids
            ),
            f"every failed notice sent again ({how})",
        )
        # each arrived once more, and once only
        _eventually(lambda: _arrived(system, application_id) == len(delivered), "arrived")
        time.sleep(1)
        assert _arrived(system, application_id) == len(delivered)
    page.locator(".statuses").get_by_text("已发送").click()
    expect(page.locator(".el-table__body tr", has_text="已发送")).to_have_count(len(delivered))
    _settled_screenshot(page, "operator-notices-resent")

    # 系统状态: every API answers /health through the gateway, every worker has its queues
    _menu(page, "系统状态")
    for service in ("intake", "review", "committee", "notify"):
        card = page.get_by_test_id(f"service-{service}")
        expect(card).to_contain_text("正常")
        expect(card).to_contain_text("运行中")
    expect(page.locator(".el-table__body")).to_contain_text("review.application_submitted")
    _settled_screenshot(page, "operator-system")
