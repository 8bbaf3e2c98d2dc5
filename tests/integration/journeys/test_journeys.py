"""Applicants' journeys through the whole system, every user acting through the APIs only:
the applicant at intake, each department at review, the offices at the committee, the units
reading notify's messages; what reaches people by mail and SMS is read where it landed."""

from typing import Any

from tests.integration.journeys.conftest import Everything
from tests.support.applications import forms_for, fresh_application_body, logged_in, submitted
from tests.support.departments import approve_and_forward, arrived, department
from tests.support.polling import eventually


async def progress(
    everything: Everything, body: dict[str, Any], application_id: str, **expected: Any
) -> dict[str, Any]:
    """The applicant's progress screen (进度查询) once it shows `expected`."""
    intake = everything.base.intake
    headers = await logged_in(intake, body["applicant"])

    async def shown() -> dict[str, Any] | None:
        answer: dict[str, Any] = (
            await intake.get(f"/applications/{application_id}", headers=headers)
        ).json()
        return answer if all(answer.get(k) == v for k, v in expected.items()) else None

    return await eventually(shown, within=20, what=f"the applicant's screen showing {expected}")


async def test_refused_at_the_city_bureau_told_at_once_corrected_and_sent_again(
    everything: Everything,
) -> None:
    base = everything.base
    body = fresh_application_body(region_code="330122", name="吴一")
    body["applicant"]["email"] = "wu.yi@example.com"
    application_id = await submitted(base.intake, body)
    await approve_and_forward(base, "330122.county_hr", application_id, first=True)
    bureau = await department(base, "330100.city_bureau")
    row = await arrived(bureau, "unit", application_id)
    refusal = {"reason": "综合表与评审表中的工作单位不一致"}
    assert (await bureau.post(f"/cases/{row['case_id']}/refuse", json=refusal)).status_code == 200

    seen = await progress(everything, body, application_id, status="rejected")
    assert seen["rejection"]["reasons"] == [refusal["reason"]]
    assert seen["rejection"]["lower_unit"]["code"] == "330122.county_hr"

    def mails_to(address_part: str) -> list[Any]:
        return [m for m in everything.smtp.mails_about(application_id) if address_part in m["To"]]

    async def both_mailed() -> bool:
        return len(mails_to("330122.county_hr")) == 1 and len(mails_to("wu.yi@")) == 1

    await eventually(both_mailed, within=20, what="one mail to the county HR, one to the applicant")
    county_hr = await department(base, "330122.county_hr")
    messages = (await everything.notify.get("/messages", headers=county_hr.headers)).json()
    ours = [m for m in messages["items"] if refusal["reason"] in m["body"]]
    assert len(ours) == 1
    sms = [p.read_text(encoding="utf-8") for p in sorted(everything.sms_dir.glob("*.json"))]
    assert sum(application_id in text or "吴一" in text for text in sms) == 1
    for text in [*sms, *(m.get_content() for m in everything.smtp.mails_about(application_id))]:
        assert body["applicant"]["id_number"] not in text
        assert body["applicant"]["phone"] not in text

    headers = await logged_in(base.intake, body["applicant"])
    form = forms_for(body)["review"] | {"employer": body["employer"]["name"]}
    assert (
        await base.intake.put(
            f"/applications/{application_id}/forms/review", json=form, headers=headers
        )
    ).status_code == 204
    again = await base.intake.post(f"/applications/{application_id}/submit", headers=headers)
    assert (again.status_code, again.json()["submission"]) == (202, 2)

    async def second_submission() -> dict[str, Any] | None:
        items = (await county_hr.list("personal"))["items"]
        return next(
            (i for i in items if i["application_id"] == application_id and i["submission"] == 2),
            None,
        )

    await eventually(second_submission, what="submission 2 back at the first stage")
    old = (await county_hr.get(f"/cases/{row['case_id']}")).json()
    assert (old["status"], old["submission"]) == ("rejected", 1)
    assert [h["action"] for h in old["history"]][-1] == "refused"


async def test_recommended_all_the_way_to_the_senior_committee(everything: Everything) -> None:
    base, committee = everything.base, everything.committee
    body = fresh_application_body(region_code="330106", name="吴三")
    application_id = await submitted(base.intake, body)
    for position, organisation in enumerate(
        ["330106.county_hr", "330100.city_bureau", "330100.city_hr"], start=1
    ):
        await approve_and_forward(base, organisation, application_id, first=position == 1)
    await eventually(
        lambda: _at(everything, body, application_id, "mid.3301"),
        what="shown waiting at the office",
    )

    office = await committee.office("mid.3301")

    async def at_office() -> dict[str, Any] | None:
        items = (await office.get("/cases", params={"list": "pending_receipt"})).json()["items"]
        return next((i for i in items if i["application_id"] == application_id), None)

    case_id = (await eventually(at_office, what="the case at the office"))["case_id"]
    assert (await office.post(f"/cases/{case_id}/receive")).status_code == 200
    await progress(everything, body, application_id, status="at_committee")
    meeting = await office.post(
        "/meetings",
        json={
            "held_on": "2026-11-26",
            "members_enrolled": 11,
            "members_attending": 11,
            "case_ids": [case_id],
        },
    )
    votes = {
        "entries": [{"case_id": case_id, "present": 10, "in_favour": 8, "against": 1, "abstain": 1}]
    }
    assert (
        await office.post(f"/meetings/{meeting.json()['id']}/votes", json=votes)
    ).status_code == 200
    assert (await office.post(f"/meetings/{meeting.json()['id']}/confirm")).status_code == 200
    chosen = {"senior_committee": "construction", "case_ids": [case_id]}
    assert (await office.post("/selection", json=chosen)).status_code == 200
    batch = await office.post("/batches/send", json={"senior_committee": "construction"})
    assert batch.status_code == 201
    senior = await committee.office("senior.construction")
    assert (await senior.post(f"/senior/batches/{batch.json()['id']}/receive")).status_code == 200

    seen = await progress(everything, body, application_id, status="sent_to_senior")
    summaries = [entry["summary"] for entry in seen["timeline"]]
    for expected in (
        "中评委办公室已接收",
        "中评委评审通过",
        "已网上送审至省建筑工程技术人员高级工程师资格评审委员会",
    ):
        assert any(expected in s for s in summaries), (expected, summaries)
    await eventually(
        lambda: _progress_has(everything, body, application_id, "高评委办公室已接收"),
        what="the senior office's receipt on the applicant's screen",
    )
    assert everything.smtp.mails_about(application_id) == [], (
        "nobody is told of a success by notify"
    )


async def _progress_has(
    everything: Everything, body: dict[str, Any], application_id: str, text: str
) -> bool:
    seen = await progress(everything, body, application_id)
    return any(text in entry["summary"] for entry in seen["timeline"])


async def _at(everything: Everything, body: dict[str, Any], application_id: str, org: str) -> bool:
    stage = (await progress(everything, body, application_id))["current_stage"]
    return stage is not None and stage["organisation"]["code"] == org
