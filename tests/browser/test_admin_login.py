"""The 管理端's login, as a clerk meets it: the right account lands on its own screens, a wrong
password is told in Chinese, and an ended session goes back to the login page saying so."""

import re

from playwright.sync_api import Page, expect

from tests.browser.conftest import screenshot
from tests.support.launched import LaunchedSystem


def log_in(page: Page, system: LaunchedSystem, credentials: dict[str, str]) -> None:
    page.goto(f"{system.base_url}/admin/login")
    page.get_by_label("用户名").fill(credentials["username"])
    page.get_by_label("密码").fill(credentials["password"])
    page.get_by_role("button", name="登录").click()


def test_a_county_clerk_logs_in_and_sees_the_department_workbench(
    page: Page, system: LaunchedSystem
) -> None:
    clerk = system.new_account("330106.county_hr", name="王芳")
    log_in(page, system, clerk)
    expect(page).to_have_url(f"{system.base_url}/admin/department")
    expect(page.get_by_test_id("who")).to_contain_text("王芳")
    expect(page.get_by_test_id("who")).to_contain_text("西湖区")


def test_a_wrong_password_is_refused_in_chinese(page: Page, system: LaunchedSystem) -> None:
    clerk = system.new_account("330106.county_hr")
    page.goto(f"{system.base_url}/admin/login")
    screenshot(page, "admin-login")
    log_in(page, system, {"username": clerk["username"], "password": "not-the-password-1"})
    expect(page.get_by_role("alert")).to_contain_text("用户名或密码错误")
    expect(page).to_have_url(f"{system.base_url}/admin/login")


def test_the_operator_lands_on_the_operator_console(page: Page, system: LaunchedSystem) -> None:
    operator = system.new_account(None, name="李运维")
    log_in(page, system, operator)
    expect(page).to_have_url(f"{system.base_url}/admin/operator/accounts")
    expect(page.get_by_test_id("who")).to_contain_text("系统管理员")


def test_an_ended_session_returns_to_the_login_page_saying_so(
    page: Page, system: LaunchedSystem
) -> None:
    clerk = system.new_account("330106.county_hr")
    log_in(page, system, clerk)
    expect(page).to_have_url(f"{system.base_url}/admin/department")
    # the token ends (here: replaced by one the services no longer accept)
    page.evaluate(
        """() => {
            const stored = JSON.parse(sessionStorage.getItem('zhicheng.admin'))
            stored.token = 'ended.' + stored.token
            sessionStorage.setItem('zhicheng.admin', JSON.stringify(stored))
        }"""
    )
    page.reload()  # the workbench asks review who is logged in: 401
    expect(page.get_by_text("登录已失效，请重新登录")).to_be_visible(timeout=30_000)
    expect(page).to_have_url(f"{system.base_url}/admin/login?expired=1&next=/admin/department")


def test_a_session_that_runs_out_of_time_returns_to_the_login_page_saying_so(
    page: Page, system: LaunchedSystem
) -> None:
    page.clock.install()
    clerk = system.new_account("330106.county_hr")
    log_in(page, system, clerk)
    expect(page).to_have_url(f"{system.base_url}/admin/department")
    expect(page.get_by_role("menuitem", name="已处理")).to_be_visible()
    page.clock.fast_forward("31:00")  # the token lasts TOKEN_MINUTES (30)
    page.get_by_role("menuitem", name="已处理").click()
    expect(page.get_by_text("登录已失效，请重新登录")).to_be_visible()
    expect(page).to_have_url(
        re.compile(
            r"/admin/login\?expired=1&next=%2Fadmin%2Fdepartment%2F|/admin/login\?expired=1&next=/admin/department/"
        )
    )
