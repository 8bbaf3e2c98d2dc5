"""An applicant's account in the portal (issue 11, point 7): registration confirmed by the SMS
code read from notify's sink, the employer step with the route it opens, and a forgotten
password reset with a second code from 忘记密码, after which only the new password works."""

import re

from playwright.sync_api import Page, expect

from tests.browser.conftest import screenshot
from tests.browser.portal_steps import (
    fill_registration,
    password_rules_are_stated,
    pick_the_employer,
    sms_code,
)
from tests.support.applications import id_number, phone_of
from tests.support.launched import LaunchedSystem

FORGOTTEN = "Zhicheng-Forgotten-2026!"
NEW_PASSWORD = "Lanting-Qushui-0417!"
SLOW = 30_000  # ms: hashing a password, the SMS going out through notify


def test_register_with_the_sms_code_pick_the_employer_and_reset_a_forgotten_password(
    page: Page, system: LaunchedSystem
) -> None:
    page.set_default_timeout(SLOW)
    number = id_number(serial="527")
    phone = phone_of(number)
    fill_registration(page, system, name="郑三", number=number, phone=phone, password=FORGOTTEN)
    screenshot(page, "portal-register")
    page.get_by_role("button", name="注册", exact=True).click()
    expect(page.get_by_role("heading", name="我的申报")).to_be_visible()

    page.get_by_role("button", name="新建申报").click()
    expect(page).to_have_url(re.compile(r"/applications/[0-9a-f-]{36}/edit"))
    pick_the_employer(
        page,
        name="杭州市西湖区某某建设有限公司",
        kind="有主管部门的单位（县属、市属单位）",
        city="杭州市",
        county="西湖区",
    )
    route = page.locator(".route")
    expect(route).to_contain_text("杭州市西湖区人力资源和社会保障局")
    screenshot(page, "portal-employer")

    page.get_by_role("button", name="退出").click()
    page.goto(f"{system.base_url}/login", wait_until="domcontentloaded")
    page.get_by_role("link", name="忘记密码").click()
    expect(page.get_by_role("heading", name="找回密码")).to_be_visible()
    password_rules_are_stated(page)
    page.get_by_label("身份证号码").fill(number)
    page.get_by_label("注册时的手机号码").fill(phone)
    page.get_by_label("短信验证码").fill(sms_code(page, system, phone))
    page.get_by_label("新密码").fill(NEW_PASSWORD)
    screenshot(page, "portal-reset")
    page.get_by_role("button", name="重设密码").click()
    expect(page).to_have_url(re.compile(r"/login$"))

    old = system.api("intake").post(
        "/accounts/token", json={"id_number": number, "password": FORGOTTEN}
    )
    assert old.status_code == 401, old.text
    page.get_by_label("身份证号码").fill(number)
    page.get_by_label("密码", exact=True).fill(NEW_PASSWORD)
    page.get_by_role("button", name="登录").click()
    expect(page.get_by_role("heading", name="我的申报")).to_be_visible()
