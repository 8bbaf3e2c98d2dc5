"""The portal's draft in the browser beyond the journey: a required field left empty shows its
Chinese error on the field itself once 检查 is asked, and 检查's link jumps to it; a scan with
its title is previewed in the page (a PDF drawn page by page, as in the workbench) and deleted;
and an application submitted is withdrawn (撤回) while nobody has received it, after which the
draft is editable again."""

from pathlib import Path

from playwright.sync_api import Page, expect

from tests.browser.conftest import screenshot
from tests.browser.portal_steps import field, tab
from tests.browser.test_portal_journey import FIRST, SLOW, fill_forms, register, start_application
from tests.support.applications import id_number, photo_bytes
from tests.support.hostile import plain_pdf
from tests.support.launched import LaunchedSystem

MISSING = "申报简表“毕业院校”：必填项，不能缺少"


def test_a_field_error_a_scan_previewed_and_deleted_and_a_withdrawal(
    page: Page, system: LaunchedSystem, tmp_path: Path
) -> None:
    page.set_default_timeout(SLOW)
    number = id_number(serial="541")
    register(page, system, name="钱七", number=number)
    application_id = start_application(page, "desktop")
    fill_forms(page, number=number)
    field(page, "forms.roster.current_profession").fill("建筑工程施工")  # no mismatch this time

    # 毕业院校 emptied: said on the field once 检查 is asked, and 检查 links to it
    tab(page, "申报简表")
    school = field(page, "forms.summary.graduated_school")
    school.fill("")
    school.press("Tab")
    tab(page, "检查与提交")
    page.get_by_role("button", name="检查", exact=True).click()
    problems = page.get_by_role("region", name="检查发现的问题")
    expect(problems.get_by_role("heading", name="申报简表（1）")).to_be_visible(timeout=SLOW)
    problems.get_by_role("link", name=MISSING).click()
    expect(school).to_be_focused()
    on_the_field = page.locator("#field-forms-summary-graduated_school .el-form-item__error")
    expect(on_the_field).to_have_text(MISSING)
    screenshot(page, "portal-field-error-desktop")
    school.fill("浙江大学")
    expect(on_the_field).to_have_count(0)

    # a scan with its title, previewed in the page and deleted
    tab(page, "照片与证明材料")
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(photo_bytes())
    page.locator(".photo-panel input[type=file]").set_input_files(photo)
    expect(page.get_by_role("status")).to_contain_text("照片合格：", timeout=SLOW)
    scan = tmp_path / "diploma.pdf"
    scan.write_bytes(plain_pdf())
    page.get_by_label("材料名称").fill("学历证书")
    page.locator(".scans input[type=file]").set_input_files(scan)
    listed = page.locator(".scans .scan", has_text="学历证书")
    expect(listed).to_contain_text("PDF", timeout=SLOW)
    listed.get_by_role("button", name="预览").click()
    preview = page.get_by_role("dialog", name="学历证书")
    expect(preview.get_by_role("img", name="学历证书 第1页")).to_be_visible(timeout=SLOW)
    expect(preview).to_contain_text("共 1 页")
    expect(preview.locator("iframe")).to_have_count(0)
    screenshot(page, "portal-scan-preview-desktop")
    page.keyboard.press("Escape")
    expect(preview).to_be_hidden()
    listed.get_by_role("button", name="删除").click()
    expect(listed).to_have_count(0)
    expect(page.get_by_text("尚未上传证明材料")).to_be_visible()

    # submitted, then 撤回 while it waits at the first department, unreceived
    tab(page, "检查与提交")
    page.get_by_role("button", name="检查", exact=True).click()
    expect(page.get_by_text("检查通过")).to_be_visible(timeout=SLOW)
    page.get_by_role("button", name="提交申报").click()
    expect(page).to_have_url(f"{system.base_url}/applications/{application_id}", timeout=SLOW)
    here = page.get_by_role("alert").filter(has_text="当前在")
    expect(here).to_contain_text(f"当前在{FIRST[1]}", timeout=SLOW)
    page.get_by_role("button", name="撤回").click()
    page.get_by_role("dialog", name="撤回申报").get_by_role("button", name="撤回").click()
    expect(page.locator(".head .el-tag")).to_have_text("已撤回", timeout=SLOW)
    expect(page.get_by_role("button", name="撤回")).to_have_count(0)
    screenshot(page, "portal-withdrawn-desktop")
    page.get_by_role("button", name="修改申报材料").click()
    tab(page, "评审表")
    summary = field(page, "forms.review.work_summary")
    expect(summary).to_be_editable()
    summary.fill("任现职以来负责施工组织设计与质量管理，撤回后补充。")
    expect(page.get_by_text("草稿已保存").locator("visible=true")).to_be_visible(timeout=SLOW)
