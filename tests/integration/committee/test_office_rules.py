"""What the offices may and may not do: votes that cannot be, corrections, refusals, and cases
that are not theirs."""

from typing import Any

from services.review.domain.accounts import AccountKind
from shared.contracts import CommitteeApplicationRejected, Envelope
from tests.integration.committee.test_committee_flow import OFFICE, arrived_at_office, tally
from tests.support import broker
from tests.support.committee import CommitteeSystem
from tests.support.departments import Department, log_in, new_account, operator
from tests.support.polling import eventually


async def _received_in_meeting(
    committee: CommitteeSystem, name: str, seated: int = 9
) -> tuple[Department, str, str]:
    office, case_id, _ = await arrived_at_office(committee, name)
    assert (await office.post(f"/cases/{case_id}/receive")).status_code == 200
    meeting = await office.post(
        "/meetings",
        json={
            "held_on": "2026-11-21",
            "members_enrolled": 11,
            "members_attending": seated,
            "case_ids": [case_id],
        },
    )
    return office, case_id, meeting.json()["id"]


async def test_votes_that_cannot_be_are_refused_field_by_field(committee: CommitteeSystem) -> None:
    office, case_id, meeting_id = await _received_in_meeting(committee, "丁")
    for entry, field, message in (
        (tally(case_id, 10, 6), "entries.0.present", "超过到会委员人数（9）"),
        ({**tally(case_id, 9, 6), "against": 4}, "entries.0.in_favour", "超过出席人数"),
        (tally(case_id, 5, 5), "entries.0.present", "在册委员 11 人中至少应有 8 人出席"),
        ({**tally(case_id, 9, 6), "abstain": -1}, "entries.0.abstain", "不能为负数"),
    ):
        answer = await office.post(f"/meetings/{meeting_id}/votes", json={"entries": [entry]})
        assert answer.status_code == 422
        assert message in {e["field"]: e["message"] for e in answer.json()["detail"]}[field]
    early = await office.post(f"/meetings/{meeting_id}/confirm")
    assert (early.status_code, early.json()["detail"]) == (
        409,
        "还有 1 名申报对象未录入得票情况，不能确认",
    )


async def test_confirmed_votes_are_locked_and_a_correction_is_a_new_entry_with_a_reason(
    committee: CommitteeSystem,
) -> None:
    office, case_id, meeting_id = await _received_in_meeting(committee, "戊")
    votes = {"entries": [tally(case_id, 9, 5)]}
    assert (await office.post(f"/meetings/{meeting_id}/votes", json=votes)).status_code == 200
    assert (await office.post(f"/meetings/{meeting_id}/confirm")).json()["cases"][0][
        "status"
    ] == "failed"
    locked = await office.post(f"/meetings/{meeting_id}/votes", json=votes)
    assert locked.status_code == 409
    path = f"/meetings/{meeting_id}/cases/{case_id}/corrections"
    no_reason = await office.post(path, json={**tally(case_id, 9, 6), "reason": " "})
    assert no_reason.status_code == 422
    body = {k: v for k, v in tally(case_id, 9, 6).items() if k != "case_id"}
    corrected = await office.post(path, json={**body, "reason": "计票时漏计一张赞成票"})
    assert corrected.status_code == 200, corrected.text
    [case] = corrected.json()["cases"]
    assert case["status"] == "passed"
    assert [(e["in_favour"], e["correction_reason"]) for e in case["entries"]] == [
        (5, None),
        (6, "计票时漏计一张赞成票"),
    ]
    detail = (await office.get(f"/cases/{case_id}")).json()
    assert [h["action"] for h in detail["history"]][-2:] == ["votes_confirmed", "votes_corrected"]


