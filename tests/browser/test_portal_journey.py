"""The applicant's whole journey in the portal, on a desktop and on a 390×844 phone: register,
pick the employer (unit, region, kind) from the directory's lists and see its route, fill the
four forms with one deliberate mismatch on the 花名册, a blurred photo refused with its reason
on the page and then a sharp one, the mismatch found by 检查 and fixed from its link,
submitted and seen at the first department; refused there (review's API, as a clerk would),
the link in the SMS opened after a login, the reason read, the form changed and submission 2
seen starting again at the first stage; passed on by it, the route shows that stage done, the
next one here and the rest still to come."""

import re
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import screenshot
from tests.browser.department_support import ready_to_forward
from tests.browser.portal_steps import (
    field,
    fill_registration,
    notice_link,
    pick_the_employer,
    route_is,
    tab,
    token,
    type_date,
    waiting_case,
)
from tests.support.applications import id_number, phone_of, photo_bytes
from tests.support.launched import LaunchedSystem

PASSWORD = "Zhicheng-Portal-2026!"
EMPLOYER = "杭州市西湖区某某建设有限公司"
FIRST = ("330106.county_hr", "杭州市西湖区人力资源和社会保障局")
ROUTE = [FIRST[1], "杭州市住房和城乡建设局", "杭州市人力资源和社会保障局"]
REASON = "评审表“任现职以来专业技术工作总结”过于简略，请补充主要工程项目"
SLOW = 30_000  # ms: a step the services answer after hashing a password or checking a photo


@pytest.fixture
def photos(tmp_path: Path) -> dict[str, Path]:
    blurred, sharp = tmp_path / "blurred.jpg", tmp_path / "sharp.jpg"
    blurred.write_bytes(photo_bytes(blur=3))
    sharp.write_bytes(photo_bytes())
    return {"blurred": blurred, "sharp": sharp}


def test_an_applicant_applies_is_refused_and_resubmits_on_a_desktop(
    page: Page, system: LaunchedSystem, photos: dict[str, Path]
) -> None:
    journey(page, system, photos, serial="511", name="周一", screens="desktop")


def test_the_same_journey_on_a_phone(
    phone_page: Page, system: LaunchedSystem, photos: dict[str, Path]
) -> None:
    journey(phone_page, system, photos, serial="513", name="吴二", screens="phone")


