"""A department opens an application's photo and scans at intake while the case is at its stage
or has passed through it, and gets 404 otherwise, exactly like the case itself in review; the
holding department alone sees the full ID number, on a recorded 显示完整号码."""

import io
from typing import Any

import httpx
from PIL import Image

from tests.support.applications import forms_for, fresh_application_body, logged_in, prepared
from tests.support.departments import (
    Department,
    approve_and_forward,
    arrived,
    department,
    operator,
)
from tests.support.polling import eventually
from tests.support.system import RunningSystem

COUNTY, CITY_BUREAU, CITY_HR, OFFICE = (
    "330106.county_hr",
    "330100.city_bureau",
    "330100.city_hr",
    "mid.3301",
)
OFF_ROUTE = ("330200.city_bureau", "330108.county_hr", "mid.3302")


def _scan_pdf() -> bytes:
    """A one-page PDF, as a scanner makes it."""
    out = io.BytesIO()
    Image.new("RGB", (620, 877), "white").save(out, format="PDF", resolution=75)
    return out.getvalue()


async def _submitted_with_scan(system: RunningSystem, body: dict[str, Any]) -> str:
    headers, application_id = await prepared(system.intake, body)
    base = f"/applications/{application_id}"
    added = await system.intake.post(
        f"{base}/attachments",
        data={"title": "学历证书"},
        files={"file": ("degree.pdf", _scan_pdf(), "application/pdf")},
        headers=headers,
    )
    assert added.status_code == 201, added.text
    sent = await system.intake.post(f"{base}/submit", headers=headers)
    assert sent.status_code == 202, sent.text
    return application_id


async def _open(system: RunningSystem, dept: Department, path: str) -> httpx.Response:
    return await system.intake.get(path, headers=dept.headers)


async def _answers(
    system: RunningSystem, paths: list[str], organisations: list[str]
) -> dict[str, set[int]]:
    """The status codes each organisation gets for the files."""
    answers = {}
    for org in organisations:
        dept = await department(system, org)
        answers[org] = {(await _open(system, dept, path)).status_code for path in paths}
    return answers


async def _who_may_open(
    system: RunningSystem, paths: list[str], organisations: list[str]
) -> dict[str, bool]:
    seen = {}
    for org, codes in (await _answers(system, paths, organisations)).items():
        assert codes in ({200}, {404}), (org, codes)
        seen[org] = codes == {200}
    return seen


async def _settled(
    system: RunningSystem, paths: list[str], expected: dict[str, bool]
) -> dict[str, bool]:
    """Intake learns of a stage change from review's event: wait until it has (while the event
    lands between two files' answers, an organisation may see one file and not the other)."""

    async def probe() -> dict[str, bool] | None:
        answers = await _answers(system, paths, list(expected))
        seen = {org: codes == {200} for org, codes in answers.items()}
        return seen if seen == expected and all(len(c) == 1 for c in answers.values()) else None

    return await eventually(probe, what=f"materials open exactly to {expected}")


