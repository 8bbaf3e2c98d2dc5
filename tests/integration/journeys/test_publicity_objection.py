"""公示 with an objection, through the whole system: the office publishes its recommended
applicant, somebody objects on the public page, the office is e-mailed and told in its
站内消息 (without the objector's name or contact), decides 异议成立, and the applicant reads on
进度查询 and in the mail that they are not recommended, and why."""

from datetime import UTC, datetime
from typing import Any

from services.committee.domain.publicity import china_day
from tests.integration.journeys.conftest import Everything
from tests.integration.journeys.test_journeys import progress
from tests.support.applications import fresh_application_body, submitted
from tests.support.departments import approve_and_forward
from tests.support.mail import text_of
from tests.support.polling import eventually

OFFICE = "mid.3301"
OFFICE_EMAIL = "mid.3301@example.gov.cn"


async def test_an_objection_reaches_the_office_and_an_upheld_one_the_applicant(
    everything: Everything,
) -> None:
    base, committee = everything.base, everything.committee
    body = fresh_application_body(region_code="330106", name="吴异")
    body["applicant"]["email"] = "wu.yi2@example.com"
    application_id = await submitted(base.intake, body)
    for position, organisation in enumerate(
        ["330106.county_hr", "330100.city_bureau", "330100.city_hr"], start=1
    ):
        await approve_and_forward(base, organisation, application_id, first=position == 1)
    office = await committee.office(OFFICE)

    async def at_office() -> dict[str, Any] | None:
        items = (await office.get("/cases", params={"list": "pending_receipt"})).json()["items"]
        return next((i for i in items if i["application_id"] == application_id), None)

    case_id = (await eventually(at_office, what="the case at the office"))["case_id"]
    assert (await office.post(f"/cases/{case_id}/receive")).status_code == 200
    meeting = await office.post(
        "/meetings",
        json={"held_on": "2026-11-26", "members_enrolled": 11, "members_attending": 11,
              "case_ids": [case_id]},
    )  # fmt: skip
    meeting_id = meeting.json()["id"]
    votes = {"entries": [{"case_id": case_id, "present": 11, "in_favour": 9, "against": 1,
                          "abstain": 1}]}  # fmt: skip
    assert (await office.post(f"/meetings/{meeting_id}/votes", json=votes)).status_code == 200
    assert (await office.post(f"/meetings/{meeting_id}/confirm")).status_code == 200
    chosen = {"senior_committee": "construction", "case_ids": [case_id]}
    assert (await office.post("/selection", json=chosen)).status_code == 200
    today = china_day(datetime.now(UTC)).isoformat()
    published = await office.post("/publicities", json={"starts_on": today, "case_ids": [case_id]})
    assert published.status_code == 201, published.text

    objection = {"case_id": case_id, "objector_name": "钱七", "phone": "13912345678",
                 "text": "吴异申报的主持项目并非本人主持，请核实。"}  # fmt: skip
    filed = await committee.client.post("/public/objections", json=objection)
    assert filed.status_code == 201, filed.text

    async def to_office() -> list[Any] | None:
        return [
            m
            for m in everything.smtp.mails()
            if OFFICE_EMAIL in m["To"] and "吴异" in str(m["Subject"])
        ] or None

    [mail] = await eventually(to_office, within=20, what="the office e-mailed")
    assert str(mail["Subject"]) == "异议：吴异的公示收到异议，请核实处理"
    text = text_of(mail)
    assert "/admin/committee/publicity" in text
    assert "钱七" not in text
    assert "13912345678" not in text
    messages = (await everything.notify.get("/messages", headers=office.headers)).json()
    [message] = [m for m in messages["items"] if m["case_id"] == case_id]
    assert message["subject"] == "异议：吴异的公示收到异议"

    [row] = (await office.get("/objections", params={"decided": False})).json()
    decided = await office.post(
        f"/objections/{row['id']}/decision",
        json={"upheld": True, "reason": "经核实，该项目主持人另有其人"},
    )
    assert decided.status_code == 200, decided.text
    seen = await progress(everything, body, application_id, status="not_recommended")
    assert "公示期间异议成立：经核实，该项目主持人另有其人" in str(seen)

    async def applicant_mailed() -> bool:
        return any(
            "wu.yi2@" in m["To"] and "公示期间异议成立" in text_of(m)
            for m in everything.smtp.mails_about(application_id)
        )

    await eventually(applicant_mailed, within=20, what="the applicant told by e-mail")
