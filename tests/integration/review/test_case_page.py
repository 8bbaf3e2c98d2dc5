"""What the case page and the batch need from review: the forms with the check's findings on
their fields, the route as steps, who a refusal would tell, a preview of exactly the ticked
cases, and the loser of two clerks told what stands now."""

import uuid
from datetime import UTC, datetime
from typing import Any

from services.review.domain.accounts import AccountKind
from shared.contracts.intake import CheckReport, CheckResult, Mismatch
from shared.contracts.vocabulary import FormKind
from tests.support.departments import (
    Department,
    arrived,
    department,
    log_in,
    new_account,
    submit_to_review,
    submitted_event,
)
from tests.support.system import RunningSystem

COUNTY, BUREAU = "330212.county_hr", "330200.city_bureau"
MISMATCH = "评审表的现从事专业（建筑施工）与申报简表（建筑工程施工）不一致"


async def _case(dept: Department, case_id: str) -> dict[str, Any]:
    answer = await dept.get(f"/cases/{case_id}")
    assert answer.status_code == 200, answer.text
    return dict(answer.json())


async def _act(dept: Department, case_id: str, *steps: str) -> None:
    bodies: dict[str, Any] = {
        "paper-check": {"note": ""},
        "opinion": {"decision": "agree", "signer": "王芳"},
    }
    for step in steps:
        answer = await dept.post(f"/cases/{case_id}/{step}", json=bodies.get(step))
        assert answer.status_code == 200, (step, answer.text)


async def test_the_case_page_marks_mismatches_on_their_fields_and_says_who_would_be_told(
    system: RunningSystem,
) -> None:
    event = submitted_event(region_code="330212", name="李四")
    report = CheckReport(
        passed=False,
        checked_at=datetime.now(UTC),
        results=[
            CheckResult(code="consistent.current_profession", label="现从事专业", passed=False)
        ],
        mismatches=[Mismatch(form=FormKind.review, field="current_profession", message=MISMATCH)],
    )
    application_id = await submit_to_review(
        system, event.model_copy(update={"check_report": report})
    )
    county = await department(system, COUNTY)
    case_id = (await arrived(county, "personal", application_id))["case_id"]
    case = await _case(county, case_id)

    assert [f["label"] for f in case["forms"]] == ["申报简表", "综合表", "评审表", "花名册"]
    marked = {
        (form["kind"], field["field"]): field["mismatch"]
        for form in case["forms"]
        for field in form["fields"]
        if field["mismatch"]
    }
    assert marked == {("review", "current_profession"): MISMATCH}
    assert {f["current_profession"] for f in case["forms"]} == {"建筑工程施工"}
    summary_fields = {f["field"]: f for f in case["forms"][0]["fields"]}
    assert summary_fields["gender"]["value"] == "男"
    assert summary_fields["current_profession"]["label"] == "现从事专业"
    assert case["check"]["mismatches"][0]["field_label"] == "现从事专业"
    assert [s["state"] for s in case["route"]] == ["here", "next", "next", "next"]
    assert [a["label"] for a in case["allowed_actions"]] == ["接收", "退回补正", "不予接收"]
    assert case["told_on_refusal"] == [
        {
            "who": "applicant",
            "who_label": "申报对象",
            "name": "李四",
            "channels": ["短信", "电子邮件"],
        }
    ]
    assert case["days_waiting"] == 0
    # counted as the lists count it: in working days, against the season's limit (none set here)
    assert (case["working_days_waiting"], case["stage_limit"], case["overdue"]) == (0, None, False)

    await _act(county, case_id, "receive", "paper-check", "opinion", "forward")
    bureau = await department(system, BUREAU)
    row = await arrived(bureau, "unit", application_id)
    assert (row["source_label"], row["sent_by"]) == (
        "单位上报材料",
        "宁波市鄞州区人力资源和社会保障局",
    )
    assert row["applied_title"] == "高级工程师"
    assert row["days_waiting"] == 0
    at_bureau = await _case(bureau, case_id)
    assert [s["state"] for s in at_bureau["route"]] == ["done", "here", "next", "next"]
    assert at_bureau["told_on_refusal"][1] == {
        "who": "lower_unit",
        "who_label": "报送单位",
        "name": "宁波市鄞州区人力资源和社会保障局",
        "channels": ["电子邮件", "站内消息"],
    }
    seen_by_county = await _case(county, case_id)
    assert seen_by_county["allowed_actions"] == []
    assert seen_by_county["told_on_refusal"] == []
    assert seen_by_county["can_reveal_id_number"] is False
    [processed] = [
        i
        for i in (await county.list("processed"))["items"]
        if i["application_id"] == application_id
    ]
    assert processed["now_at"] == "宁波市住房和城乡建设局（待接收申报材料）"
    assert processed["outcome_label"] == "已报送"


async def test_the_batch_preview_covers_exactly_the_ticked_cases_and_moves_nothing(
    system: RunningSystem,
) -> None:
    county = await department(system, COUNTY)
    ids = [await submit_to_review(system, submitted_event(region_code="330212")) for _ in range(3)]
    cases = [(await arrived(county, "personal", i))["case_id"] for i in ids]
    for case_id in cases[:2]:
        await _act(county, case_id, "receive", "paper-check", "opinion")
    stranger = str(uuid.uuid4())

    answer = await county.post("/cases/forward/preview", json={"case_ids": [*cases, stranger]})
    assert answer.status_code == 200, answer.text
    preview = answer.json()
    assert (preview["forwardable"], preview["not_forwardable"]) == (2, 2)
    assert [i["case_id"] for i in preview["items"]] == [*cases, stranger]
    assert [i["to"]["code"] if i["to"] else None for i in preview["items"]] == [
        BUREAU,
        BUREAU,
        None,
        None,
    ]
    assert preview["items"][2]["reason"] == "该申报材料当前为“待接收申报材料”，不能报送"
    assert preview["items"][3]["reason"] == "申报材料不存在"
    statuses = [(await _case(county, c))["status"] for c in cases]
    assert statuses == ["pending_forwarding", "pending_forwarding", "pending_receipt"]

    sent = await county.post("/cases/forward", json={"case_ids": cases[:2]})
    assert sent.json()["forwarded"] == 2
    statuses = [(await _case(county, c))["status"] for c in cases]
    assert statuses == ["pending_receipt", "pending_receipt", "pending_receipt"]
    assert [(await _case(county, c))["position"] for c in cases] == [2, 2, 1]


async def test_the_second_of_two_clerks_gets_the_case_as_it_stands(system: RunningSystem) -> None:
    county = await department(system, COUNTY)
    username = f"u{uuid.uuid4().hex[:10]}"
    password = await new_account(system, username, AccountKind.department, COUNTY)
    token = await log_in(system, username, password)
    colleague = {"Authorization": f"Bearer {token}"}
    application_id = await submit_to_review(system, submitted_event(region_code="330212"))
    case_id = (await arrived(county, "personal", application_id))["case_id"]
    await _act(county, case_id, "receive")

    late = await system.review.post(f"/cases/{case_id}/receive", headers=colleague)
    assert late.status_code == 409
    assert late.json()["case"]["status_label"] == "待审批材料"
    assert "不能接收" in late.json()["detail"]


async def test_common_refusal_reasons_are_offered(system: RunningSystem) -> None:
    county = await department(system, COUNTY)
    answer = await county.get("/cases/refusal-reasons")
    assert answer.status_code == 200
    assert "电子材料与纸质材料不一致" in answer.json()["reasons"]
