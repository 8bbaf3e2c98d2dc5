"""The mid-committee office's lists and dialogs in Chromium, against the whole system: 待接收材料
fits a 1366 px screen, is searched by name, unit and profession, sorted and paged; 不予接收 with
no reason is refused on the spot and with one is sent, naming who is told; a case opens read-only
with its forms, photo and scans; a confirmed vote is corrected only with a reason, the old
figures staying in sight; 高评委设置 sends to the senior committee chosen from its drop-down."""

import asyncio
import re
import uuid
from typing import Any

import httpx
import pytest
from playwright.sync_api import Locator, Page, expect

from deploy.season import forms_for
from tests.browser.conftest import _in_own_loop, screenshot
from tests.browser.department_support import scan_pdf
from tests.browser.test_admin_login import log_in
from tests.browser.test_committee_office import CITY_ROUTE, OFFICE, _eventually, _menu, _row
from tests.support.applications import fresh_application_body, logged_in, photo_bytes
from tests.support.launched import LaunchedSystem
from tests.support.phone_codes import SinkCodes, read_codes_with

SLOW = 30_000
NAMES = "甲乙丙丁戊己庚辛壬癸子"  # eleven applicants: one more than a page of ten
TRANSPORT = "省交通工程技术人员高级工程师资格评审委员会"


async def _submit(c: httpx.AsyncClient, body: dict[str, Any], profession: str) -> str:
    """Registers, fills everything in (photo and one PDF scan) and submits, as the portal does."""
    headers = await logged_in(c, body["applicant"])
    application_id = str((await c.post("/applications", headers=headers)).json()["id"])
    base = f"/applications/{application_id}"
    assert (await c.put(f"{base}/employer", json=body["employer"], headers=headers)).is_success
    for kind, form in forms_for(body, profession=profession).items():
        assert (await c.put(f"{base}/forms/{kind}", json=form, headers=headers)).is_success
    photo = {"file": ("photo.jpg", photo_bytes(), "image/jpeg")}
    assert (await c.put(f"{base}/photo", files=photo, headers=headers)).is_success
    scan = {"file": ("degree.pdf", scan_pdf(), "application/pdf")}
    added = await c.post(
        f"{base}/attachments", data={"title": "学历证书"}, files=scan, headers=headers
    )
    assert added.is_success, added.text
    assert (await c.post(f"{base}/submit", headers=headers)).status_code == 202
    return application_id


def _through_review(system: LaunchedSystem, application_ids: list[str]) -> None:
    """The city route's two departments receive, check, agree and forward every case."""
    review = system.api("review")
    for position, organisation in enumerate(CITY_ROUTE, start=1):
        headers = system.log_in(system.new_account(organisation, name="审核员"))
        which = "personal" if position == 1 else "unit"
        for application_id in application_ids:

            def arrived(
                application_id: str = application_id,
                which: str = which,
                headers: dict[str, str] = headers,
            ) -> Any:
                items = review.get(
                    "/cases", params={"list": which, "limit": 200}, headers=headers
                ).json()["items"]
                return next((i for i in items if i["application_id"] == application_id), None)

            case_id = _eventually(arrived, f"{application_id} at {organisation}")["case_id"]
            for action, body in (
                ("receive", None),
                ("paper-check", {"note": "纸质材料齐全"}),
                ("opinion", {"decision": "agree", "text": "同意报送", "signer": "审核员"}),
                ("forward", None),
            ):
                answer = review.post(f"/cases/{case_id}/{action}", json=body, headers=headers)
                assert answer.status_code == 200, (organisation, action, answer.text)


@pytest.fixture(scope="module")
def applicants(system: LaunchedSystem) -> dict[str, Any]:
    """Eleven applicants of one unit of their own at the office; the last three (壬, 癸, 子)
    of another profession."""
    tag = uuid.uuid4().hex[:3].upper()
    unit = f"杭州{tag}检索建设有限公司"
    people = [(f"{n}{tag}", "市政工程" if i >= 8 else "建筑工程施工") for i, n in enumerate(NAMES)]

    async def submit_all() -> list[str]:
        async with httpx.AsyncClient(base_url=f"{system.base_url}/api/intake", timeout=60) as c:
            read_codes_with(c, SinkCodes(system.var / "sms"))
            ids = []
            for name, profession in people:
                body = fresh_application_body(region_code="330100", name=name)
                body["employer"]["name"] = unit
                ids.append(await _submit(c, body, profession))
                await asyncio.sleep(0)
            return ids

    ids = _in_own_loop(submit_all())
    _through_review(system, ids)
    return {"tag": tag, "unit": unit, "names": [n for n, _ in people], "ids": ids}


