"""A committee office opens the materials of the cases it holds, as the departments before it
do: the case with its files' addresses and its printable forms from committee, the photo and
scans from intake. The mid-committee office from the moment the case waits for it, the senior
committee office once the case is sent to it; every other office gets 404."""

import io
import re
import uuid
from typing import Any

import httpx
import pypdf

from tests.integration.committee.test_committee_flow import OFFICE, tally
from tests.integration.test_department_materials import _submitted_with_scan
from tests.support.applications import fresh_application_body
from tests.support.committee import CommitteeSystem
from tests.support.departments import Department, approve_and_forward, department
from tests.support.polling import eventually

CITY_ROUTE = ["330100.city_bureau", "330100.city_hr"]
OTHER_OFFICE = "mid.3302"  # 宁波市建设工程专业中评委办公室
SENIOR, OTHER_SENIOR = "senior.transport", "senior.construction"


async def _files(committee: CommitteeSystem, who: str, paths: list[str]) -> set[int]:
    """The answers intake gives the organisation for the files."""
    headers = (await department(committee.base, who)).headers
    return {(await committee.base.intake.get(p, headers=headers)).status_code for p in paths}


async def _opens_for(
    committee: CommitteeSystem, paths: list[str], holder: str, *, not_for: list[str]
) -> None:
    async def settled() -> bool | None:
        return True if await _files(committee, holder, paths) == {200} else None

    await eventually(settled, what=f"intake serves the files to {holder}")
    for stranger in not_for:
        assert await _files(committee, stranger, paths) == {404}, stranger


def _printed(answer: httpx.Response) -> list[str]:
    assert (answer.status_code, answer.headers["content-type"]) == (200, "application/pdf")
    reader = pypdf.PdfReader(io.BytesIO(answer.content))
    return [re.sub(r"\s+", "", page.extract_text()) for page in reader.pages]


async def test_the_holding_office_opens_the_cases_materials_and_no_other_office_does(
    committee: CommitteeSystem,
) -> None:
    body = fresh_application_body(region_code="330100", name="孙材料")
    application_id = await _submitted_with_scan(committee.base, body)
    for position, organisation in enumerate(CITY_ROUTE, start=1):
        await approve_and_forward(committee.base, organisation, application_id, first=position == 1)
    office = await committee.office(OFFICE)

    async def waiting() -> dict[str, Any] | None:
        page = await office.list("pending_receipt", q="孙材料")
        return next((i for i in page["items"] if i["application_id"] == application_id), None)

    case_id = (await eventually(waiting, what="the case at the office"))["case_id"]
    case = (await office.get(f"/cases/{case_id}")).json()
    photo, scan = case["files"]
    assert (photo["kind"], scan["kind"], scan["title"]) == ("photo", "attachment", "学历证书")
    paths = [f["path"] for f in case["files"]]
    assert paths == [f"/materials/{application_id}/1/{f['file_id']}" for f in case["files"]]
    # waiting in 待接收材料: the office decides on what it can see
    await _opens_for(committee, paths, OFFICE, not_for=[OTHER_OFFICE, SENIOR, OTHER_SENIOR])
    summary, review = _printed(await office.get(f"/cases/{case_id}/forms.pdf"))
    assert "浙江省高级专业技术资格评审申报简表" in summary
    assert "姓名孙材料" in summary
    assert "浙江省高级专业技术资格评审表" in review
    assert "杭州市人力资源和社会保障局同意。同意报送" in review
    [only] = _printed(await office.get(f"/cases/{case_id}/forms.pdf", params={"form": "review"}))
    assert "评审表" in only
    other: Department = await committee.office(OTHER_OFFICE)
    for path in (f"/cases/{case_id}", f"/cases/{case_id}/forms.pdf"):
        assert (await other.get(path)).status_code == 404, path

    # received, voted, recommended to the 交通 senior committee and sent: its office holds it
    assert (await office.post(f"/cases/{case_id}/receive")).status_code == 200
    meeting = await office.post(
        "/meetings",
        json={
            "held_on": "2026-11-24",
            "members_enrolled": 9,
            "members_attending": 9,
            "case_ids": [case_id],
        },
    )
    meeting_id = meeting.json()["id"]
    votes = {"entries": [tally(case_id, 9, 8)]}
    assert (await office.post(f"/meetings/{meeting_id}/votes", json=votes)).status_code == 200
    assert (await office.post(f"/meetings/{meeting_id}/confirm")).status_code == 200
    chosen = {"senior_committee": "transport", "case_ids": [case_id]}
    assert (await office.post("/selection", json=chosen)).status_code == 200
    sent = await office.post("/batches/send", json={"senior_committee": "transport"})
    assert sent.status_code == 201, sent.text
    batch_id = sent.json()["id"]
    assert sent.json()["senior_committee_name"] == "省交通工程技术人员高级工程师资格评审委员会"

    senior = await committee.office(SENIOR)
    seen = (await senior.get(f"/senior/batches/{batch_id}/cases/{case_id}")).json()
    assert [f["path"] for f in seen["files"]] == paths
    assert [v["in_favour"] for v in seen["votes"]] == [8]
    await _opens_for(committee, paths, SENIOR, not_for=[OTHER_OFFICE, OTHER_SENIOR])
    assert await _files(committee, OFFICE, paths) == {200}, "the mid office keeps reading"
    printed = await senior.get(f"/senior/batches/{batch_id}/cases/{case_id}/forms.pdf")
    summary, review = _printed(printed)
    assert "姓名孙材料" in summary
    assert "赞成票8" in review
    stranger = await committee.office(OTHER_SENIOR)
    for path in (
        f"/senior/batches/{batch_id}/cases/{case_id}",
        f"/senior/batches/{batch_id}/cases/{case_id}/forms.pdf",
    ):
        assert (await stranger.get(path)).status_code == 404, path
    # the batch's own office asking for a case under a batch it was not sent in
    foreign = f"/senior/batches/{batch_id}/cases/{uuid.uuid4()}"
    assert (await senior.get(foreign)).status_code == 404
