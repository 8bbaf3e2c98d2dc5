"""The operator's console in Chromium, against the whole system: the operator creates an account
and sees its password once, disables and enables it, resets a password (the new one shown once),
finds an application by the applicant's name and sees where it is, finds the notices a refusing
mail server left failed and resends them (one, then all), reads who did what (操作记录) and the
state of every service, its readiness checks and its queues."""

import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
from playwright.sync_api import Locator, Page, expect

from tests.browser.conftest import _in_own_loop, screenshot
from tests.browser.test_admin_login import log_in
from tests.support.applications import fresh_application_body, submitted
from tests.support.launched import LaunchedSystem
from tests.support.local_mail import LocalMail
from tests.support.mail import parsed, text_of
from tests.support.phone_codes import SinkCodes, read_codes_with

COUNTY = "330106.county_hr"
COUNTY_NAME = "杭州市西湖区人力资源和社会保障局"
CHECKS = (("database", "数据库"), ("broker", "消息队列"), ("migrations", "数据库版本"))


def _eventually(
    probe: Callable[[], Any],
    what: str,
    within: float = 60,
    explain: Callable[[], object] = lambda: "",
) -> Any:
    deadline = time.monotonic() + within
    while not (found := probe()):
        assert time.monotonic() < deadline, f"never happened: {what} {explain()}"
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
    body["applicant"]["email"] = f"{uuid.uuid4().hex[:10]}@example.com"  # told by mail too

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


def _mails_about(system: LaunchedSystem, application_id: str) -> list[str]:
    """The notice id of each mail about the application the sink holds (one .eml per mail;
    its .txt twin is the same mail, readable)."""
    found = []
    for path in system.mails():
        if path.suffix == ".eml" and application_id in text_of(mail := parsed(path.read_bytes())):
            found.append(str(mail["X-Zhicheng-Notice"]))
    return found


def _sms_about(system: LaunchedSystem, application_id: str) -> list[Path]:
    ids = {n["id"] for n in _notices(system, application_id) if n["channel"] == "sms"}
    return [p for p in system.sms() if p.stem in ids]


def _refuse(system: LaunchedSystem, clerk: dict[str, str], application_id: str) -> None:
    listed = system.api("review").get(
        "/cases", params={"list": "personal", "limit": 200}, headers=clerk
    )
    [case] = [i for i in listed.json()["items"] if i["application_id"] == application_id]
    refused = system.api("review").post(
        f"/cases/{case['case_id']}/refuse", json={"reason": "照片不清晰"}, headers=clerk
    )
    assert refused.status_code == 200, refused.text


def _all_mail_failed(system: LaunchedSystem, application_id: str) -> list[dict[str, Any]] | None:
    """The application's failed e-mail notices, once none of its e-mails waits any more."""
    emails = [n for n in _notices(system, application_id) if n["channel"] == "email"]
    waiting = [n for n in emails if n["status"] in ("pending", "awaiting_contact")]
    failed = [n for n in emails if n["status"] == "failed"]
    return failed if emails and not waiting and failed else None


