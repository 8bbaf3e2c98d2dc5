"""What the applicant portal needs of intake: the forms' layout and the upload rules before
anything is typed, a form saved as it is typed (incomplete too) with every error named after its
form and field, the photo's verdict at once, files to preview inline, and on 进度查询 how long
the current department has held the case and every refusal with its reasons and unit."""

from typing import Any

from tests.integration.intake.review_events import publish, refusal_at_first_stage, shown
from tests.integration.test_submission_flow import waiting_at
from tests.support.applications import (
    application_body,
    forms_for,
    logged_in,
    photo_bytes,
    prepared,
)
from tests.support.hostile import plain_pdf
from tests.support.polling import eventually
from tests.support.system import RunningSystem

PDF = plain_pdf()


def _field(layout: dict[str, Any], kind: str, name: str) -> dict[str, Any]:
    [form] = [f for f in layout["forms"] if f["kind"] == kind]
    [field] = [f for f in form["fields"] if f["name"] == name]
    return field


async def test_the_forms_layout_is_public_and_says_labels_widgets_choices_and_shared_rules(
    system: RunningSystem,
) -> None:
    answer = await system.intake.get("/form-layout")
    assert answer.status_code == 200, answer.text
    layout = answer.json()
    assert [f["label"] for f in layout["forms"]] == ["申报简表", "综合表", "评审表", "花名册"]
    gender = _field(layout, "summary", "gender")
    assert (gender["label"], gender["widget"]) == ("性别", "choice")
    assert [(c["value"], c["label"]) for c in gender["choices"]] == [
        ("male", "男"),
        ("female", "女"),
    ]
    assert _field(layout, "summary", "birth_date")["widget"] == "date"
    work = _field(layout, "comprehensive", "work_history")
    assert (work["widget"], work["min_items"], work["required"]) == ("rows", 1, True)
    start = next(c for c in work["columns"] if c["name"] == "start")
    assert (start["label"], start["widget"]) == ("起始年月", "month"), "年月 where it says 年月"
    assert _field(layout, "comprehensive", "awards")["widget"] == "lines"
    assert _field(layout, "review", "work_summary")["widget"] == "textarea"
    years = _field(layout, "roster", "profession_years")
    assert (years["widget"], years["minimum"], years["maximum"]) == ("integer", 0, 70)
    profession = next(s for s in layout["shared"] if s["name"] == "current_profession")
    assert profession["forms"] == ["summary", "comprehensive", "review", "roster"]
    assert profession["rule"] == "四表须一致（逐字完全相同）"
    name = next(s for s in layout["shared"] if s["name"] == "name")
    assert name["rule"] == "四表须一致，且与注册信息一致"
    assert _field(layout, "roster", "current_profession")["rule"] == profession["rule"]


async def test_the_password_rules_are_public_and_the_ones_intake_enforces(
    system: RunningSystem,
) -> None:
    answer = await system.intake.get("/password-rules")
    assert answer.status_code == 200, answer.text
    rules = answer.json()
    assert (rules["min_length"], rules["max_length"]) == (8, 128)
    assert rules["statements"][:3] == [
        "长度：8～128 位",
        "组成：同时包含字母和数字",
        "内容：不能包含身份证号码",
    ]
    assert rules["statements"][3].startswith("强度：请使用至少 10 位、不易猜到的密码")


async def test_the_upload_rules_are_the_ones_intake_enforces(system: RunningSystem) -> None:
    answer = await system.intake.get("/upload-rules")
    assert answer.status_code == 200, answer.text
    rules = answer.json()
    settings = system.intake_services.settings
    assert rules["photo"]["min_sharpness"] == settings.photo_min_sharpness
    assert rules["photo"]["media_types"] == ["image/jpeg", "image/png"]
    stated = "；".join(rules["photo"]["statements"])
    assert f"不低于 {settings.photo_min_sharpness:.0f}" in stated
    assert f"{rules['photo']['min_width']}×{rules['photo']['min_height']} 像素" in stated
    assert "PDF 或 JPEG" in rules["scans"]["statements"][0]


