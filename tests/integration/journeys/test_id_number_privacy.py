"""Nobody but the applicant and (on an explicit reveal) the department holding the case can
work out an applicant's ID number (issue 11, point 2; docs/privacy.md).

One application goes all the way to the senior committee. Every answer the departments and the
offices get on the way (lists, case details, each department's export.xlsx of its lists and the
text of the printed forms.pdf, the vote sheet, the rosters), the operator's look-ups (intake's
申报查询, notify's notice list), every message the services exchange about it and every log line
the services write meanwhile (as written, before the logging pipeline's scrubber) are searched
for forms of the number; from each, the number is
reconstructed as far as the region, birth date and sex allow. At least 500 candidates must
remain every time, and the full number never appears."""

import io
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from shared.contracts import ApplicantIdentityProvided
from tests.integration.journeys.conftest import Everything
from tests.support import broker
from tests.support.applications import fresh_application_body, submitted
from tests.support.departments import Department, arrived, department
from tests.support.logs import LogRecorder
from tests.support.notify import operator_headers
from tests.support.polling import eventually
from tests.support.reconstruction import MIN_CANDIDATES, fewest_candidates

STAGES = ["330106.county_hr", "330100.city_bureau", "330100.city_hr"]
# the one message that carries the full number, by design: intake to review only (a contract
# test holds that), kept aside there for 显示完整号码
FOR_THE_REVEAL = ApplicantIdentityProvided.routing_key()
SIGNED = {"decision": "agree", "text": "同意报送", "signer": "审核员甲"}


@pytest.fixture
def log_lines() -> Iterator[LogRecorder]:
    recorder = LogRecorder()
    recorder.install()
    yield recorder
    recorder.remove()


class Seen:
    """Every answer and message collected, by where it was seen."""

    def __init__(self) -> None:
        self.texts: dict[str, str] = {}

    def answer(self, where: str, response: httpx.Response) -> httpx.Response:
        assert response.status_code == 200, (where, response.text)
        kind = response.headers.get("content-type", "")
        if "sheet" in kind:
            self.texts[where] = _sheet_text(response.content)
        elif "pdf" in kind:
            self.texts[where] = _pdf_text(response.content)
        else:
            self.texts[where] = response.text
        return response


def _pdf_text(content: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)


def _sheet_text(content: bytes) -> str:
    book = load_workbook(io.BytesIO(content), read_only=True)
    return "\n".join(
        " ".join(str(cell) for cell in row if cell is not None)
        for sheet in book.worksheets
        for row in sheet.iter_rows(values_only=True)
    )


async def _review_stage(seen: Seen, dept: Department, application_id: str, *, first: bool) -> None:
    which = "personal" if first else "unit"
    row = await arrived(dept, which, application_id)
    case = f"/cases/{row['case_id']}"
    seen.answer(f"{dept.organisation_code} list", await dept.get("/cases", params={"list": which}))
    seen.answer(f"{dept.organisation_code} case", await dept.get(case))
    export = await dept.get("/cases/export.xlsx", params={"list": which})
    seen.answer(f"{dept.organisation_code} export", export)
    seen.answer(f"{dept.organisation_code} forms", await dept.get(f"{case}/forms.pdf"))
    for action, body in (
        ("receive", None),
        ("paper-check", {"note": "纸质材料齐全"}),
        ("opinion", SIGNED),
        ("forward", None),
    ):
        assert (await dept.post(f"{case}/{action}", json=body)).status_code == 200
    seen.answer(
        f"{dept.organisation_code} done", await dept.get("/cases", params={"list": "processed"})
    )
    processed = await dept.get("/cases/export.xlsx", params={"list": "processed"})
    seen.answer(f"{dept.organisation_code} done export", processed)


