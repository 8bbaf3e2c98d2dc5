"""What an applicant does in the portal, step by step, as the journey tests drive it: each
field is found by the id the portal gives it from the API's path for it
(`forms.roster.current_profession` -> `#field-forms-roster-current_profession-input`)."""

import json
import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from playwright.sync_api import Locator, Page, expect

from deploy.sms_code import wait_for_code
from tests.support.launched import LaunchedSystem

LINK = re.compile(r"https?://\S+/applications/([0-9a-f-]{36})")


def field(page: Page, path: str) -> Locator:
    return page.locator("#field-" + re.sub(r"[^A-Za-z0-9_]+", "-", path) + "-input")


def type_date(page: Page, path: str, value: str) -> None:
    box = field(page, path)
    box.fill(value)
    box.press("Enter")


def tab(page: Page, name: str) -> None:
    page.get_by_role("tab", name=name, exact=True).click()


def saved(page: Page, form_label: str) -> None:
    """The form's draft has been saved (the page says so once the save is answered)."""
    tab(page, form_label)
    expect(page.get_by_text("草稿已保存").locator("visible=true")).to_be_visible()


def token(page: Page) -> dict[str, str]:
    """The logged-in applicant's headers, from the portal's session."""
    stored = page.evaluate("() => sessionStorage.getItem('zhicheng.portal')")
    return {"Authorization": f"Bearer {json.loads(stored)['token']}"}


def eventually(probe: Callable[[], Any], what: str, within: float = 60) -> Any:
    deadline = time.monotonic() + within
    while True:
        if found := probe():
            return found
        assert time.monotonic() < deadline, f"never happened: {what}"
        time.sleep(0.5)


def notice_link(system: LaunchedSystem, application_id: str) -> str:
    """The link in the SMS the applicant got about the application (notify's sink files)."""

    def probe() -> str | None:
        for path in system.sms():
            text = json.loads(Path(path).read_text(encoding="utf-8"))["text"]
            for match in LINK.finditer(text):
                if match.group(1) == application_id:
                    return match.group(0)
        return None

    return str(eventually(probe, f"an SMS about {application_id}"))


def waiting_case(
    system: LaunchedSystem, headers: dict[str, str], application_id: str, submission: int = 1
) -> Any:
    """The case of that submission in the department's 个人报送材料 once it has arrived."""

    def probe() -> Any:
        answer = system.api("review").get(
            "/cases", params={"list": "personal", "limit": 200}, headers=headers
        )
        assert answer.status_code == 200, answer.text
        return next(
            (
                i
                for i in answer.json()["items"]
                if (i["application_id"], i["submission"]) == (application_id, submission)
            ),
            None,
        )

    return eventually(probe, "the case at the first department")


def sms_code(page: Page, system: LaunchedSystem, phone: str) -> str:
    """Asks for the SMS code (获取验证码) and reads it from notify's sink, as from the phone."""
    asked_at = time.time() - 1
    page.get_by_role("button", name="获取验证码").click()
    expect(page.get_by_text("秒后可重新获取")).to_be_visible()
    code = wait_for_code(system.var / "sms", phone, newer_than=asked_at, within=60)
    assert code is not None, "no SMS code reached notify's sink"
    return code


def fill_registration(
    page: Page, system: LaunchedSystem, *, name: str, number: str, phone: str, password: str
) -> None:
    """The 注册 form filled in, the SMS code (短信验证码) with it, ready to send."""
    page.goto(f"{system.base_url}/register", wait_until="domcontentloaded")
    password_rules_are_stated(page)
    page.get_by_label("姓名").fill(name)
    page.get_by_label("身份证号码").fill(number)
    page.get_by_label("手机号码").fill(phone)
    page.get_by_label("电子邮箱（选填）").fill(f"{number}@example.com")
    page.get_by_label("密码", exact=True).fill(password)
    page.get_by_label("短信验证码").fill(sms_code(page, system, phone))


def password_rules_are_stated(page: Page) -> None:
    """注册 and 找回密码 say the password's rules under the field before anything is typed."""
    rules = page.get_by_role("list", name="密码要求")
    expect(rules).to_be_visible()
    expect(rules).to_contain_text("长度：8～128 位")
    expect(rules).to_contain_text("组成：同时包含字母和数字")
    expect(rules).to_contain_text("不能包含身份证号码")
    for box in page.locator("input").all():
        expect(box).to_be_empty()


def pick_the_employer(page: Page, *, name: str, kind: str, city: str, county: str) -> None:
    """单位信息 from the directory's lists, as the applicant picks them (tapped on a phone)."""
    page.get_by_label("单位名称").fill(name)
    page.get_by_text(kind).click()
    page.get_by_placeholder("请选择市，再选择县（市、区）").click()
    page.get_by_role("menuitem", name=city).click()
    page.get_by_role("menuitem", name=county).click()
    expect(page.get_by_role("menuitem", name=county)).to_be_hidden()  # closed once chosen
    page.get_by_role("button", name="保存单位信息").click()


STEP_LABELS = {"done": "已审核通过", "here": "当前环节", "next": "尚未送达"}


def route_is(page: Page, steps: list[tuple[str, str]]) -> None:
    """进度查询's 审核路线: each department in order, marked done / here / next, then the
    mid-committee office the route ends at."""
    shown = page.locator(".route .el-step")
    expect(shown).to_have_count(len(steps) + 1)
    for index, (organisation, state) in enumerate(steps):
        step = shown.nth(index)
        expect(step).to_contain_text(organisation)
        expect(step).to_contain_text(STEP_LABELS[state])
        expect(step).to_have_attribute("data-state", state)