def test_the_operator_keeps_accounts_finds_applications_resends_notices_and_reads_the_state(
    page: Page, system: LaunchedSystem, local_mail: LocalMail
) -> None:
    applicant = f"查{uuid.uuid4().hex[:3].upper()}"
    application_id = _submitted(system, applicant)
    second_id = _submitted(system, f"重{uuid.uuid4().hex[:3].upper()}")
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

    # a clerk refuses it and a second application while the mail server refuses every mail
    # (a real server answering 554): their e-mails fail at once, their SMS go out
    clerk = system.log_in(system.new_account(COUNTY, name="钱审核"))
    with local_mail.refusing():
        for refused_id in (application_id, second_id):
            _refuse(system, clerk, refused_id)
        failed = {
            refused_id: _eventually(
                lambda refused_id=refused_id: _all_mail_failed(system, refused_id),
                f"the e-mails about {refused_id} failed",
                explain=lambda refused_id=refused_id: [
                    (n["channel"], n["status"], n["attempts"], n["last_error"])
                    for n in _notices(system, refused_id)
                ],
            )
            for refused_id in (application_id, second_id)
        }
    assert not _mails_about(system, application_id)
    assert not _mails_about(system, second_id)
    assert _sms_about(system, application_id)  # the SMS provider was not down

    _menu(page, "通知")
    for round_, (refused_id, how) in enumerate(
        ((application_id, "重新发送"), (second_id, "全部重发"))
    ):
        # what failed: the e-mails (and whatever else notify sent that server's way)
        emails = [n for n in _notices(system, refused_id) if n["status"] == "failed"]
        assert {n["id"] for n in failed[refused_id]} <= {n["id"] for n in emails}, emails
        page.get_by_label("申报编号").fill(refused_id)
        page.get_by_role("button", name="查询").click()  # 发送失败 is the page's first filter
        failed_rows = page.locator(".el-table__body tr", has_text="发送失败")
        expect(failed_rows).to_have_count(len(emails))
        expect(page.get_by_test_id("notice-error").first).to_contain_text("554")
        if round_ == 0:  # one by one, each from its own row
            _settled_screenshot(page, "operator-notices-failed")
            for left in range(len(emails), 0, -1):
                failed_rows.first.get_by_role("button", name="重新发送").click()
                expect(failed_rows).to_have_count(left - 1)
            expect(page.get_by_text("已重新发送给").first).to_be_visible()
        else:  # every failed one at once, as after a mail outage
            page.get_by_role("button", name="全部重发").click()
            confirm = page.get_by_role("dialog", name="全部重发")
            confirm.get_by_role("button", name="全部重发").click()
            expect(page.get_by_text("已重新排队发送").first).to_be_visible()
        ids = {n["id"] for n in emails}
        mailed = {n["id"] for n in emails if n["channel"] == "email"}
        _eventually(
            lambda refused_id=refused_id, ids=ids: all(
                n["status"] == "sent" and n["attempts"] == 1
                for n in _notices(system, refused_id)
                if n["id"] in ids
            ),
            f"every failed notice sent again ({how})",
        )
        # each arrived once, and once only
        _eventually(
            lambda refused_id=refused_id, ids=ids: (
                sorted(_mails_about(system, refused_id)) == sorted(ids)
            ),
            "arrived",
            explain=lambda refused_id=refused_id: _mails_about(system, refused_id),
        )
        time.sleep(1)
        assert sorted(_mails_about(system, refused_id)) == sorted(mailed)
    delivered = _notices(system, second_id)
    page.locator(".statuses").get_by_text("已发送").click()
    expect(page.locator(".el-table__body tr", has_text="已发送")).to_have_count(len(delivered))
    _settled_screenshot(page, "operator-notices-resent")

    # 系统状态: every API answers /health and /ready through the gateway, each of its checks
    # passes, every worker has its queues and answers its own /ready
    _menu(page, "系统状态")
    for service in ("intake", "review", "committee", "notify"):
        card = page.get_by_test_id(f"service-{service}")
        expect(card).to_contain_text("正常")
        expect(card).to_contain_text("运行中")
        expect(card.get_by_test_id(f"probe-{service}-ready")).to_contain_text("正常")
        for check, label in CHECKS:
            expect(card.get_by_test_id(f"check-{service}-{check}")).to_have_text(f"{label}正常")
        # the worker's own /ready, asked through review's API (REVIEW_WORKER_READY_URLS)
        expect(card.get_by_test_id(f"worker-{service}")).to_contain_text("正常")
        for check, label in CHECKS:
            worker_check = card.get_by_test_id(f"worker-check-{service}-{check}")
            expect(worker_check).to_have_text(f"{label}正常")
    expect(page.locator(".el-table__body")).to_contain_text("review.application_submitted")
    _settled_screenshot(page, "operator-system")