async def test_no_screen_or_message_gives_the_id_number_away(
    everything: Everything, log_lines: LogRecorder
) -> None:
    base, committee = everything.base, everything.committee
    body = fresh_application_body(region_code="330106", name="吴五")
    number = body["applicant"]["id_number"]
    seen = Seen()
    async with broker.channel(base.amqp_url) as chan:
        tap = await broker.tap(chan)
        application_id = await submitted(base.intake, body)
        for position, organisation in enumerate(STAGES, start=1):
            dept = await department(base, organisation)
            await _review_stage(seen, dept, application_id, first=position == 1)
        office = await committee.office("mid.3301")
        batch_id = await _office_steps(seen, office, application_id)
        senior = await committee.office("senior.construction")
        seen.answer("senior batches", await senior.get("/senior/batches"))
        seen.answer("senior batch", await senior.get(f"/senior/batches/{batch_id}"))
        seen.answer("senior roster", await senior.get(f"/senior/batches/{batch_id}/roster.xlsx"))
        messages = await broker.take(tap, 1, within=20, matching=broker.about(application_id))
        while (more := await tap.get(no_ack=True, fail=False)) is not None:
            messages.append(more)
    ops = operator_headers()
    lookup = await base.intake.get("/admin/applications", params={"q": "吴五"}, headers=ops)
    seen.answer("operator lookup", lookup)
    assert application_id in lookup.text
    by_id = await base.intake.get("/admin/applications", params={"q": application_id}, headers=ops)
    seen.answer("operator lookup by id", by_id)
    notices = await everything.notify.get(
        "/notices", params={"application_id": application_id}, headers=ops
    )
    seen.answer("operator notices", notices)
    seen.texts["logs"] = "\n".join(log_lines.lines)
    assert application_id in seen.texts["logs"], "the services' log lines were recorded"
    assert FOR_THE_REVEAL in {message.routing_key for message in messages}
    for message in messages:
        if application_id in message.body.decode() and message.routing_key != FOR_THE_REVEAL:
            seen.texts[f"message {message.routing_key}"] = message.body.decode()

    assert any(key.startswith("message intake.application_submitted") for key in seen.texts)
    fewest: dict[str, int | None] = {
        where: fewest_candidates(text, number) for where, text in seen.texts.items()
    }
    assert not [where for where, text in seen.texts.items() if number in text]
    shown = {where: n for where, n in fewest.items() if n is not None}
    # the number is there to be found: in every case detail, the submission, the rosters
    assert {
        "330106.county_hr case",
        "330106.county_hr export",
        "330106.county_hr forms",
        "operator lookup",
        "message intake.application_submitted.v1",
    } <= set(shown), shown
    assert {where: n for where, n in shown.items() if n < MIN_CANDIDATES} == {}


async def _office_steps(seen: Seen, office: Department, application_id: str) -> str:
    async def at_office() -> dict[str, Any] | None:
        listed = await office.get("/cases", params={"list": "pending_receipt"})
        items = listed.json()["items"]
        return next((i for i in items if i["application_id"] == application_id), None)

    case_id = str((await eventually(at_office, what="the case at the office"))["case_id"])
    seen.answer("office list", await office.get("/cases", params={"list": "pending_receipt"}))
    seen.answer("office case", await office.get(f"/cases/{case_id}"))
    assert (await office.post(f"/cases/{case_id}/receive")).status_code == 200
    meeting = await office.post(
        "/meetings",
        json={
            "held_on": "2026-11-26",
            "members_enrolled": 11,
            "members_attending": 10,
            "case_ids": [case_id],
        },
    )
    assert meeting.status_code == 201, meeting.text
    meeting_id = meeting.json()["id"]
    seen.answer("vote sheet", await office.get(f"/meetings/{meeting_id}/votes.xlsx"))
    votes = {
        "entries": [{"case_id": case_id, "present": 10, "in_favour": 8, "against": 1, "abstain": 1}]
    }
    assert (await office.post(f"/meetings/{meeting_id}/votes", json=votes)).status_code == 200
    assert (await office.post(f"/meetings/{meeting_id}/confirm")).status_code == 200
    chosen = {"senior_committee": "construction", "case_ids": [case_id]}
    assert (await office.post("/selection", json=chosen)).status_code == 200
    batch = await office.post("/batches/send", json={"senior_committee": "construction"})
    assert batch.status_code == 201, batch.text
    batch_id = str(batch.json()["id"])
    seen.answer("office roster", await office.get(f"/batches/{batch_id}/roster.xlsx"))
    return batch_id
