"""退回补正 in Chromium: the county clerk returns a case from its page with a list of what to
correct (an empty row is refused there, in the dialog, by the service); the applicant sees every
item on 进度查询 as a link to its field, corrects it and resubmits; the case is back on the
clerk's page with the items and the diff in its history."""

from playwright.sync_api import Page, expect

from tests.browser.conftest import SCREENSHOTS, screenshot
from tests.browser.department_support import case_at, submit_as_applicant, unique_name
from tests.browser.portal_steps import field, saved, tab
from tests.browser.test_department_workbench import SLOW, find_row, open_list
from tests.browser.test_department_workbench import log_in as clerk_logs_in
from tests.support.applications import PASSWORD
from tests.support.launched import LaunchedSystem

COUNTY = "330106.county_hr"
NEW_SUMMARY = "任现职以来主持某综合体、某市政道路工程的施工技术管理，获省优质工程奖。"


def pick(page: Page, select_test_id: str, row: int, option: str) -> None:
    page.get_by_test_id(select_test_id).nth(row).click()
    page.locator(".el-select-dropdown:visible").get_by_text(option, exact=True).click()


def _on_a_phone(page: Page, system: LaunchedSystem, id_number: str, application_id: str) -> None:
    """The same list on a 390-pixel phone: every item there, nothing wider than the screen."""
    page.goto(f"{system.base_url}/login", wait_until="domcontentloaded")
    page.get_by_label("身份证号码").fill(id_number)
    page.get_by_label("密码", exact=True).fill(PASSWORD)
    page.get_by_role("button", name="登录").click()
    expect(page.get_by_role("heading", name="我的申报")).to_be_visible(timeout=SLOW)
    page.goto(f"{system.base_url}/applications/{application_id}")
    correction = page.get_by_test_id("correction")
    expect(correction.get_by_test_id("correction-item")).to_have_count(2, timeout=SLOW)
    expect(page.get_by_role("button", name="补正后重新提交")).to_be_visible()
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, f"the page is {width} px wide on a 390 px phone"
    page.wait_for_timeout(500)
    screenshot(page, "portal-correction-phone")


