"""The department workbench in Chromium, as its clerks use it: a county clerk takes a new case
from 个人报送材料, looks at the photo and the PDF scan, ticks the paper check, signs an agreeing
opinion and forwards it; the city bureau refuses it from 单位上报材料 with a reason, seeing first
who will be told; the county reads the refusal in its 站内消息. And a batch of five with a
preview in which two cannot be forwarded and are left alone."""

import re

from playwright.sync_api import Page, expect

from tests.browser.conftest import SCREENSHOTS, screenshot
from tests.browser.department_support import (
    BUREAU,
    SLOW,
    case_at,
    clerk_with_case,
    eventually,
    find_row,
    log_in,
    open_list,
    ready_to_forward,
    submit,
    unique_name,
)
from tests.support.launched import LaunchedSystem


def test_a_case_from_county_to_city_bureau_refused_and_the_county_told(
    page: Page, system: LaunchedSystem
) -> None:
    case = clerk_with_case(system, clerk_name="王芳")
    clerk, name, application_id = case.clerk, case.name, case.application_id
    log_in(page, system, clerk)

    open_list(page, "待接收申报材料", "个人报送材料")
    find_row(page, name)
    table = page.get_by_test_id("case-table")
    expect(table).to_contain_text(f"申报对象（{name}）", timeout=SLOW)
    expect(table).to_contain_text("0 个工作日", timeout=SLOW)
    screenshot(page, "workbench-list")

    # the name is a link a keyboard reaches
    link = table.get_by_role("link", name=name, exact=True)
    link.focus()
    page.keyboard.press("Enter")
    expect(page.get_by_test_id("status")).to_have_text("待接收申报材料", timeout=SLOW)

    photo = page.get_by_test_id("photo")
    expect(photo).to_contain_text("清晰度", timeout=SLOW)
    image = photo.get_by_role("img", name="申报对象网上照片")
    expect(image).to_be_visible(timeout=SLOW)
    assert image.evaluate("img => img.complete && img.naturalWidth") == 354
    scans = page.get_by_test_id("scans")
    expect(scans).to_contain_text("学历证书", timeout=SLOW)
    pdf_page = scans.get_by_role("img", name="学历证书 第1页")
    expect(pdf_page).to_be_visible(timeout=SLOW)

    # the scan is drawn in the page: its blue heading bar is there in the pixels
    def blue() -> int:
        return int(
            pdf_page.evaluate(
                """c => { const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
                  let n = 0;
                  for (let i = 0; i < d.length; i += 4) if (d[i] < 100 && d[i + 2] > 100) n++;
                  return n }"""
            )
        )

    eventually(lambda: blue() > 1000, what="the PDF drawn")
    expect(page.get_by_test_id("forms")).to_contain_text("一致性检查：全部通过", timeout=SLOW)
    expect(page.get_by_test_id("form-review")).to_contain_text("建筑工程施工", timeout=SLOW)
    expect(page.get_by_test_id("route")).to_contain_text("杭州市住房和城乡建设局", timeout=SLOW)
    # the mask keeps the region only; the holder may 显示完整号码, and the history records it
    number = page.get_by_test_id("id-number")
    expect(number).to_have_text(re.compile(r"^\d{6}\*{12}$"), timeout=SLOW)
    screenshot(page, "workbench-case-masked")
    page.get_by_role("button", name="显示完整号码").click()
    expect(number).to_have_text(re.compile(r"^\d{17}[\dX]$"), timeout=SLOW)
    expect(page.get_by_test_id("history")).to_contain_text("显示完整号码", timeout=SLOW)

    page.get_by_test_id("actions").get_by_role("button", name="接收", exact=True).click()
    expect(page.get_by_test_id("status")).to_have_text("待审批材料", timeout=SLOW)
    page.get_by_text("纸质材料已核对").click()
    expect(page.get_by_role("checkbox", name="纸质材料已核对")).to_be_checked(timeout=SLOW)
    page.get_by_placeholder("签署人姓名").fill("王芳")
    page.get_by_role("button", name="签署审核意见").click()
    expect(page.get_by_test_id("status")).to_have_text("待报送材料", timeout=SLOW)
    # the success toasts (3 s each) gone first: the picture is of the page, not of them
    expect(page.locator(".el-message")).to_have_count(0, timeout=SLOW)
    screenshot(page, "workbench-case")
    page.get_by_test_id("actions").get_by_role("button", name="报送", exact=True).click()
    expect(page.get_by_test_id("status")).to_have_text("待接收申报材料", timeout=SLOW)
    expect(page.get_by_test_id("actions").get_by_role("button")).to_have_count(0, timeout=SLOW)
    history = page.get_by_test_id("history")
    for step in ("接收", "纸质材料已核对", "签署审核意见", "报送"):
        expect(history).to_contain_text(step, timeout=SLOW)

    # the city bureau refuses it, seeing first who will be told and how
    page.get_by_role("button", name="退出登录").click()
    log_in(page, system, system.new_account(BUREAU, name="赵敏"))
    open_list(page, "待接收申报材料", "单位上报材料")
    find_row(page, name)
    expect(page.get_by_test_id("case-table")).to_contain_text(
        "杭州市西湖区人力资源和社会保障局", timeout=SLOW
    )
    page.get_by_test_id("case-table").get_by_role("link", name=name, exact=True).click()
    page.get_by_test_id("actions").get_by_role("button", name="不予接收").click()
    dialog = page.get_by_test_id("refusal-dialog")
    told = dialog.get_by_test_id("told")
    # notify sends afterwards, on its own: the dialog says what will be handed to it
    expect(told).to_contain_text("确认后将交通知服务发送给：", timeout=SLOW)
    expect(told).to_contain_text(f"申报对象（{name}）：短信、电子邮件", timeout=SLOW)
    expect(told).to_contain_text(
        "报送单位（杭州市西湖区人力资源和社会保障局）：电子邮件、站内消息", timeout=SLOW
    )
    dialog.get_by_role("button", name="确认不予接收").click()
    expect(dialog).to_contain_text("请选择或填写理由", timeout=SLOW)
    dialog.get_by_text("网上照片不清晰，请重新上传清晰的证件照").click()
    expect(
        dialog.get_by_role("checkbox", name="网上照片不清晰，请重新上传清晰的证件照")
    ).to_be_checked()
    dialog.get_by_placeholder("写明需要更正或补充的内容").fill("照片背景请用白色")
    # with a reason given the error is gone, its fading red border too
    expect(dialog.locator(".el-form-item.is-error, .el-form-item__error")).to_have_count(
        0, timeout=SLOW
    )
    page.wait_for_timeout(500)
    # the dialog as the clerk sees it on the screen (the viewport, not the whole long page)
    page.screenshot(path=str(SCREENSHOTS / "workbench-refusal.png"))
    dialog.get_by_role("button", name="确认不予接收").click()
    expect(page.get_by_test_id("status")).to_have_text("不予接收或审核不同意", timeout=SLOW)
    # handed to notify, not yet delivered: the page does not say 已通知
    done = page.get_by_test_id("told-done")
    expect(done).to_contain_text(
        f"已交通知服务发送：申报对象（{name}，短信、电子邮件）；"
        "报送单位（杭州市西湖区人力资源和社会保障局，电子邮件、站内消息）",
        timeout=SLOW,
    )
    expect(done).to_contain_text("由通知服务随后发出")
    expect(done).not_to_contain_text("已通知")
    expect(page.locator(".el-message")).to_have_count(0, timeout=SLOW)
    # the page's top as the clerk sees it (the whole case page is four screens long)
    page.screenshot(path=str(SCREENSHOTS / "workbench-refused.png"))
    expect(page.get_by_test_id("history")).to_contain_text("照片背景请用白色", timeout=SLOW)

    # the applicant has the SMS; the county sees the refusal in its 站内消息, with a badge
    eventually(
        lambda: [p for p in system.sms() if application_id in p.read_text(errors="ignore")],
        what="the applicant's SMS",
    )
    county = system.log_in(clerk)
    eventually(
        lambda: system.api("notify").get("/messages", headers=county).json()["unread"],
        what="the county's 站内消息",
    )
    page.get_by_role("button", name="退出登录").click()
    log_in(page, system, clerk)
    messages = page.locator(".el-menu").get_by_role("menuitem", name=re.compile("站内消息"))
    expect(messages.locator(".el-badge__content")).to_have_text(re.compile(r"[1-9]"), timeout=SLOW)
    messages.click()
    listed = page.get_by_test_id("messages")
    expect(listed).to_contain_text(name, timeout=SLOW)
    listed.get_by_text(re.compile(name)).first.click()
    expect(listed).to_contain_text("网上照片不清晰", timeout=SLOW)
    expect(page.get_by_text("未读 0 条")).to_be_visible(timeout=SLOW)