async def test_materials_open_to_every_organisation_that_held_the_case_and_no_other(
    system: RunningSystem,
) -> None:
    body = fresh_application_body()
    application_id = await _submitted_with_scan(system, body)
    county = await department(system, COUNTY)
    row = await arrived(county, "personal", application_id)
    case = (await county.get(f"/cases/{row['case_id']}")).json()
    assert [s["organisation"]["code"] for s in case["route"]] == [
        COUNTY,
        CITY_BUREAU,
        CITY_HR,
        OFFICE,
    ]
    photo, scan = case["files"]
    assert (photo["kind"], scan["kind"], scan["title"]) == ("photo", "attachment", "学历证书")
    assert photo["sharpness"] > 20, "the clarity figure travels with the photo"
    paths = [photo["path"], scan["path"]]
    everyone = [COUNTY, CITY_BUREAU, CITY_HR, OFFICE, *OFF_ROUTE]
    nobody_else = {org: False for org in everyone}

    # at the county's stage: the county only
    await _settled(system, paths, nobody_else | {COUNTY: True})
    shown = await _open(system, county, photo["path"])
    assert shown.headers["content-type"] == "image/jpeg"
    assert shown.headers["content-disposition"].startswith("inline")
    assert shown.headers["cache-control"] == "no-store"
    assert Image.open(io.BytesIO(shown.content)).size == (photo["width"], photo["height"])
    pdf = await _open(system, county, scan["path"])
    assert pdf.headers["content-type"] == "application/pdf"
    assert pdf.headers["content-disposition"].startswith("inline")
    assert pdf.content.startswith(b"%PDF")

    # forwarded to the city bureau: it may look now, and the county still may
    for action, payload in (
        ("receive", None),
        ("paper-check", {"note": ""}),
        ("opinion", {"decision": "agree", "text": "同意", "signer": "王芳"}),
        ("forward", None),
    ):
        answer = await county.post(f"/cases/{row['case_id']}/{action}", json=payload)
        assert answer.status_code == 200, answer.text
    await _settled(system, paths, nobody_else | {COUNTY: True, CITY_BUREAU: True})

    # refused at the city bureau: the route ends; those that held it keep reading, no one else
    bureau = await department(system, CITY_BUREAU)
    await arrived(bureau, "unit", application_id)
    refused = await bureau.post(f"/cases/{row['case_id']}/refuse", json={"reason": "照片不清晰"})
    assert refused.status_code == 200, refused.text
    assert await _who_may_open(system, paths, everyone) == nobody_else | {
        COUNTY: True,
        CITY_BUREAU: True,
    }


async def test_materials_answer_no_applicant_and_no_stranger_token(system: RunningSystem) -> None:
    body = fresh_application_body()
    application_id = await _submitted_with_scan(system, body)
    county = await department(system, COUNTY)
    row = await arrived(county, "personal", application_id)
    photo = (await county.get(f"/cases/{row['case_id']}")).json()["files"][0]
    await _settled(system, [photo["path"]], {COUNTY: True})
    applicant = await logged_in(system.intake, body["applicant"])
    # an applicant's valid login is the wrong role here (403, saying so); no login is 401
    as_applicant = await system.intake.get(photo["path"], headers=applicant)
    assert as_applicant.status_code == 403, as_applicant.text
    assert (await system.intake.get(photo["path"])).status_code == 401
    unknown_file = photo["path"].rsplit("/", 1)[0] + "/00000000-0000-0000-0000-000000000000"
    assert (await _open(system, county, unknown_file)).status_code == 404
    other_submission = photo["path"].replace(f"/{application_id}/1/", f"/{application_id}/2/")
    assert (await _open(system, county, other_submission)).status_code == 404


async def test_only_the_holding_department_sees_the_full_id_number_and_it_is_recorded(
    system: RunningSystem,
) -> None:
    body = fresh_application_body()
    number = body["applicant"]["id_number"]
    application_id = await _submitted_with_scan(system, body)
    county = await department(system, COUNTY)
    bureau = await department(system, CITY_BUREAU)
    row = await arrived(county, "personal", application_id)
    path = f"/cases/{row['case_id']}"
    assert number not in (await county.get(path)).text

    assert (await bureau.post(f"{path}/id-number")).status_code == 404

    async def revealed() -> httpx.Response | None:
        answer = await county.post(f"{path}/id-number")
        return answer if answer.status_code == 200 else None

    answer = await eventually(revealed, what="the full number once review has it")
    assert answer.json()["id_number"] == number
    case = (await county.get(path)).json()
    [entry] = [h for h in case["history"] if h["action"] == "id_number_revealed"]
    assert (entry["action_label"], entry["organisation"]["code"]) == ("显示完整号码", COUNTY)
    assert entry["actor_name"]
    assert case["can_reveal_id_number"] is True
    ops = await operator(system)
    audit = await system.review.get(
        "/audit", params={"action": "id_number.reveal"}, headers=ops.headers
    )
    [record] = [r for r in audit.json()["items"] if r["target"] == row["case_id"]]
    assert record["source"]
    assert number not in audit.text
    assert number not in (await county.get(path)).text

    await county.post(f"{path}/receive")
    await county.post(f"{path}/paper-check", json={"note": ""})
    await county.post(f"{path}/opinion", json={"decision": "agree", "signer": "王芳"})
    await county.post(f"{path}/forward")
    late = await county.post(f"{path}/id-number")
    assert late.status_code == 409
    assert late.json()["detail"] == "只有当前经办部门可以显示完整号码"
    assert (await county.get(path)).json()["can_reveal_id_number"] is False