def journey(
    page: Page,
    system: LaunchedSystem,
    photos: dict[str, Path],
    *,
    serial: str,
    name: str,
    screens: str,
) -> None:
    page.set_default_timeout(SLOW)  # the machine the tests share may be slow to answer
    number = id_number(serial=serial)
    register(page, system, name=name, number=number)
    application_id = start_application(page, screens)
    fill_forms(page, number=number)
    screenshot(page, f"portal-forms-{screens}")

    tab(page, "照片与证明材料")
    page.locator(".photo-panel input[type=file]").set_input_files(photos["blurred"])
    expect(page.get_by_role("status")).to_contain_text(
        "照片未通过：照片不清晰（清晰度", timeout=SLOW
    )
    page.locator(".photo-panel input[type=file]").set_input_files(photos["sharp"])
    expect(page.get_by_role("status")).to_contain_text("照片合格：", timeout=SLOW)
    expect(page.get_by_alt_text("已上传的照片")).to_be_visible()

    tab(page, "检查与提交")
    page.get_by_role("button", name="检查", exact=True).click()
    problems = page.get_by_role("region", name="检查发现的问题")
    expect(problems.get_by_role("heading", name="花名册（1）")).to_be_visible(timeout=SLOW)
    mismatch = problems.get_by_role("link", name="花名册的“现从事专业”（建筑施工）")
    expect(mismatch).to_contain_text("“现从事专业”在四表中应完全一致")
    screenshot(page, f"portal-check-{screens}")
    mismatch.click()
    roster_profession = field(page, "forms.roster.current_profession")
    expect(roster_profession).to_be_focused()
    roster_profession.fill("建筑工程施工")

    tab(page, "检查与提交")
    page.get_by_role("button", name="检查", exact=True).click()
    expect(page.get_by_text("检查通过")).to_be_visible(timeout=SLOW)
    page.get_by_role("button", name="提交申报").click()
    expect(page).to_have_url(f"{system.base_url}/applications/{application_id}", timeout=SLOW)
    here = page.get_by_role("alert").filter(has_text="当前在")
    expect(here).to_contain_text(f"当前在{FIRST[1]}", timeout=SLOW)
    expect(here).to_contain_text("待接收申报材料")
    expect(here).to_contain_text("已办理 0 个工作日")
    route_is(page, [(ROUTE[0], "here"), (ROUTE[1], "next"), (ROUTE[2], "next")])
    expect(page.get_by_role("button", name="撤回")).to_be_visible()

    # the first department refuses it (不予接收), as its clerk would
    clerk = system.log_in(system.new_account(FIRST[0]))
    case = waiting_case(system, clerk, application_id)
    refused = system.api("review").post(
        f"/cases/{case['case_id']}/refuse", json={"reason": REASON}, headers=clerk
    )
    assert refused.status_code == 200, refused.text

    # the SMS's link, opened after the session has ended: log in first, then the page it named
    link = notice_link(system, application_id)
    page.get_by_role("button", name="退出").click()
    page.goto(link, wait_until="domcontentloaded", timeout=SLOW)
    expect(page).to_have_url(re.compile(r"/login\?next="))
    log_in(page, number)
    expect(page).to_have_url(f"{system.base_url}/applications/{application_id}", timeout=SLOW)
    rejection = page.get_by_role("alert").filter(has_text="退回了第 1 次提交")
    expect(rejection).to_contain_text(FIRST[1])
    expect(rejection).to_contain_text(REASON)
    screenshot(page, f"portal-progress-refused-{screens}")

    page.get_by_role("button", name="修改后重新提交").click()
    tab(page, "评审表")
    field(page, "forms.review.work_summary").fill(
        "任现职以来负责施工组织设计与质量管理，主持西湖区某综合体等三项工程的施工技术工作。"
    )
    tab(page, "检查与提交")
    page.get_by_role("button", name="检查", exact=True).click()
    expect(page.get_by_text("检查通过")).to_be_visible(timeout=SLOW)
    expect(page.get_by_text("与第 1 次提交相比的修改（1 处）")).to_be_visible()
    expect(page.get_by_text("评审表“任现职以来专业技术工作总结”")).to_be_visible()
    page.get_by_role("button", name="修改后重新提交").click()

    expect(page).to_have_url(f"{system.base_url}/applications/{application_id}", timeout=SLOW)
    expect(page.get_by_text("第 2 次提交", exact=True)).to_be_visible()
    here = page.get_by_role("alert").filter(has_text="当前在")
    expect(here).to_contain_text(f"当前在{FIRST[1]}", timeout=30_000)
    expect(here).to_contain_text("第 1 个审核环节")
    expect(page.get_by_text("修改后重新提交申报（第 2 次）")).to_be_visible()
    route_is(page, [(ROUTE[0], "here"), (ROUTE[1], "next"), (ROUTE[2], "next")])
    screenshot(page, f"portal-progress-{screens}")
    progress = system.api("intake").get(f"/applications/{application_id}", headers=token(page))
    assert progress.json()["submission"] == 2

    # the first department passes submission 2 on: the page (it refreshes itself) follows
    case = waiting_case(system, clerk, application_id, submission=2)
    ready_to_forward(system, clerk, case["case_id"])
    forwarded = system.api("review").post(f"/cases/{case['case_id']}/forward", headers=clerk)
    assert forwarded.status_code == 200, forwarded.text
    expect(here).to_contain_text(f"当前在{ROUTE[1]}", timeout=SLOW)
    expect(here).to_contain_text("第 2 个审核环节")
    route_is(page, [(ROUTE[0], "done"), (ROUTE[1], "here"), (ROUTE[2], "next")])
    screenshot(page, f"portal-progress-route-{screens}")


