"""A department's own documents from its screens, in Chromium: 导出 Excel on a list takes the
list with its filters applied, and the case page prints the 申报简表 and 评审表 with the opinion
signed so far. Each download is caught as the browser saves it and opened as a clerk's program
would open it."""

import re
from pathlib import Path

import openpyxl
import pypdf
from playwright.sync_api import Page, expect

from tests.browser.conftest import screenshot
from tests.browser.department_support import submit, unique_name
from tests.browser.test_department_workbench import SLOW, find_row, log_in, open_list
from tests.support.launched import LaunchedSystem

COUNTY = "330106.county_hr"
EMPLOYER = "杭州市西湖区某某建设有限公司"  # tests.support.applications.application_body


def _saved(page: Page, button: str, folder: Path) -> tuple[str, Path]:
    """Clicks the button and waits for the file the browser saves: its name and where it is."""
    with page.expect_download(timeout=SLOW) as caught:
        page.get_by_role("button", name=button).click()
    download = caught.value
    path = folder / download.suggested_filename
    download.save_as(path)
    return download.suggested_filename, path


def test_a_department_exports_its_filtered_list_and_prints_a_cases_forms(
    page: Page, system: LaunchedSystem, tmp_path: Path
) -> None:
    clerk = system.new_account(COUNTY, name="王芳")
    wanted, other = unique_name(), unique_name()
    for name in (wanted, other):
        submit(system, name=name)
    log_in(page, system, clerk)
    open_list(page, "待接收申报材料", "个人报送材料")
    find_row(page, other)
    find_row(page, wanted)  # the name filter stays filled in: the export takes it
    table = page.get_by_test_id("case-table")
    expect(table).not_to_contain_text(other)
    screenshot(page, "workbench-list-export")

    filename, path = _saved(page, "导出 Excel", tmp_path)
    assert re.fullmatch(r"个人报送材料-\d{8}\.xlsx", filename), filename
    sheet = openpyxl.load_workbook(path)["个人报送材料"]
    title = sheet["A1"].value
    assert title.startswith("杭州市西湖区人力资源和社会保障局　待接收申报材料／个人报送材料"), title
    assert f"筛选条件：姓名：{wanted}；" in title
    assert "共 1 条" in title
    assert [c.value for c in sheet[3]] == [
        "序号", "姓名", "身份证号码", "工作单位", "现从事专业", "来自", "状态", "到达时间",
        "处理时间", "处理结果", "纸质材料已核对",
    ]  # fmt: skip
    rows = list(sheet.iter_rows(min_row=4, values_only=True))
    assert len(rows) == 1, rows
    [(number, name, id_number, employer, profession, source, status, arrived, left, outcome,
      paper)] = rows  # fmt: skip
    assert (number, name, employer, profession) == (1, wanted, EMPLOYER, "建筑工程施工")
    assert re.fullmatch(r"\d{6}\*{12}", id_number), "the masked number only"
    assert (source, status, left, outcome, paper) == (
        "个人报送材料",
        "待接收申报材料",
        None,
        None,
        "否",
    )
    assert arrived is not None

    # the case page: received, checked and agreed, then printed with the opinion
    table.get_by_role("link", name=wanted, exact=True).click()
    expect(page.get_by_test_id("status")).to_have_text("待接收申报材料", timeout=SLOW)
    page.get_by_test_id("actions").get_by_role("button", name="接收", exact=True).click()
    expect(page.get_by_test_id("status")).to_have_text("待审批材料", timeout=SLOW)
    page.get_by_text("纸质材料已核对").click()
    expect(page.get_by_role("checkbox", name="纸质材料已核对")).to_be_checked(timeout=SLOW)
    page.get_by_placeholder("同意时可不填").fill("材料属实")
    page.get_by_placeholder("签署人姓名").fill("王芳")
    page.get_by_role("button", name="签署审核意见").click()
    expect(page.get_by_test_id("status")).to_have_text("待报送材料", timeout=SLOW)

    filename, path = _saved(page, "打印申报简表、评审表", tmp_path)
    assert filename == f"申报简表及评审表-{wanted}.pdf"
    reader = pypdf.PdfReader(path)
    assert len(reader.pages) == 2
    summary, review = (re.sub(r"\s+", "", p.extract_text()) for p in reader.pages)
    assert "浙江省高级专业技术资格评审申报简表" in summary
    for expected in (f"姓名{wanted}", f"工作单位{EMPLOYER}", "现从事专业建筑工程施工"):
        assert expected in summary, expected
    assert "浙江省高级专业技术资格评审表" in review
    assert "杭州市西湖区人力资源和社会保障局" in review
    assert "同意。材料属实" in review
    assert "签名：王芳" in review
    fonts = {
        str(font.get_object()["/BaseFont"])
        for p in reader.pages
        for font in p["/Resources"]["/Font"].values()
    }
    assert any("CJK" in f for f in fonts), fonts
    screenshot(page, "workbench-case-print")
