"""修改密码 in the portal: the current password first, the service's verdict on the field, and
afterwards only the new password logs in while this page stays logged in."""

from playwright.sync_api import Page, expect

from tests.browser.conftest import screenshot
from tests.browser.portal_steps import fill_registration, password_rules_are_stated
from tests.support.applications import id_number, phone_of
from tests.support.launched import LaunchedSystem

FIRST = "Zhicheng-First-2026!"
CHANGED = "Xihu-Longjing-0530!"
SLOW = 30_000  # ms: hashing a password, the SMS going out through notify


def test_an_applicant_changes_the_password_from_the_header(
    page: Page, system: LaunchedSystem
) -> None:
    page.set_default_timeout(SLOW)
    number = id_number(serial="533")
    fill_registration(
        page, system, name="冯五", number=number, phone=phone_of(number), password=FIRST
    )
    page.get_by_role("button", name="注册", exact=True).click()
    expect(page.get_by_role("heading", name="我的申报")).to_be_visible()

    page.get_by_role("link", name="修改密码").click()
    expect(page.get_by_role("heading", name="修改密码")).to_be_visible()
    password_rules_are_stated(page)
    page.get_by_label("原密码").fill("Not-the-password-1")
    page.get_by_label("新密码", exact=True).fill(CHANGED)
    page.get_by_label("再次输入新密码").fill(CHANGED)
    page.get_by_role("button", name="修改密码").click()
    expect(page.get_by_text("原密码不正确")).to_be_visible()

    page.get_by_label("原密码").fill(FIRST)
    page.get_by_label("再次输入新密码").fill(CHANGED + "x")
    page.get_by_role("button", name="修改密码").click()
    expect(page.get_by_text("两次输入的新密码不一致")).to_be_visible()
    page.get_by_label("再次输入新密码").fill(CHANGED)
    screenshot(page, "portal-change-password")
    page.get_by_role("button", name="修改密码").click()
    expect(page.get_by_text("密码已修改")).to_be_visible()
    expect(page.get_by_role("heading", name="我的申报")).to_be_visible()

    page.reload()  # the session carries on with the new token
    expect(page.get_by_role("heading", name="我的申报")).to_be_visible()
    for password, status in ((FIRST, 401), (CHANGED, 200)):
        login = system.api("intake").post(
            "/accounts/token", json={"id_number": number, "password": password}
        )
        assert login.status_code == status, login.text