def _names_shown(page: Page) -> list[str]:
    return page.locator(".el-table__body-wrapper tbody tr td:first-child").all_inner_texts()


def _search(page: Page, text: str, within: Locator | None = None) -> None:
    """Types into the list's search box (the first list's, or that of `within`) and asks."""
    scope = within or page.locator(".case-table").first
    scope.get_by_role("textbox", name="按姓名、单位或专业查找").fill(text)
    scope.get_by_role("button", name="查询", exact=True).click()
    page.wait_for_load_state("networkidle")


def test_receipt_list_fits_the_screen_and_is_searched_sorted_and_paged(
    page: Page, system: LaunchedSystem, applicants: dict[str, Any]
) -> None:
    names, unit = applicants["names"], applicants["unit"]
    log_in(page, system, system.new_account(OFFICE, name="陈办公室"))
    expect(page).to_have_url(f"{system.base_url}/admin/committee/receipt", timeout=SLOW)

    def all_arrived() -> bool | None:
        _search(page, unit)
        return True if page.get_by_test_id("total").inner_text() == "共 11 人" else None

    _eventually(all_arrived, "the eleven cases in 待接收材料")
    # at 1366×768 every column, the buttons included, is in sight without scrolling sideways
    wrap = page.locator(".el-table__body-wrapper .el-scrollbar__wrap").first
    widths = wrap.evaluate("w => [w.scrollWidth, w.clientWidth]")
    assert widths[0] <= widths[1], f"the table is wider than its card: {widths}"
    header = page.locator(".el-table__header-wrapper").first
    for label in (
        "姓名",
        "性别",
        "工作单位",
        "现从事专业",
        "申报资格",
        "报送单位",
        "到达时间",
        "操作",
    ):
        expect(header).to_contain_text(label)
    screenshot(page, "committee-receipt-fits")

    # ten a page: the eleventh is on the second
    page.locator(".el-pagination .el-select").click()
    page.get_by_role("option", name="10条/页").click()
    expect(page.locator(".el-table__body-wrapper tbody tr")).to_have_count(10)
    page.locator(".el-pager li", has_text="2").click()
    expect(page.locator(".el-table__body-wrapper tbody tr")).to_have_count(1)
    page.locator(".el-pager li", has_text="1").click()
    expect(page.locator(".el-table__body-wrapper tbody tr")).to_have_count(10)

    # sorted by name, both ways (the service sorts; the page asks)
    name_header = page.locator(".el-table__header th", has_text="姓名")
    name_header.locator(".sort-caret.ascending").click()
    expect(page.locator(".el-table__body-wrapper tbody tr").first).to_contain_text(sorted(names)[0])
    assert _names_shown(page) == sorted(names)[:10]
    name_header.locator(".sort-caret.descending").click()
    expect(page.locator(".el-table__body-wrapper tbody tr").first).to_contain_text(
        sorted(names)[-1]
    )
    assert _names_shown(page) == sorted(names, reverse=True)[:10]

    # by name, by profession (within the unit's, others' cases share the defaults)
    _search(page, names[3])
    expect(page.get_by_test_id("total")).to_have_text("共 1 人")
    assert _names_shown(page) == [names[3]]
    _search(page, "市政工程")
    expect(page.locator(".el-table__body-wrapper tbody")).to_contain_text(names[8])
    shown = _names_shown(page)
    assert set(names[8:]) <= set(shown), shown
    assert not set(names[:8]) & set(shown), "another profession's applicants"