def test_the_operator_resets_a_password_once_and_reads_who_did_it(
    page: Page, system: LaunchedSystem
) -> None:
    clerk = system.new_account(COUNTY, name="孙重置")
    assert _login_status(system, clerk) == 200
    [account] = (
        system.api("review")
        .get("/admin/accounts", params={"q": clerk["username"]}, headers=system.as_operator())
        .json()
    )
    log_in(page, system, system.new_account(None, name="周运维"))

    # 重置密码: confirmed first, the new password shown this once
    page.get_by_label("用户名或姓名").fill(clerk["username"])
    page.get_by_role("button", name="查询").click()
    _row(page, clerk["username"]).get_by_role("button", name="重置密码").click()
    confirm = page.get_by_role("dialog", name="重置密码")
    expect(confirm).to_contain_text("原密码和已登录的会话立即失效")
    confirm.get_by_role("button", name="重置").click()
    revealed = page.get_by_role("dialog", name="密码已重置")
    expect(revealed).to_contain_text("密码只显示这一次")
    expect(revealed).to_contain_text(clerk["username"])
    password = page.get_by_test_id("one-time-password").inner_text().strip()
    assert len(password) >= 8
    assert password != clerk["password"]
    _settled_screenshot(page, "operator-reset-password")
    revealed.get_by_role("button", name="我已记下，关闭").click()
    expect(page.get_by_test_id("one-time-password")).to_have_count(0)
    expect(page.get_by_text(password)).to_have_count(0)
    assert _login_status(system, clerk) == 401
    assert _login_status(system, clerk | {"password": password}) == 200

    # the clerk looks at an applicant's full ID number: recorded by the case's id
    applicant = f"审{uuid.uuid4().hex[:3].upper()}"
    application_id = _submitted(system, applicant)
    clerk_headers = system.log_in(clerk | {"password": password})

    def revealed() -> bool:
        listed = system.api("review").get(
            "/cases", params={"list": "personal", "limit": 200}, headers=clerk_headers
        )
        mine = [i for i in listed.json()["items"] if i["application_id"] == application_id]
        return bool(mine) and (
            system.api("review")
            .post(f"/cases/{mine[0]['case_id']}/id-number", headers=clerk_headers)
            .status_code
            == 200
        )

    _eventually(revealed, "the clerk sees the full ID number")

    # 操作记录: the reset, by whom, to whom, from where, in words; filtered by the action,
    # chosen from the labelled ones the service answers, and by the day
    _menu(page, "操作记录")
    page.locator(".el-select", has=page.get_by_role("combobox", name="操作", exact=True)).click()
    choices = page.locator(".el-select-dropdown__item:visible")
    expect(choices.first).to_be_visible()
    assert not any(choice.isascii() for choice in choices.all_inner_texts())  # no raw names
    choices.filter(has_text="重置密码").click()
    row = _row(page, f"孙重置（{COUNTY_NAME}）")  # the account reset, by its holder's name
    expect(row).to_contain_text("重置密码")
    expect(row).to_contain_text("周运维（系统管理员）")  # who did it, by name
    expect(row).not_to_contain_text("account.reset_password")
    expect(row).not_to_contain_text(account["id"])
    expect(row).to_contain_text("127.0.0.1")
    today = time.strftime("%Y-%m-%d", time.gmtime(time.time() + 8 * 3600))  # China's date
    expect(row).to_contain_text(today)
    _settled_screenshot(page, "operator-audit")
    assert page.evaluate("document.documentElement.scrollWidth") <= 1366  # fits the screen
    table = page.locator(".el-table__body-wrapper .el-scrollbar__wrap").first
    assert table.evaluate("e => e.scrollWidth <= e.clientWidth")  # no column off the side
    # the detail as labelled words: the account made for the clerk, of which kind, where
    page.locator(".el-select", has=page.get_by_role("combobox", name="操作", exact=True)).click()
    choices.filter(has_text="新建账号").click()
    created = _row(page, f"账号 {clerk['username']}")
    expect(created).to_contain_text("新建账号")
    expect(created).to_contain_text(f"账号类别：部门账号；所属机构：{COUNTY_NAME}")
    # the case whose number was seen, by its applicant's name (never the number itself)
    page.locator(".el-select", has=page.get_by_role("combobox", name="操作", exact=True)).click()
    choices.filter(has_text="查看完整证件号码").click()
    seen = _row(page, f"{applicant}的申报材料")
    expect(seen).to_contain_text(f"孙重置（{COUNTY_NAME}）")
    # 操作人 chosen by name: the clerk saw the number, but reset nobody's password
    page.locator(".el-select", has=page.get_by_role("combobox", name="操作人", exact=True)).click()
    people = page.locator(".el-select-dropdown__item:visible")
    people.filter(has_text=f"孙重置（{COUNTY_NAME}）").click()
    expect(_row(page, f"{applicant}的申报材料")).to_be_visible()
    page.locator(".el-select", has=page.get_by_role("combobox", name="操作", exact=True)).click()
    choices.filter(has_text="重置密码").click()
    expect(page.get_by_text("没有符合条件的操作记录")).to_be_visible()
    expect(page.get_by_test_id("total")).to_have_text("共 0 条")