async def _review_answers(system: RunningSystem, case_id: str, orgs: list[str]) -> dict[str, bool]:
    """Who review lets open the case page itself (200, else 404)."""
    seen = {}
    for org in orgs:
        status = (await (await department(system, org)).get(f"/cases/{case_id}")).status_code
        assert status in (200, 404), (org, status)
        seen[org] = status == 200
    return seen


async def test_a_corrected_submission_opens_to_every_earlier_holder_as_the_case_does(
    system: RunningSystem,
) -> None:
    body = fresh_application_body()
    application_id = await _submitted_with_scan(system, body)
    await approve_and_forward(system, COUNTY, application_id, first=True)
    await approve_and_forward(system, CITY_BUREAU, application_id, first=False)
    city_hr = await department(system, CITY_HR)
    row = await arrived(city_hr, "unit", application_id)
    case_id = row["case_id"]
    first = [f["path"] for f in (await city_hr.get(f"/cases/{case_id}")).json()["files"]]
    everyone = [COUNTY, CITY_BUREAU, CITY_HR, OFFICE, *OFF_ROUTE]
    nobody_else = {org: False for org in everyone}
    held = {COUNTY: True, CITY_BUREAU: True, CITY_HR: True}
    await _settled(system, first, nobody_else | held)

    # 退回补正 at the third stage, corrected and resubmitted: submission 2, back at city_hr
    item = {"form": "review", "field": "work_summary", "note": "请补充主持的工程项目及业绩"}
    returned = await city_hr.post(f"/cases/{case_id}/return-for-correction", json={"items": [item]})
    assert returned.status_code == 200, returned.text
    headers = await logged_in(system.intake, body["applicant"])

    async def correctable() -> bool | None:
        answer = await system.intake.get(f"/applications/{application_id}", headers=headers)
        return True if answer.json()["status"] == "correction_requested" else None

    await eventually(correctable, what="intake has the 退回补正")
    review_form = forms_for(body)["review"] | {"work_summary": "主持某综合体工程施工技术管理。"}
    put = await system.intake.put(
        f"/applications/{application_id}/forms/review", json=review_form, headers=headers
    )
    assert put.status_code == 204, put.text
    again = await system.intake.post(f"/applications/{application_id}/submit", headers=headers)
    assert (again.status_code, again.json()["submission"]) == (202, 2), again.text

    async def corrected() -> list[str] | None:
        files = (await city_hr.get(f"/cases/{case_id}")).json()["files"]
        paths = [f["path"] for f in files]
        return paths if all(f"/{application_id}/2/" in p for p in paths) else None

    second = await eventually(corrected, what="review lists the corrected submission's files")
    # every department that held the case opens the new files, as review opens the case to it
    await _settled(system, second, nobody_else | held)
    assert await _review_answers(system, case_id, everyone) == nobody_else | held
    assert await _who_may_open(system, first, everyone) == nobody_else | held

    # city_hr forwards to the mid office: it holds the case now; city_hr keeps reading, after
    await approve_and_forward(system, CITY_HR, application_id, first=False)
    await _settled(system, second, nobody_else | held | {OFFICE: True})
    assert await _who_may_open(system, first, everyone) == nobody_else | held
    assert await _review_answers(system, case_id, everyone) == nobody_else | held | {OFFICE: True}