def test_a_refusal_needs_its_reason_and_names_who_is_told(
    page: Page, system: LaunchedSystem, applicants: dict[str, Any]
) -> None:
    refused = applicants["names"][10]
    log_in(page, system, system.new_account(OFFICE, name="陈办公室"))
    expect(page).to_have_url(f"{system.base_url}/admin/committee/receipt", timeout=SLOW)
    _eventually(lambda: _search(page, refused) or _row(page, refused).is_visible() or None, refused)
    _row(page, refused).get_by_role("button", name="不予接收", exact=True).click()
    dialog = page.get_by_role("dialog", name="不予接收")
    told = dialog.get_by_test_id("told")
    expect(told).to_contain_text(f"申报人 {refused}（短信、电子邮件）")
    expect(told).to_contain_text("杭州市人力资源和社会保障局（电子邮件、站内消息）")
    dialog.get_by_role("button", name="确认不予接收").click()
    expect(dialog.get_by_text("请填写不予接收的理由")).to_be_visible()
    expect(dialog).to_be_visible()
    screenshot(page, "committee-refuse-empty")
    expect(_row(page, refused)).to_be_visible()

    reason = dialog.get_by_role("textbox")
    reason.fill("纸质材料与电子材料不一致，请核对后重新报送")
    reason.press("Tab")  # the reason is checked again as the clerk leaves the box
    expect(dialog.get_by_text("请填写不予接收的理由")).to_have_count(0)
    screenshot(page, "committee-refuse-reason")
    dialog.get_by_role("button", name="确认不予接收").click()
    expect(page.get_by_text(f"{refused}：已不予接收")).to_be_visible()
    expect(_row(page, refused)).to_have_count(0)


def test_a_case_opens_read_only_with_its_forms_photo_and_scans(
    page: Page, system: LaunchedSystem, applicants: dict[str, Any]
) -> None:
    name = applicants["names"][0]
    log_in(page, system, system.new_account(OFFICE, name="陈办公室"))
    expect(page).to_have_url(f"{system.base_url}/admin/committee/receipt", timeout=SLOW)
    _eventually(lambda: _search(page, name) or _row(page, name).is_visible() or None, name)
    _row(page, name).get_by_role("link", name=name, exact=True).click()
    case = page.get_by_test_id("committee-case")
    expect(case).to_contain_text("待接收材料", timeout=SLOW)
    expect(case).to_contain_text(applicants["unit"])
    expect(case).to_contain_text("杭州市人力资源和社会保障局")
    expect(page.get_by_test_id("opinions")).to_contain_text("同意。同意报送")
    photo = page.get_by_test_id("photo").get_by_role("img", name="申报对象网上照片")
    expect(photo).to_be_visible(timeout=SLOW)
    assert photo.evaluate("img => img.complete && img.naturalWidth") > 0
    forms = page.get_by_test_id("forms")
    expect(forms.get_by_role("img", name="申报简表、评审表 第2页")).to_be_visible(timeout=SLOW)
    expect(page.get_by_test_id("scans").get_by_role("img", name="学历证书 第1页")).to_be_visible(
        timeout=SLOW
    )
    # nothing here changes the case: no 接收, no 不予接收
    for action in ("接收", "不予接收"):
        expect(case.get_by_role("button", name=action, exact=True)).to_have_count(0)
    screenshot(page, "committee-case")
    page.get_by_role("button", name="返回列表").click()
    expect(page).to_have_url(f"{system.base_url}/admin/committee/receipt")


def _confirmed_meeting(system: LaunchedSystem, office: dict[str, str], names: list[str]) -> str:
    """Two applicants received and voted on at a confirmed meeting, through the API."""
    committee, headers = system.api("committee"), system.log_in(office)

    def waiting(name: str) -> Any:
        items = committee.get(
            "/cases", params={"list": "pending_receipt", "q": name}, headers=headers
        ).json()["items"]
        return items[0]["case_id"] if items else None

    ids = [_eventually(lambda n=n: waiting(n), n) for n in names]
    for case_id in ids:
        assert committee.post(f"/cases/{case_id}/receive", headers=headers).status_code == 200
    meeting = committee.post(
        "/meetings",
        json={"held_on": "2026-11-25", "members_enrolled": 11, "members_attending": 10,
              "case_ids": ids},
        headers=headers,
    )  # fmt: skip
    assert meeting.status_code == 201, meeting.text
    meeting_id = meeting.json()["id"]
    entries = [
        {"case_id": ids[0], "present": 10, "in_favour": 8, "against": 2, "abstain": 0},
        {"case_id": ids[1], "present": 10, "in_favour": 9, "against": 1, "abstain": 0},
    ]
    saved = committee.post(
        f"/meetings/{meeting_id}/votes", json={"entries": entries}, headers=headers
    )
    assert saved.status_code == 200, saved.text
    confirmed = committee.post(f"/meetings/{meeting_id}/confirm", headers=headers)
    assert confirmed.status_code == 200, confirmed.text
    return str(meeting_id)


