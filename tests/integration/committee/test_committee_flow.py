"""The mid-committee office's work, end to end: a case forwarded by city HR arrives; receipt,
meeting, votes, senior committee, selection, online submission; the senior office receives."""

import io
from datetime import datetime
from typing import Any

import openpyxl

from shared.contracts import (
    ApplicationNotRecommended,
    Envelope,
    SentToSeniorCommittee,
)
from shared.privacy import mask_id_number
from tests.support import broker
from tests.support.committee import CommitteeSystem
from tests.support.departments import Department, submitted_event, through_review
from tests.support.polling import eventually

OFFICE = "mid.3301"  # 杭州市建设工程专业中评委办公室
CITY_ROUTE = ["330100.city_bureau", "330100.city_hr"]
SENIOR = "senior.construction"


async def arrived_at_office(committee: CommitteeSystem, name: str) -> tuple[Department, str, str]:
    """(the office's account, the case id, the application id) once it waits at the office."""
    event = submitted_event(kind="public", region_code="330100", name=name)
    application_id = await through_review(committee.base, event, CITY_ROUTE)
    office = await committee.office(OFFICE)

    async def waiting() -> dict[str, Any] | None:
        items = (await office.get("/cases", params={"list": "pending_receipt"})).json()["items"]
        return next((i for i in items if i["application_id"] == application_id), None)

    row = await eventually(waiting, what=f"{name} in the office's 待接收材料")
    assert row["sent_by"]["code"] == "330100.city_hr"
    return office, row["case_id"], application_id


def tally(case_id: str, present: int, in_favour: int) -> dict[str, Any]:
    return {
        "case_id": case_id,
        "present": present,
        "in_favour": in_favour,
        "against": present - in_favour,
        "abstain": 0,
    }


async def test_receive_meet_vote_choose_send_and_the_senior_office_receives(
    committee: CommitteeSystem,
) -> None:
    cases, applications = {}, {}
    for name in ("甲通过", "乙未过", "丙未选"):
        office, cases[name], applications[name] = await arrived_at_office(committee, name)
    for case_id in cases.values():
        assert (await office.post(f"/cases/{case_id}/receive")).status_code == 200

    meeting = await office.post(
        "/meetings",
        json={
            "held_on": "2026-11-20",
            "members_enrolled": 9,
            "members_attending": 9,
            "case_ids": list(cases.values()),
        },
    )
    assert meeting.status_code == 201, meeting.text
    meeting_id = meeting.json()["id"]
    votes = [
        tally(cases["甲通过"], 9, 6),
        tally(cases["乙未过"], 9, 5),
        tally(cases["丙未选"], 7, 7),
    ]
    assert (
        await office.post(f"/meetings/{meeting_id}/votes", json={"entries": votes})
    ).status_code == 200

    async with broker.channel(committee.base.amqp_url) as chan:
        not_recommended = await broker.tap(chan, ApplicationNotRecommended.routing_key())
        sent_tap = await broker.tap(chan, SentToSeniorCommittee.routing_key())
        confirmed = await office.post(f"/meetings/{meeting_id}/confirm")
        outcome = {c["applicant_name"]: c["status"] for c in confirmed.json()["cases"]}
        assert outcome == {"甲通过": "passed", "乙未过": "failed", "丙未选": "passed"}

        committees = (await office.get("/senior-committees")).json()
        assert committees[0]["name"] == "省建筑工程技术人员高级工程师资格评审委员会"
        choose = {"senior_committee": committees[0]["code"], "case_ids": [cases["乙未过"]]}
        refused = await office.post("/selection", json=choose)
        assert refused.status_code == 409
        assert refused.json()["detail"] == "未通过中评委评审的申报对象不能推荐"
        choose["case_ids"] = [cases["甲通过"]]
        assert (await office.post("/selection", json=choose)).status_code == 200

        key = {"Idempotency-Key": "send-once"}
        body = {"senior_committee": committees[0]["code"]}
        sent = await office.post("/batches/send", json=body, headers=key)
        assert sent.status_code == 201, sent.text
        assert [c["applicant_name"] for c in sent.json()["cases"]] == ["甲通过"]
        assert sent.json()["not_recommended"] == [cases["丙未选"]]
        again = await office.post("/batches/send", json=body, headers=key)
        assert (again.status_code, again.json()["id"]) == (201, sent.json()["id"])
        nothing_left = await office.post("/batches/send", json=body)
        assert nothing_left.status_code == 409

        ours = broker.about(applications["甲通过"])
        [went] = await broker.take(sent_tap, 1, matching=ours)
        assert await broker.queue_is_empty(sent_tap, wait=0.5, matching=ours), "sent twice"
        told = [
            (await broker.take(not_recommended, 1, matching=broker.about(applications[name])))[0]
            for name in ("乙未过", "丙未选")
        ]
    reasons = sorted(Envelope.model_validate_json(m.body).payload["reasons"][0] for m in told)
    assert reasons[0].startswith("中评委评审通过，但未被推荐")
    assert reasons[1].startswith("未通过中评委评审：在册委员 9 人，出席 9 人，赞成 5 票")
    assert Envelope.model_validate_json(went.body).payload["senior_office"]["code"] == SENIOR

    senior = await committee.office(SENIOR)
    pending = (await senior.get("/senior/batches")).json()
    batch = next(b for b in pending if b["id"] == sent.json()["id"])
    roster = await senior.get(f"/senior/batches/{batch['id']}/roster.xlsx")
    sheet = openpyxl.load_workbook(io.BytesIO(roster.content)).active
    assert [c.value for c in sheet[3]][:7] == [
        "序号",
        "姓名",
        "性别",
        "出生日期",
        "身份证号码",
        "工作单位",
        "推荐单位",
    ]
    [case] = batch["cases"]
    assert [c.value for c in sheet[4]] == [
        1,
        "甲通过",
        "男",
        datetime(1985, 3, 12),
        mask_id_number("330106********1234"),
        "某某建设有限公司",
        case["sent_by"]["name"],
        "大学本科",
        "工程技术（建设工程）",
        "建筑工程施工",
        "工程师",
        datetime(2015, 6, 1),
        17,
        "高级工程师",
        datetime(2026, 11, 20),
        9,
        6,
        3,
        0,
        None,
    ]
    received = await senior.post(f"/senior/batches/{batch['id']}/receive")
    assert [c["status"] for c in received.json()["cases"]] == ["senior_received"]
    assert (await senior.get("/senior/batches")).json() == [
        b for b in pending if b["id"] != batch["id"]
    ]
