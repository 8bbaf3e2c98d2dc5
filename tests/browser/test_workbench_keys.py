"""The department workbench beyond the main scenario: the left menu and the lists walked by
keyboard alone (Tab and Enter), the second of two clerks told that someone acted first and shown
the case as it stands, the 不同意 opinion's dialog (a reason required, who will be told), and a
consistency mismatch marked on its field."""

import re
from datetime import UTC, datetime
from types import SimpleNamespace

from playwright.sync_api import Page, expect

from shared.contracts.intake import CheckReport, CheckResult, Mismatch
from shared.contracts.vocabulary import FormKind
from tests.browser.conftest import _in_own_loop
from tests.browser.department_support import SLOW, clerk_with_case, log_in, unique_name
from tests.support.departments import submit_to_review, submitted_event
from tests.support.launched import LaunchedSystem

# what the focused element is, as the test compares it
FOCUSED = """() => { const e = document.activeElement;
  if (!e) return '';
  const label = e.getAttribute('aria-label') || e.getAttribute('placeholder') || '';
  return `${e.tagName}|${label}|${e.textContent.trim()}` }"""


def tab_to(page: Page, wanted: re.Pattern[str], *, presses: int = 80) -> str:
    """Presses Tab until the focused element matches `wanted` ("TAG|label|text"): what it is."""
    seen = []
    for _ in range(presses):
        page.keyboard.press("Tab")
        focused = str(page.evaluate(FOCUSED))
        seen.append(focused)
        if wanted.search(focused):
            return focused
    raise AssertionError(f"Tab never reached {wanted.pattern}; it went through {seen}")


def test_the_menu_and_a_list_are_walked_by_tab_and_enter(
    page: Page, system: LaunchedSystem
) -> None:
    case = clerk_with_case(system, clerk_name="钱进")
    name = case.name
    log_in(page, system, case.clerk)

    # from the start of the page, Tab alone reaches the menu's 个人报送材料 and Enter opens it
    page.evaluate("() => document.activeElement && document.activeElement.blur()")
    tab_to(page, re.compile(r"^A\|\|个人报送材料"))
    page.keyboard.press("Enter")
    expect(page.get_by_test_id("list-title")).to_contain_text("个人报送材料", timeout=SLOW)
    assert page.url.endswith("/admin/department/cases/personal"), page.url

    # on along the list: the name filter, 查询, then the case's link, and Enter opens the case
    tab_to(page, re.compile(r"^INPUT\|申报对象姓名"))
    page.keyboard.type(name)
    tab_to(page, re.compile(r"^BUTTON\|\|查询"))
    page.keyboard.press("Enter")
    table = page.get_by_test_id("case-table")
    expect(table.get_by_role("link", name=name, exact=True)).to_be_visible(timeout=SLOW)
    tab_to(page, re.compile(rf"^A\|\|{name}$"))
    page.keyboard.press("Enter")
    expect(page.get_by_test_id("status")).to_have_text("待接收申报材料", timeout=SLOW)
    expect(page.get_by_test_id("actions")).to_contain_text("接收", timeout=SLOW)

    # every other list and 站内消息 are links in the Tab order too
    links = page.locator(".el-menu a.menu-link")
    titles = [t.strip() for t in links.all_inner_texts()]
    assert {"个人报送材料", "单位上报材料", "待报送材料", "站内消息"} <= {
        re.sub(r"\s*\d+$", "", t) for t in titles
    }, titles
    assert all(link.evaluate("a => a.tabIndex") == 0 for link in links.all())


def test_the_second_of_two_clerks_is_told_and_shown_the_case_as_it_stands(
    page: Page, system: LaunchedSystem
) -> None:
    case = clerk_with_case(system, clerk_name="冯雪")
    case_id = case.case_id
    colleague = system.log_in(system.new_account(case.organisation, name="陈亮"))
    case.open(page, system)
    expect(page.get_by_test_id("status")).to_have_text("待接收申报材料", timeout=SLOW)

    # the colleague takes it first, while the page still offers 接收
    taken = system.api("review").post(f"/cases/{case_id}/receive", headers=colleague)
    assert taken.status_code == 200, taken.text
    answers = []
    page.on(
        "response",
        lambda r: answers.append(r.status) if r.url.endswith(f"/cases/{case_id}/receive") else None,
    )
    page.get_by_test_id("actions").get_by_role("button", name="接收", exact=True).click()
    conflict = page.get_by_test_id("conflict")
    expect(conflict).to_contain_text("已由他人处理", timeout=SLOW)
    expect(conflict).to_contain_text("当前状态：待审批材料", timeout=SLOW)
    assert answers == [409], answers
    # the page is the case as it stands: 待审批材料, with the colleague's 接收 in its history
    expect(page.get_by_test_id("status")).to_have_text("待审批材料", timeout=SLOW)
    expect(page.get_by_test_id("history")).to_contain_text("陈亮", timeout=SLOW)
    expect(
        page.get_by_test_id("actions").get_by_role("button", name="接收", exact=True)
    ).to_have_count(0, timeout=SLOW)