def test_a_correction_needs_a_reason_and_the_senior_committee_is_chosen_from_the_list(
    page: Page, system: LaunchedSystem, applicants: dict[str, Any]
) -> None:
    corrected, chosen = applicants["names"][1], applicants["names"][2]
    office = system.new_account(OFFICE, name="陈办公室")
    meeting_id = _confirmed_meeting(system, office, [corrected, chosen])
    log_in(page, system, office)
    expect(page).to_have_url(f"{system.base_url}/admin/committee/receipt", timeout=SLOW)
    page.goto(f"{system.base_url}/admin/committee/meetings/{meeting_id}")
    sheet = page.get_by_test_id("vote-sheet")
    _row(sheet, corrected).get_by_role("button", name="更正").click()
    dialog = page.get_by_role("dialog", name="更正得票情况")
    expect(dialog).to_contain_text(f"申报对象：{corrected}")
    expect(dialog).to_contain_text("原得票：出席10 赞成8 反对2 弃权0")
    for label, value in (("出席", 10), ("赞成", 6), ("反对", 4), ("弃权", 0)):
        named = page.locator(".el-form-item__label", has_text=re.compile(f"^{label}$"))
        box = dialog.locator(".el-form-item", has=named).locator("input")
        box.fill(str(value))
        box.press("Tab")
    expect(dialog).to_contain_text("未通过")
    dialog.get_by_role("button", name="提交更正").click()
    expect(dialog.get_by_text("更正得票情况须说明理由")).to_be_visible()
    # the old figures stay in sight while the new ones are typed
    expect(dialog).to_contain_text("原得票：出席10 赞成8 反对2 弃权0")
    screenshot(page, "committee-correction-dialog")
    dialog.get_by_label("更正理由").fill("复核计票，赞成票误记 2 张")
    dialog.get_by_role("button", name="提交更正").click()
    expect(page.get_by_text(f"{corrected} 的得票情况已更正")).to_be_visible()
    row = _row(sheet, corrected)
    expect(row).to_contain_text("第1次：出席10 赞成8 反对2 弃权0")
    expect(row).to_contain_text("更正理由：复核计票，赞成票误记 2 张")
    expect(row).to_contain_text("未通过中评委评审")
    expect(page.get_by_test_id(f"verdict-{corrected}")).to_contain_text("未通过")
    screenshot(page, "committee-votes-corrected")

    # 高评委设置: the 交通 senior committee, chosen from the drop-down, gets the one who passed
    _menu(page, "待处理申报材料", "高评委设置")
    page.get_by_test_id("senior-committee").click()
    page.locator(".el-select-dropdown__item:visible", has_text=TRANSPORT).click()
    expect(page.get_by_test_id("senior-committee")).to_contain_text(TRANSPORT)
    passed = page.locator(".case-table").first
    _search(page, chosen, within=passed)
    _row(passed, chosen).locator(".el-checkbox").click()
    page.get_by_role("button", name="选为推荐对象（1）").click()
    expect(page.get_by_text("已选中 1 名推荐对象")).to_be_visible()
    chosen_list = page.locator(".case-table").nth(1)
    expect(_row(chosen_list, chosen)).to_be_visible()
    screenshot(page, "committee-selection-transport")
    page.get_by_test_id("senior-committee").click()
    page.locator(".el-select-dropdown__item:visible", has_text="省建筑工程").click()
    expect(_row(chosen_list, chosen)).to_have_count(0)