def register(page: Page, system: LaunchedSystem, *, name: str, number: str) -> None:
    fill_registration(
        page, system, name=name, number=number, phone=phone_of(number), password=PASSWORD
    )
    page.get_by_role("button", name="注册", exact=True).click()
    expect(page.get_by_role("heading", name="我的申报")).to_be_visible(timeout=SLOW)


def log_in(page: Page, number: str) -> None:
    page.get_by_label("身份证号码").fill(number)
    page.get_by_label("密码", exact=True).fill(PASSWORD)
    page.get_by_role("button", name="登录").click()


def start_application(page: Page, screens: str) -> str:
    """新建申报, then 单位信息 picked from the lists as the applicant would, on either screen."""
    page.get_by_role("button", name="新建申报").click()
    expect(page).to_have_url(re.compile(r"/applications/[0-9a-f-]{36}/edit"), timeout=SLOW)
    application_id = page.url.split("/applications/")[1].split("/")[0]
    kind = "有主管部门的单位（县属、市属单位）"
    pick_the_employer(page, name=EMPLOYER, kind=kind, city="杭州市", county="西湖区")
    preview = page.locator(".route")
    for organisation in ROUTE:
        expect(preview).to_contain_text(organisation, timeout=SLOW)
    if screens == "phone":
        screenshot(page, "portal-employer-phone")
    return application_id


def fill_forms(page: Page, *, number: str) -> None:
    tab(page, "基本信息")
    expect(field(page, "common.name")).not_to_be_empty()  # from the registration
    for name, value in {
        "id_number": number,
        "current_profession": "建筑工程施工",
        "applied_title": "高级工程师",
        "series": "工程技术（建设工程）",
        "education": "大学本科",
        "current_title": "工程师",
    }.items():
        field(page, f"common.{name}").fill(value)
    expect(field(page, "common.employer")).to_have_value(EMPLOYER)  # from the employer step
    gender = "男" if int(number[16]) % 2 else "女"
    page.locator("#field-common-gender-input").get_by_text(gender, exact=True).click()
    type_date(page, "common.birth_date", f"{number[6:10]}-{number[10:12]}-{number[12:14]}")
    type_date(page, "common.current_title_obtained_on", "2015-12-01")
    field(page, "common.profession_years").fill("17")
    field(page, "common.profession_years").press("Tab")

    tab(page, "申报简表")
    expect(field(page, "forms.summary.current_profession")).to_have_value("建筑工程施工")
    field(page, "forms.summary.graduated_school").fill("浙江大学")
    field(page, "forms.summary.graduated_major").fill("土木工程")
    type_date(page, "forms.summary.graduated_on", "2007-07-01")

    tab(page, "综合表")
    page.get_by_role("button", name="添加工作经历").click()
    type_date(page, "forms.comprehensive.work_history.0.start", "2007-07")
    field(page, "forms.comprehensive.work_history.0.employer").fill(EMPLOYER)
    field(page, "forms.comprehensive.work_history.0.position").fill("技术负责人")
    page.get_by_role("button", name="添加业绩成果").click()
    field(page, "forms.comprehensive.achievements.0.title").fill("西湖区某综合体施工技术")
    field(page, "forms.comprehensive.achievements.0.year").fill("2021")
    field(page, "forms.comprehensive.achievements.0.role").fill("项目技术负责人")

    tab(page, "评审表")
    field(page, "forms.review.work_summary").fill("任现职以来负责施工组织设计与质量管理。")

    tab(page, "花名册")
    # the deliberate mismatch: typed differently on this one form
    field(page, "forms.roster.current_profession").fill("建筑施工")
    expect(page.get_by_text("与“基本信息”中填写的不同").locator("visible=true")).to_be_visible()