async def test_a_form_saved_as_typed_keeps_every_value_and_names_what_is_still_missing(
    system: RunningSystem,
) -> None:
    body = application_body(serial="731", name="钱七")
    headers = await logged_in(system.intake, body["applicant"])
    application_id = (await system.intake.post("/applications", headers=headers)).json()["id"]
    base = f"/applications/{application_id}"
    typed = {"name": "钱七", "current_profession": "建筑工程施工", "birth_date": "1985-0"}
    saved = await system.intake.put(f"{base}/forms/summary/draft", json=typed, headers=headers)
    assert saved.status_code == 200, saved.text
    answer = saved.json()
    assert (answer["kind_label"], answer["complete"]) == ("申报简表", False)
    errors = {e["field"]: e["message"] for e in answer["errors"]}
    assert errors["forms.summary.birth_date"] == "申报简表“出生日期”：日期格式不正确"
    assert errors["forms.summary.gender"] == "申报简表“性别”：必填项，不能缺少"
    assert "forms.summary.name" not in errors

    draft = (await system.intake.get(f"{base}/draft", headers=headers)).json()
    assert draft["forms"]["summary"] == typed, "what was typed is kept, even the half date"
    assert {e["field"] for e in draft["form_errors"]["summary"]} == set(errors)
    assert draft["form_errors"]["review"] == []

    check = (await system.intake.get(f"{base}/check", headers=headers)).json()
    named = {(m["form"], m["field"]): m["message"] for m in check["mismatches"]}
    assert named[("summary", "birth_date")] == errors["forms.summary.birth_date"]
    complete = next(r for r in check["results"] if r["code"] == "forms.complete")
    assert complete["passed"] is False
    assert "尚未填完：申报简表" in complete["detail"]
    refused = await system.intake.post(f"{base}/submit", headers=headers)
    assert refused.status_code == 422
    assert "forms.summary.birth_date" in {e["field"] for e in refused.json()["detail"]}

    stray = await system.intake.put(
        f"{base}/forms/summary/draft", json={**typed, "nickname": "小钱"}, headers=headers
    )
    assert "申报简表：没有“nickname”这一栏" in {e["message"] for e in stray.json()["errors"]}

    whole = forms_for(body)["summary"]
    done = await system.intake.put(f"{base}/forms/summary/draft", json=whole, headers=headers)
    assert (done.json()["complete"], done.json()["errors"]) == (True, [])
    draft = (await system.intake.get(f"{base}/draft", headers=headers)).json()
    assert draft["form_errors"]["summary"] == []
    assert draft["forms"]["summary"]["birth_date"] == whole["birth_date"]


async def test_the_photo_answers_its_verdict_and_files_open_inline(system: RunningSystem) -> None:
    headers, application_id = await prepared(system.intake, application_body(serial="732"))
    base = f"/applications/{application_id}"
    uploaded = await system.intake.put(
        f"{base}/photo", files={"file": ("me.jpg", photo_bytes(), "image/jpeg")}, headers=headers
    )
    assert uploaded.status_code == 201, uploaded.text
    photo = uploaded.json()
    minimum = system.intake_services.settings.photo_min_sharpness
    assert photo["min_sharpness"] == minimum
    assert photo["sharpness"] > minimum
    assert photo["verdict"] == (
        f"照片合格：{photo['width']}×{photo['height']} 像素，清晰度 {photo['sharpness']:.1f}"
        f"（应不低于 {minimum:.0f}）"
    )
    preview = await system.intake.get(photo["preview_url"], headers=headers)
    assert preview.status_code == 200
    assert preview.headers["content-disposition"].startswith("inline;")
    saved = await system.intake.get(photo["url"], headers=headers)
    assert saved.headers["content-disposition"].startswith("attachment;")

    blurred = await system.intake.put(
        f"{base}/photo",
        files={"file": ("me.jpg", photo_bytes(blur=3), "image/jpeg")},
        headers=headers,
    )
    assert blurred.status_code == 422
    [refusal] = blurred.json()["detail"]
    assert refusal["message"].startswith("照片不清晰（清晰度 ")

    scan = await system.intake.post(
        f"{base}/attachments",
        files={"file": ("d.pdf", PDF, "application/pdf")},
        data={"title": "学历证书"},
        headers=headers,
    )
    assert scan.status_code == 201, scan.text
    draft = (await system.intake.get(f"{base}/draft", headers=headers)).json()
    assert draft["photo"]["sharpness"] == photo["sharpness"]
    [attachment] = draft["attachments"]
    assert attachment["title"] == "学历证书"
    assert attachment["preview_url"] == scan.json()["preview_url"]
    shown_inline = await system.intake.get(attachment["preview_url"], headers=headers)
    assert shown_inline.headers["content-type"] == "application/pdf"
    assert shown_inline.headers["content-disposition"].startswith("inline;")


