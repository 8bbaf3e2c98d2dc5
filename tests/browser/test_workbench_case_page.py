"""The case page beyond the main scenario: a scan that is an image (a JPEG, not a PDF) drawn in
the page, and a case the account may not open said so on the page in the service's words — a
department that does not hold it (404), an account that is no department's (403) — not a blank
page."""

from playwright.sync_api import Page, expect

from tests.browser.conftest import screenshot
from tests.browser.department_support import (
    SLOW,
    clerk_with_case,
    log_in,
    scan_jpeg,
)
from tests.support.launched import LaunchedSystem


def test_an_image_scan_is_shown_in_the_case_page(page: Page, system: LaunchedSystem) -> None:
    case = clerk_with_case(
        system, clerk_name="沈悦", scans=[("职称证书", "title.jpg", scan_jpeg(), "image/jpeg")]
    )
    case.open(page, system)

    scans = page.get_by_test_id("scans")
    expect(scans).to_contain_text("证明材料（2 份）", timeout=SLOW)
    scans.get_by_role("tab", name="职称证书").click()
    image = scans.get_by_role("img", name="职称证书")
    expect(image).to_be_visible(timeout=SLOW)
    # drawn from the file the page fetched with the session's token: a blob: URL of this origin
    drawn = image.evaluate(
        "img => ({ src: img.src, complete: img.complete, width: img.naturalWidth,"
        " height: img.naturalHeight })"
    )
    assert drawn["src"].startswith(f"blob:{system.base_url}/"), drawn["src"]
    assert drawn["complete"], drawn
    assert (drawn["width"], drawn["height"]) == (600, 420), drawn
    # the seal in the scan's lower right corner is red on the screen too
    red = image.evaluate(
        """img => { const c = document.createElement('canvas');
          c.width = img.naturalWidth; c.height = img.naturalHeight;
          const g = c.getContext('2d'); g.drawImage(img, 0, 0);
          const [r, gr, b] = g.getImageData(480, 300, 1, 1).data; return [r, gr, b] }"""
    )
    # #c0392b, give or take the JPEG
    assert red[0] > 150, red
    assert max(red[1:]) < 100, red
    image.scroll_into_view_if_needed()
    screenshot(page, "workbench-case-image-scan")


def test_a_case_the_account_may_not_open_says_why_on_the_page(
    page: Page, system: LaunchedSystem
) -> None:
    case = clerk_with_case(system, clerk_name="蒋欣")

    # another county's clerk, by the address: review answers 404 and the page says so
    log_in(page, system, system.new_account("330108.county_hr", name="罗兰"))
    page.goto(f"{system.base_url}/admin/department/case/{case.case_id}")
    error = page.get_by_test_id("case-error")
    expect(error).to_contain_text("无法打开该申报材料", timeout=SLOW)
    expect(error).to_contain_text("申报材料不存在")
    expect(page.get_by_test_id("status")).to_have_count(0)
    expect(page.locator("body")).not_to_contain_text('"detail"')
    screenshot(page, "workbench-case-not-found")
    error.get_by_role("link", name="返回首页").click()
    expect(page.get_by_test_id("list-title")).to_contain_text("个人报送材料", timeout=SLOW)

    # the operator is no department: review answers 403, and the page says it in its words
    page.get_by_role("button", name="退出登录").click()
    log_in(page, system, system.new_account(None, name="运维"))
    page.goto(f"{system.base_url}/admin/department/case/{case.case_id}")
    forbidden = "当前登录的账号无权使用此功能（仅限各级审核部门）"
    expect(page.get_by_test_id("case-error")).to_contain_text(forbidden, timeout=SLOW)
    expect(page.locator("body")).not_to_contain_text('"detail"')
    expect(page.locator(".el-menu a.menu-link").first).to_be_visible(timeout=SLOW)
    screenshot(page, "workbench-case-forbidden")
    # a department's list too: the message on the page, not an empty table
    page.goto(f"{system.base_url}/admin/department/cases/personal")
    expect(page.get_by_test_id("list-error")).to_contain_text(forbidden, timeout=SLOW)
    expect(page.get_by_test_id("case-table")).to_have_count(0)
    expect(page.locator(".el-message")).to_have_count(0, timeout=SLOW)
    screenshot(page, "workbench-list-forbidden")

    # and the clerk who holds it opens it
    page.get_by_role("button", name="退出登录").click()
    case.open(page, system)
    expect(page.get_by_test_id("status")).to_have_text("待接收申报材料", timeout=SLOW)
    expect(page.get_by_test_id("case-error")).to_have_count(0)
