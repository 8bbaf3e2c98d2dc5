"""What a department takes away: its list as xlsx with the screen's filters and order, and a
case's 申报简表 and 评审表 as a PDF (with its signed opinion) — and nothing of another's."""

import io
import re

import openpyxl
import pypdf

from shared.privacy import mask_id_number
from tests.support.departments import arrived, department, submit_to_review, submitted_event
from tests.support.system import RunningSystem

HERE = "330822.county_hr"  # 常山县: no other test sends cases here
INJECTED = '=HYPERLINK("http://evil.example","点击")'


async def test_a_department_exports_its_list_with_the_filters_applied(
    system: RunningSystem,
) -> None:
    dept = await department(system, HERE)
    ids = {}
    for name, employer in (
        ("黄导出", "常山导出建设"),
        ("杨导出", INJECTED),
        ("林不导", "别家公司"),
    ):
        event = submitted_event(region_code="330822", name=name, employer=employer)
        ids[name] = await submit_to_review(system, event)
    for application_id in ids.values():
        await arrived(dept, "personal", application_id)

    answer = await dept.get(
        "/cases/export.xlsx", params={"list": "personal", "applicant_name": "导出", "sort": "-name"}
    )
    assert answer.status_code == 200, answer.text
    assert answer.headers["content-type"].startswith("application/vnd.openxmlformats")
    sheet = openpyxl.load_workbook(io.BytesIO(answer.content))["个人报送材料"]
    title = sheet["A1"].value
    assert title.startswith("衢州市常山县人力资源和社会保障局　待接收申报材料／个人报送材料")
    assert "筛选条件：姓名：导出" in title
    assert "共 2 条" in title
    assert [c.value for c in sheet[3]] == [
        "序号", "姓名", "身份证号码", "工作单位", "现从事专业", "来自", "状态", "到达时间",
        "处理时间", "处理结果", "纸质材料已核对",
    ]  # fmt: skip
    rows = list(sheet.iter_rows(min_row=4, values_only=True))
    assert sorted(r[1] for r in rows) == sorted(["黄导出", "杨导出"])
    screen = (await dept.list("personal", applicant_name="导出", sort="-name"))["items"]
    assert [r[1] for r in rows] == [i["applicant_name"] for i in screen]
    for row, item in zip(rows, screen, strict=True):
        assert row[2] == mask_id_number(item["id_number_masked"])
        assert row[3] == item["employer_name"]
        assert row[4] == item["current_profession"]
        assert row[5] == item["source_label"]
        assert row[6] == item["status_label"]
        assert row[7] is not None  # 到达时间, a date cell
        assert row[8:] == (None, None, "否")
    cell = next(c for r in sheet.iter_rows(min_row=4) for c in r if c.value == INJECTED)
    assert cell.data_type == "s", "applicant text must stay a string, not a formula"
    assert sheet.freeze_panes == "A4"
    assert sheet.print_title_rows == "$3:$3"
    assert sheet.page_setup.orientation == "landscape"

    other = await department(system, "330803.county_hr")
    theirs = await other.get("/cases/export.xlsx", params={"list": "personal"})
    names = [r[1] for r in openpyxl.load_workbook(io.BytesIO(theirs.content)).active.iter_rows(
        min_row=4, values_only=True
    )]  # fmt: skip
    assert not set(names) & set(ids)


async def test_a_department_prints_its_cases_forms_with_its_opinion(system: RunningSystem) -> None:
    dept = await department(system, HERE)
    application_id = await submit_to_review(
        system, submitted_event(region_code="330822", name="周打印", employer="常山打印建设")
    )
    row = await arrived(dept, "personal", application_id)
    case_id = row["case_id"]
    for action, body in (
        ("receive", None),
        ("paper-check", {}),
        ("opinion", {"decision": "agree", "text": "材料属实", "signer": "赵审核"}),
    ):
        assert (await dept.post(f"/cases/{case_id}/{action}", json=body)).is_success

    printed = await dept.get(f"/cases/{case_id}/forms.pdf")
    assert printed.status_code == 200, printed.text
    assert printed.headers["content-type"] == "application/pdf"
    reader = pypdf.PdfReader(io.BytesIO(printed.content))
    assert len(reader.pages) == 2
    summary, review = (re.sub(r"\s+", "", p.extract_text()) for p in reader.pages)
    assert "浙江省高级专业技术资格评审申报简表" in summary
    for expected in (
        "姓名周打印",
        "工作单位常山打印建设",
        "现从事专业建筑工程施工",
        "学历大学本科",
    ):
        assert expected in summary, expected
    assert "浙江省高级专业技术资格评审表" in review
    assert "衢州市常山县人力资源和社会保障局" in review
    assert "同意。材料属实" in review
    assert "签名：赵审核" in review
    only_review = await dept.get(f"/cases/{case_id}/forms.pdf", params={"form": "review"})
    assert len(pypdf.PdfReader(io.BytesIO(only_review.content)).pages) == 1

    stranger = await department(system, "330803.county_hr")
    assert (await stranger.get(f"/cases/{case_id}/forms.pdf")).status_code == 404