def test_returned_for_correction_listed_corrected_and_back_with_the_diff(
    page: Page, phone_page: Page, system: LaunchedSystem
) -> None:
    clerk = system.new_account(COUNTY, name="王芳")
    name = unique_name()
    application_id, body = submit_as_applicant(system, name=name)
    case_id = case_at(system, system.log_in(clerk), "personal", application_id)["case_id"]

    clerk_logs_in(page, system, clerk)
    page.goto(f"{system.base_url}/admin/department/case/{case_id}")
    expect(page.get_by_test_id("status")).to_have_text("待接收申报材料", timeout=SLOW)
    page.get_by_test_id("return-for-correction").click()
    dialog = page.get_by_test_id("correction-dialog")
    expect(dialog).to_contain_text("一次性告知", timeout=SLOW)

    # a row without a form: the service's refusal is shown in the dialog, nothing is sent back
    page.get_by_test_id("correction-confirm").click()
    refusal = page.get_by_test_id("correction-refusal")
    expect(refusal).to_contain_text("退回补正第 1 项：请选择需补正的表单", timeout=SLOW)
    expect(page.get_by_test_id("status")).to_have_text("待接收申报材料")

    pick(page, "correction-form", 0, "评审表")
    expect(refusal).to_be_hidden()  # it answered the rows as they were
    pick(page, "correction-field", 0, "任现职以来专业技术工作总结")
    page.get_by_test_id("correction-note").nth(0).fill("请补充主持的工程项目")
    page.get_by_test_id("correction-add").click()
    pick(page, "correction-form", 1, "综合表")
    pick(page, "correction-field", 1, "工作经历 第1项 职务")
    page.get_by_test_id("correction-note").nth(1).fill("请填写具体职务")
    expect(page.get_by_test_id("correction-confirm")).to_contain_text("共 2 项")
    page.wait_for_timeout(500)  # the tags' zoom-in transition, for the picture
    # the dialog where the clerk sees it: the viewport, not the whole page behind it
    page.screenshot(path=str(SCREENSHOTS / "workbench-correction-dialog.png"))
    page.get_by_test_id("correction-confirm").click()
    expect(page.get_by_test_id("status")).to_have_text("已退回补正，等待申报人补正", timeout=SLOW)
    expect(dialog).to_be_hidden()
    history = page.get_by_test_id("history")
    expect(history.get_by_test_id("history-correction-items")).to_contain_text(
        "评审表 · 任现职以来专业技术工作总结：请补充主持的工程项目", timeout=SLOW
    )
    expect(page.get_by_test_id("actions").get_by_role("button")).to_have_count(0)
    # while with the applicant it waits in its own list, not in the worklists
    open_list(page, "待处理申报材料", "已退回补正")
    find_row(page, name)
    expect(page.get_by_test_id("case-table")).to_contain_text("已退回补正，等待申报人补正")

    # the applicant: the list on 进度查询, each item a link to its field
    applicant = page.context.browser.new_context(locale="zh-CN", viewport=page.viewport_size)  # type: ignore[union-attr,arg-type]
    portal = applicant.new_page()
    try:
        portal.goto(f"{system.base_url}/login", wait_until="domcontentloaded")
        portal.get_by_label("身份证号码").fill(body["applicant"]["id_number"])
        portal.get_by_label("密码", exact=True).fill(PASSWORD)
        portal.get_by_role("button", name="登录").click()
        expect(portal.get_by_role("heading", name="我的申报")).to_be_visible(timeout=SLOW)
        portal.goto(f"{system.base_url}/applications/{application_id}")
        correction = portal.get_by_test_id("correction")
        expect(correction).to_contain_text(
            "杭州市西湖区人力资源和社会保障局退回补正：请按以下 2 项意见修改后重新提交",
            timeout=SLOW,
        )
        expect(correction).to_contain_text("综合表 · 工作经历 第1项 职务：请填写具体职务")
        expect(portal.get_by_role("button", name="补正后重新提交")).to_be_visible()
        expect(
            portal.get_by_text("退回杭州市西湖区人力资源和社会保障局的同一环节继续办理").first
        ).to_be_visible()
        portal.wait_for_timeout(500)
        screenshot(portal, "portal-correction")
        _on_a_phone(phone_page, system, body["applicant"]["id_number"], application_id)

        correction.get_by_test_id("correction-item").first.click()
        summary = field(portal, "forms.review.work_summary")
        expect(summary).to_be_focused(timeout=SLOW)  # the link lands on the field itself
        expect(portal.get_by_test_id("draft-correction")).to_contain_text("请补充主持的工程项目")
        summary.fill(NEW_SUMMARY)
        saved(portal, "评审表")
        tab(portal, "检查与提交")
        portal.get_by_role("button", name="检查", exact=True).click()
        expect(portal.get_by_text("检查通过")).to_be_visible(timeout=SLOW)
        portal.get_by_role("button", name="补正后重新提交").click()
        expect(portal.get_by_role("heading", name="进度查询")).to_be_visible(timeout=SLOW)
        expect(portal.get_by_test_id("correction")).to_be_hidden(timeout=SLOW)
        changes = portal.locator(".changes")
        expect(changes).to_contain_text("第 2 次提交相对第 1 次的修改", timeout=SLOW)
        expect(changes).to_contain_text(NEW_SUMMARY)
    finally:
        applicant.close()

    # back at the county, same stage and screen, the diff in the history
    page.goto(f"{system.base_url}/admin/department/case/{case_id}")
    expect(page.get_by_test_id("status")).to_have_text("待接收申报材料", timeout=SLOW)
    diff = page.get_by_test_id("history-diff")
    expect(diff).to_contain_text("任现职以来专业技术工作总结", timeout=SLOW)
    expect(diff).to_contain_text(NEW_SUMMARY)
    expect(page.get_by_test_id("history")).to_contain_text("第 1 次提交 → 第 2 次提交，修改 1 处")
    expect(page.get_by_test_id("actions")).to_contain_text("退回补正")
    # the corrected submission's own materials are readable by the department holding it
    photo = page.get_by_test_id("photo").get_by_role("img", name="申报对象网上照片")
    expect(photo).to_be_visible(timeout=SLOW)
    page.wait_for_timeout(500)
    screenshot(page, "workbench-corrected-history")