async def test_a_refusal_at_the_office_names_the_department_that_sent_it(
    committee: CommitteeSystem,
) -> None:
    office, case_id, application_id = await arrived_at_office(committee, "己")
    async with broker.channel(committee.base.amqp_url) as chan:
        tap = await broker.tap(chan, CommitteeApplicationRejected.routing_key())
        answer = await office.post(
            f"/cases/{case_id}/refuse", json={"reason": "纸质材料未随电子材料报送"}
        )
        assert answer.status_code == 200
        [message] = await broker.take(tap, 1, matching=broker.about(application_id))
    rejected = CommitteeApplicationRejected.model_validate(
        Envelope.model_validate_json(message.body).payload
    )
    assert rejected.lower_unit is not None
    assert (rejected.lower_unit.code, rejected.lower_unit.email) == (
        "330100.city_hr",
        "330100.city_hr@example.gov.cn",
    )
    assert rejected.stage is not None
    assert rejected.stage.organisation.code == OFFICE
    assert rejected.reasons == ["纸质材料未随电子材料报送"]


async def test_an_office_cannot_see_or_touch_another_offices_cases(
    committee: CommitteeSystem,
) -> None:
    _, case_id, _ = await arrived_at_office(committee, "庚")
    other = await committee.office("mid.3302")
    for method, path, body in (
        ("GET", f"/cases/{case_id}", None),
        ("POST", f"/cases/{case_id}/receive", None),
        ("POST", f"/cases/{case_id}/refuse", {"reason": "x"}),
    ):
        answer = await other.client.request(method, path, json=body, headers=other.headers)
        assert answer.status_code == 404, path
    listed: list[dict[str, Any]] = (
        await other.get("/cases", params={"list": "pending_receipt"})
    ).json()["items"]
    assert all(item["case_id"] != case_id for item in listed)
    clerk = await committee.office("330100.city_hr")  # a review department, not an office
    assert (await clerk.get(f"/cases/{case_id}")).status_code == 401


async def test_a_disabled_office_account_is_shut_out_of_the_committee_too(
    committee: CommitteeSystem,
) -> None:
    base = committee.base
    password = await new_account(base, "office_to_disable", AccountKind.department, OFFICE)
    headers = {"Authorization": f"Bearer {await log_in(base, 'office_to_disable', password)}"}
    assert (await committee.client.get("/cases/counts", headers=headers)).status_code == 200
    admin = await operator(base)
    accounts = (await admin.get("/admin/accounts", params={"organisation_code": OFFICE})).json()
    account_id = next(a["id"] for a in accounts if a["username"] == "office_to_disable")
    assert (await admin.post(f"/admin/accounts/{account_id}/disable")).status_code == 200

    async def shut_out() -> bool:
        return (await committee.client.get("/cases/counts", headers=headers)).status_code == 401

    await eventually(shut_out, what="the committee refuses the disabled account's token")


async def test_the_senior_office_refuses_one_application_back_to_the_mid_office(
    committee: CommitteeSystem,
) -> None:
    office, case_id, meeting_id = await _received_in_meeting(committee, "辛")
    await office.post(f"/meetings/{meeting_id}/votes", json={"entries": [tally(case_id, 9, 9)]})
    await office.post(f"/meetings/{meeting_id}/confirm")
    await office.post(
        "/selection", json={"senior_committee": "construction", "case_ids": [case_id]}
    )
    batch = (await office.post("/batches/send", json={"senior_committee": "construction"})).json()
    senior = await committee.office("senior.construction")
    path = f"/senior/batches/{batch['id']}/cases/{case_id}/refuse"
    async with broker.channel(committee.base.amqp_url) as chan:
        tap = await broker.tap(chan, CommitteeApplicationRejected.routing_key())
        refused = await senior.post(path, json={"reason": "业绩材料不全"})
        assert refused.status_code == 200, refused.text
        [message] = await broker.take(
            tap, 1, matching=broker.about(batch["cases"][0]["application_id"])
        )
    rejected = CommitteeApplicationRejected.model_validate(
        Envelope.model_validate_json(message.body).payload
    )
    assert rejected.lower_unit is not None
    assert rejected.lower_unit.code == OFFICE
    assert rejected.stage is not None
    assert rejected.stage.organisation.code == "senior.construction"
    received = await senior.post(f"/senior/batches/{batch['id']}/receive")
    assert [c["status"] for c in received.json()["cases"]] == ["senior_refused"]
    assert (await senior.post(path, json={"reason": "again"})).status_code == 409