def test_a_batch_of_five_is_previewed_and_only_the_forwardable_move(
    page: Page, system: LaunchedSystem
) -> None:
    clerk = system.new_account("330108.county_hr", name="孙丽")
    colleague = system.log_in(system.new_account("330108.county_hr", name="周强"))
    names = [unique_name() + n for n in "一二三四五"]
    cases = {}
    for name in names:
        application_id = submit(system, region_code="330108", name=name)
        row = case_at(system, colleague, "personal", application_id)
        ready_to_forward(system, colleague, row["case_id"])
        cases[name] = row["case_id"]
    log_in(page, system, clerk)
    open_list(page, "待处理申报材料", "待报送材料")
    table = page.get_by_test_id("case-table")
    for name in names:
        expect(table.get_by_role("link", name=name, exact=True)).to_be_visible(timeout=SLOW)

    # meanwhile a colleague forwards two of them
    review = system.api("review")
    for name in names[:2]:
        answer = review.post(f"/cases/{cases[name]}/forward", headers=colleague)
        assert answer.status_code == 200, answer.text

    for name in names:
        table.locator("tr", has_text=name).locator(".el-checkbox").click()
    page.get_by_test_id("batch-forward").click()
    preview = page.get_by_test_id("batch-preview")
    expect(preview.locator("tbody tr")).to_have_count(5, timeout=SLOW)
    expect(preview.get_by_text("不能报送：该申报材料已不在本部门的当前环节")).to_have_count(
        2, timeout=SLOW
    )
    expect(preview.get_by_text("杭州市住房和城乡建设局")).to_have_count(3, timeout=SLOW)
    page.get_by_role("button", name="确认报送 3 件").click()
    # the result lists every ticked case: the three sent, and the two left alone with why
    dialog = page.get_by_test_id("batch-dialog")
    expect(dialog).to_contain_text("已报送 3 件，未报送 2 件", timeout=SLOW)
    results = page.get_by_test_id("batch-results").locator("tbody tr")
    expect(results).to_have_count(5, timeout=SLOW)
    for name in names[:2]:
        expect(results.filter(has_text=name)).to_contain_text(
            "未报送（未作处理）：该申报材料已不在本部门的当前环节"
        )
    for name in names[2:]:
        expect(results.filter(has_text=name)).to_contain_text(
            "已报送，现在杭州市住房和城乡建设局（待接收申报材料）"
        )
    page.wait_for_timeout(500)
    page.screenshot(path=str(SCREENSHOTS / "workbench-batch-result.png"))

    for name, case_id in cases.items():
        case = review.get(f"/cases/{case_id}", headers=colleague).json()
        forwards = [h for h in case["history"] if h["action"] == "forwarded"]
        assert (case["position"], len(forwards)) == (2, 1), (name, case["position"], forwards)
