"""The operator's look-up in intake: an application found by the applicant's name (drafts
included) or by its id, with its status and the ID number masked; the operator's alone."""

import uuid

from deploy.season import id_number
from tests.support.applications import application_body, logged_in, prepared
from tests.support.departments import department, operator
from tests.support.system import RunningSystem

NAME = "欧阳查询"


async def test_the_operator_finds_a_draft_and_a_submitted_application(
    system: RunningSystem,
) -> None:
    body = application_body(region_code="330127", serial="951", name=NAME)
    headers, submitted = await prepared(system.intake, body)
    sent = await system.intake.post(f"/applications/{submitted}/submit", headers=headers)
    assert sent.status_code == 202, sent.text
    draft = (await system.intake.post("/applications", headers=headers)).json()["id"]
    ops = await operator(system)

    answer = await system.intake.get(
        "/admin/applications", params={"q": "欧阳查"}, headers=ops.headers
    )
    assert answer.status_code == 200, answer.text
    found = {item["application_id"]: item for item in answer.json()["items"]}
    assert set(found) == {submitted, draft}
    assert found[draft]["status_label"] == "草稿，尚未提交"
    assert found[submitted]["submission"] == 1
    assert found[submitted]["submitted_at"] is not None
    full = id_number(serial="951")
    assert found[draft]["id_number_masked"] == full[:6] + "*" * 12  # the region only
    assert full not in answer.text

    by_id = await system.intake.get(
        "/admin/applications", params={"q": submitted}, headers=ops.headers
    )
    assert [i["application_id"] for i in by_id.json()["items"]] == [submitted]
    nobody = await system.intake.get(
        "/admin/applications", params={"q": str(uuid.uuid4())}, headers=ops.headers
    )
    assert nobody.json() == {"total": 0, "items": []}


async def test_only_the_operator_looks_applications_up(system: RunningSystem) -> None:
    path = "/admin/applications?q=张"
    assert (await system.intake.get(path)).status_code == 401
    clerk = await department(system, "330127.county_hr")
    assert (await system.intake.get(path, headers=clerk.headers)).status_code == 403
    applicant = await logged_in(
        system.intake, application_body(serial="952", name="査无此人")["applicant"]
    )
    assert (await system.intake.get(path, headers=applicant)).status_code == 403
    ops = await operator(system)
    empty = await system.intake.get("/admin/applications", params={"q": ""}, headers=ops.headers)
    assert empty.status_code == 422
