"""退回补正 on the real services: a department returns a case with everything to correct, the
applicant is told and corrects it, and the case comes back to the same department at the same
stage (not the start of the route), with both submissions and the diff in its history."""

import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import insert, select

from services.review.models import stage_reminder
from tests.integration.journeys.conftest import Everything
from tests.integration.journeys.test_journeys import progress
from tests.support.applications import forms_for, fresh_application_body, logged_in, submitted
from tests.support.departments import approve_and_forward, arrived, department
from tests.support.polling import eventually

ITEMS = [
    {"form": "review", "field": "work_summary", "note": "请补充任现职以来主持的工程项目及业绩"},
    {"form": "comprehensive", "field": "work_history.0.position", "note": "请填写具体职务"},
]


async def test_returned_corrected_and_back_at_the_same_department_and_stage(
    everything: Everything,
) -> None:
    base = everything.base
    body = fresh_application_body(region_code="330122", name="钱补")
    body["applicant"]["email"] = "qian.bu@example.com"
    application_id = await submitted(base.intake, body)
    await approve_and_forward(base, "330122.county_hr", application_id, first=True)
    bureau = await department(base, "330100.city_bureau")
    row = await arrived(bureau, "unit", application_id)
    case_id = row["case_id"]
    for action in ("receive", "paper-check"):
        assert (await bureau.post(f"/cases/{case_id}/{action}")).status_code == 200
    page = (await bureau.get(f"/cases/{case_id}")).json()
    assert {"action": "ReturnForCorrection", "label": "退回补正"} in page["allowed_actions"]

    # an empty list, an item without a note, a field the form has not: refused, nothing moves
    empty = await bureau.post(f"/cases/{case_id}/return-for-correction", json={"items": []})
    assert empty.status_code == 409
    assert "请至少填写一项" in empty.json()["detail"]
    no_note = {"items": [ITEMS[0], {"form": "review", "field": "work_summary", "note": " "}]}
    answer = await bureau.post(f"/cases/{case_id}/return-for-correction", json=no_note)
    assert (answer.status_code, answer.json()["detail"]) == (
        409,
        "退回补正第 2 项：请填写补正意见（需如何修改）",
    )
    unknown = {"items": [{"form": "review", "field": "no_such", "note": "x"}]}
    answer = await bureau.post(f"/cases/{case_id}/return-for-correction", json=unknown)
    assert answer.status_code == 422
    assert answer.json()["detail"][0]["field"] == "items.0.field"
    assert "评审表没有“no_such”这一栏" in answer.json()["detail"][0]["message"]

    returned = await bureau.post(f"/cases/{case_id}/return-for-correction", json={"items": ITEMS})
    assert returned.status_code == 200, returned.text
    assert returned.json()["case"]["status"] == "returned_for_correction"
    assert await bureau.find("approval", application_id) is None  # with the applicant now
    waiting = await bureau.find("returned", application_id)  # 待处理申报材料 / 已退回补正
    assert waiting is not None
    assert waiting["status_label"] == "已退回补正，等待申报人补正"
    assert (await bureau.list("returned"))["counts"]["returned"] >= 1

    # the applicant: editable, every item with a link to its field, the resubmission labelled
    seen = await progress(everything, body, application_id, status="correction_requested")
    assert seen["status_label"] == "退回补正：请按意见修改后重新提交"
    correction = seen["correction"]
    assert correction["organisation"]["code"] == "330100.city_bureau"
    assert [(i["path"], i["field_label"], i["note"]) for i in correction["items"]] == [
        ("forms.review.work_summary", "任现职以来专业技术工作总结", ITEMS[0]["note"]),
        ("forms.comprehensive.work_history.0.position", "工作经历 第1项 职务", ITEMS[1]["note"]),
    ]
    actions = {a["action"]: a for a in seen["allowed_actions"]}
    assert actions["correct"]["label"] == "补正后重新提交"
    assert "杭州市住房和城乡建设局的同一环节" in actions["correct"]["hint"]
    assert ITEMS[0]["note"] in seen["timeline"][-1]["reasons"][0]

    # the notices say 退回补正, every item and what to do; nothing to the county (nothing ended)
    async def mailed() -> list[Any]:
        return [m for m in everything.smtp.mails_about(application_id) if "qian.bu@" in m["To"]]

    [mail] = await eventually(mailed, within=20, what="the applicant's 退回补正 mail")
    text = mail.get_content()
    assert "退回补正通知" in mail["Subject"]
    for expected in (
        ITEMS[0]["note"],
        ITEMS[1]["note"],
        "请登录系统",
        "退回杭州市住房和城乡建设局",
    ):
        assert expected in text, expected
    assert not any(
        "330122.county_hr" in m["To"] for m in everything.smtp.mails_about(application_id)
    )

    async def texted() -> list[str]:
        texts = [p.read_text(encoding="utf-8") for p in everything.sms_dir.glob("*.json")]
        return [t for t in texts if "钱补" in t and "退回补正" in t]

    [sms] = await eventually(texted, within=20, what="the applicant's 退回补正 SMS")
    assert "需补正2项" in sms

    # a 催办 sent before the return: once back, the stage's periods count from the correction
    async with base.review_services.engine.begin() as connection:
        await connection.execute(
            insert(stage_reminder).values(
                case_id=uuid.UUID(case_id), position=2, period=1, sent_at=datetime.now(UTC)
            )
        )

    # the correction, submitted: back to the bureau, 待审批材料, paper to check again
    headers = await logged_in(base.intake, body["applicant"])
    forms = forms_for(body)
    review = forms["review"] | {"work_summary": "主持某综合体、某市政道路工程施工技术管理。"}
    comprehensive = forms["comprehensive"]
    comprehensive["work_history"][0]["position"] = "项目技术负责人"
    for kind, form in (("review", review), ("comprehensive", comprehensive)):
        put = await base.intake.put(
            f"/applications/{application_id}/forms/{kind}", json=form, headers=headers
        )
        assert put.status_code == 204, put.text
    # the employer facts fixed the route: a correction may not change them
    employer = f"/applications/{application_id}/employer"
    moved = body["employer"] | {"region_code": "330106"}
    assert (await base.intake.put(employer, json=moved, headers=headers)).status_code == 204
    refused = await base.intake.post(f"/applications/{application_id}/submit", headers=headers)
    assert refused.status_code == 409, refused.text
    assert "退回补正期间不能更改单位信息" in refused.json()["detail"]
    assert (
        await base.intake.put(employer, json=body["employer"], headers=headers)
    ).status_code == 204
    again = await base.intake.post(f"/applications/{application_id}/submit", headers=headers)
    assert (again.status_code, again.json()["submission"]) == (202, 2), again.text

    back = await arrived(bureau, "approval", application_id)
    assert await bureau.find("returned", application_id) is None
    assert (back["case_id"], back["submission"]) == (case_id, 2)
    page = (await bureau.get(f"/cases/{case_id}")).json()
    assert (page["status"], page["position"], page["paper_checked"]) == (
        "pending_approval",
        2,
        False,
    )
    assert page["allowed_actions"][0]["action"] == "CheckPaper"
    history = {h["action"]: h for h in page["history"]}
    assert [i["note"] for i in history["returned_for_correction"]["correction_items"]] == [
        i["note"] for i in ITEMS
    ]
    corrected = history["corrected"]
    assert (corrected["corrects_submission"], corrected["submission"]) == (1, 2)
    assert {(c["form"], c["field"], c["after"]) for c in corrected["changes"]} == {
        ("review", "work_summary", review["work_summary"]),
        ("comprehensive", "work_history.0.position", "项目技术负责人"),
    }
    stage = next(s for s in page["route"] if s["position"] == 2)
    assert stage["entered_at"] == corrected["at"]  # the stage's time restarts at the correction
    assert stage["left_at"] is None
    for change in corrected["changes"]:  # the diff names fields, never a full ID number
        assert body["applicant"]["id_number"] not in str(change)
    async with base.review_services.engine.connect() as connection:
        reminders = await connection.execute(
            select(stage_reminder).where(stage_reminder.c.case_id == uuid.UUID(case_id))
        )
        assert reminders.all() == []
    county = await department(base, "330122.county_hr")
    assert await county.find("unit", application_id) is None  # not the start of the route
    assert await county.find("personal", application_id) is None

    # intake keeps both versions; the applicant sees the diff on the timeline
    seen = await progress(everything, body, application_id, status="in_review", submission=2)
    assert [s["submission"] for s in seen["submissions"]] == [1, 2]
    assert seen["current_stage"]["organisation"]["code"] == "330100.city_bureau"
    diff_line = next(
        t for t in seen["timeline"] if "已按退回补正意见修改并重新提交" in t["summary"]
    )
    assert any("项目技术负责人" in reason for reason in diff_line["reasons"])
    first = await base.intake.get(f"/applications/{application_id}/submissions/1", headers=headers)
    assert first.json()["forms"]["review"]["work_summary"] == forms["review"]["work_summary"]