def test_a_disagreeing_opinion_needs_a_reason_and_says_who_will_be_told(
    page: Page, system: LaunchedSystem
) -> None:
    case = clerk_with_case(system, clerk_name="韩梅")
    name, case_id, headers = case.name, case.case_id, case.headers
    review = system.api("review")
    for step, body in (("receive", None), ("paper-check", {"note": ""})):
        answer = review.post(f"/cases/{case_id}/{step}", json=body, headers=headers)
        assert answer.status_code == 200, answer.text
    case.open(page, system)
    expect(page.get_by_test_id("status")).to_have_text("待审批材料", timeout=SLOW)

    panel = page.get_by_test_id("review-panel")
    panel.get_by_text("不同意", exact=True).click()
    panel.get_by_placeholder("签署人姓名").fill("韩梅")
    panel.get_by_role("button", name="签署审核意见").click()
    dialog = page.get_by_test_id("refusal-dialog")
    expect(dialog).to_contain_text("签署审核意见：不同意", timeout=SLOW)
    told = dialog.get_by_test_id("told")
    expect(told).to_contain_text(f"申报对象（{name}）：短信、电子邮件", timeout=SLOW)
    # at the first stage nobody sent it: the applicant alone is told
    expect(told.get_by_role("listitem")).to_have_count(1, timeout=SLOW)

    # no reason: the dialog says so and nothing is sent
    dialog.get_by_role("button", name="确认不同意").click()
    expect(dialog).to_contain_text("请选择或填写理由", timeout=SLOW)
    expect(page.get_by_test_id("status")).to_have_text("待审批材料")
    dialog.get_by_placeholder("写明需要更正或补充的内容").fill("任职年限不足")
    expect(dialog.locator(".el-form-item.is-error")).to_have_count(0, timeout=SLOW)
    dialog.get_by_role("button", name="确认不同意").click()
    expect(page.get_by_test_id("status")).to_have_text("不予接收或审核不同意", timeout=SLOW)
    expect(page.get_by_test_id("told-done")).to_contain_text(
        f"已交通知服务发送：申报对象（{name}，短信、电子邮件）", timeout=SLOW
    )
    expect(page.get_by_test_id("history")).to_contain_text("任职年限不足", timeout=SLOW)
    opinion = review.get(f"/cases/{case_id}", headers=headers).json()
    assert opinion["status_label"] == "不予接收或审核不同意", opinion["status_label"]


MISMATCH = "评审表的现从事专业（建筑施工）与申报简表（建筑工程施工）不一致"


def test_a_mismatch_is_marked_on_its_field_on_the_case_page(
    page: Page, system: LaunchedSystem
) -> None:
    # intake refuses to submit a mismatching application, so the submission is published as
    # intake would publish one whose check found 现从事专业 differing on the 评审表
    name = unique_name()
    report = CheckReport(
        passed=False,
        checked_at=datetime.now(UTC),
        results=[
            CheckResult(code="consistent.current_profession", label="现从事专业", passed=False)
        ],
        mismatches=[Mismatch(form=FormKind.review, field="current_profession", message=MISMATCH)],
    )
    event = submitted_event(region_code="330106", name=name)
    published = SimpleNamespace(amqp_url=system.env["AMQP_URL"])
    application_id = _in_own_loop(
        submit_to_review(published, event.model_copy(update={"check_report": report}))  # type: ignore[arg-type]
    )
    clerk_with_case(system, clerk_name="杨帆", application_id=application_id).open(page, system)

    forms = page.get_by_test_id("forms")
    expect(forms).to_contain_text("一致性检查：发现 1 处不一致（已在表中标出）", timeout=SLOW)
    review_form = page.get_by_test_id("form-review")
    marked = review_form.locator("dd.bad")
    expect(marked).to_have_count(1, timeout=SLOW)
    expect(marked).to_contain_text(f"⚠ {MISMATCH}")
    expect(review_form.locator("dt.bad")).to_have_text("现从事专业")
    # the other three forms carry no mark
    for kind in ("summary", "comprehensive", "roster"):
        expect(page.get_by_test_id(f"form-{kind}").locator(".bad")).to_have_count(0)