FIRST = ("330112.county_hr", "杭州市临安区人力资源和社会保障局")


async def test_progress_says_how_long_the_department_has_held_it_and_every_refusal(
    system: RunningSystem,
) -> None:
    body = application_body(region_code="330112", serial="733", name="孙八")
    headers, application_id = await prepared(system.intake, body)
    base = f"/applications/{application_id}"
    assert (await system.intake.post(f"{base}/submit", headers=headers)).status_code == 202
    case = await eventually(lambda: waiting_at(system, FIRST[0], application_id))
    waiting = await shown(system, headers, application_id, status="in_review")
    stage = waiting["current_stage"]
    assert stage["organisation"]["name"] == FIRST[1]
    assert stage["held_since"] == waiting["timeline"][-1]["at"]
    assert (stage["held_working_days"], stage["held_label"]) == (0, "0 个工作日")
    route = waiting["route"]
    assert route["steps"][0]["org_name"] == FIRST[1]
    assert len(route["steps"]) + 1 == stage["stage_count"], "and the office it ends at"
    assert waiting["review_finished"] is False
    assert waiting["refusals"] == []
    assert [(a["action"], a["label"]) for a in waiting["allowed_actions"]] == [("withdraw", "撤回")]

    refusal = refusal_at_first_stage(application_id, case["case_id"], FIRST)
    await publish(system, refusal, sequence=3)
    refused = await shown(system, headers, application_id, status="rejected")
    [told] = refused["refusals"]
    assert (told["submission"], told["organisation"], told["reasons"]) == (
        1,
        FIRST[1],
        refusal.reasons,
    )
    assert [a["label"] for a in refused["allowed_actions"]] == ["修改申报材料", "修改后重新提交"]

    # the draft's employer changed after the refusal: the preview follows it, while 进度查询 keeps
    # the route submission 1 was on
    moved = application_body(region_code="330106", serial="733", name="孙八")["employer"]
    saved = await system.intake.put(f"{base}/employer", json=moved, headers=headers)
    assert saved.status_code == 204, saved.text
    preview = (await system.intake.get(f"{base}/route", headers=headers)).json()
    assert preview["steps"][0]["org_name"] == "杭州市西湖区人力资源和社会保障局"
    progress = (await system.intake.get(base, headers=headers)).json()
    assert progress["route"] == route


async def test_a_photo_is_judged_before_it_is_uploaded_and_nothing_is_stored(
    system: RunningSystem,
) -> None:
    headers = await logged_in(system.intake, application_body(serial="734")["applicant"])
    minimum = system.intake_services.settings.photo_min_sharpness
    stored_before = {p for p in system.intake_services.settings.storage_dir.rglob("*")}

    async def verdict(content: bytes, name: str = "me.jpg") -> dict[str, Any]:
        files = {"file": (name, content, "image/jpeg")}
        answer = await system.intake.post("/photo-check", files=files, headers=headers)
        assert answer.status_code == 200, answer.text
        return dict(answer.json())

    blurred = await verdict(photo_bytes(blur=3))
    assert (blurred["passed"], blurred["rule"]) == (False, "blurred")
    assert blurred["verdict"].startswith("照片不清晰（清晰度 ")
    assert blurred["verdict"].endswith(f"应不低于 {minimum:.0f}），请上传清晰的证件照")
    sharp = await verdict(photo_bytes())
    assert (sharp["passed"], sharp["rule"]) == (True, None)
    assert sharp["verdict"].startswith("照片合格：")
    assert sharp["sharpness"] > minimum
    hostile = await verdict(photo_bytes(), name="../../etc/passwd")
    assert (hostile["passed"], hostile["rule"]) == (False, "bad_name")
    assert {p for p in system.intake_services.settings.storage_dir.rglob("*")} == stored_before
    anonymous = await system.intake.post(
        "/photo-check", files={"file": ("me.jpg", photo_bytes(), "image/jpeg")}
    )
    assert anonymous.status_code == 401
