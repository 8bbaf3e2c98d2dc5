"""A refusal reaches the applicant (SMS, e-mail) and the lower unit that sent the case up
(e-mail, in-system message), once each, however often the event is delivered."""

import json
from typing import Any

from shared.contracts import ApplicationRejected, Envelope
from tests.support import broker
from tests.support.departments import arrived, department, submit_to_review, submitted_event
from tests.support.mail import text_of
from tests.support.notify import (
    NotifySystem,
    contact_event,
    department_headers,
    notices,
    publish,
    settled,
    sms_files,
)
from tests.support.polling import eventually

COUNTY_HR = "330122.county_hr"
CITY_BUREAU = "330100.city_bureau"
REASON = "现从事专业在四张表中不一致"


async def _forwarded_to_city_bureau(system: NotifySystem, application_id: str) -> str:
    """Walks the case through 桐庐县人社局 to 杭州市住建局; returns its case id there."""
    county = await department(system, COUNTY_HR)
    row = await arrived(county, "personal", application_id)
    for action, body in (
        ("receive", None),
        ("paper-check", {}),
        ("opinion", {"decision": "agree", "signer": "甲"}),
        ("forward", None),
    ):
        assert (await county.post(f"/cases/{row['case_id']}/{action}", json=body)).is_success
    city = await department(system, CITY_BUREAU)
    return str((await arrived(city, "unit", application_id))["case_id"])


async def _refused(system: NotifySystem, organisation: str, case_id: str, reason: str) -> bytes:
    """Refuses the case as `organisation`; returns the ApplicationRejected as review sent it."""
    dept = await department(system, organisation)
    async with broker.channel(system.amqp_url) as chan:
        tap = await broker.tap(chan, ApplicationRejected.routing_key())
        response = await dept.post(f"/cases/{case_id}/refuse", json={"reason": reason})
        assert response.status_code == 200, response.text
        [message] = await broker.take(tap, 1)
    return message.body


def _by_channel(found: list[dict[str, Any]]) -> dict[tuple[str, str], dict[str, Any]]:
    return {(n["recipient"], n["channel"]): n for n in found}


async def test_refusal_at_city_bureau_notifies_county_hr_and_applicant_once_each(
    system: NotifySystem,
) -> None:
    application_id = await submit_to_review(system, submitted_event(region_code="330122"))
    case_id = await _forwarded_to_city_bureau(system, application_id)
    body = await _refused(system, CITY_BUREAU, case_id, REASON)
    envelope = Envelope.model_validate_json(body)
    event = ApplicationRejected.model_validate(envelope.payload)
    await publish(system.amqp_url, event, envelope=envelope, times=2)  # delivered three times

    # the contact details have not come yet: the applicant's notices wait for them
    waiting = await settled(
        system, application_id, count=4, done=lambda n: n["status"] != "pending"
    )
    assert {n["status"] for n in waiting if n["recipient"] == "applicant"} == {"awaiting_contact"}
    await publish(system.amqp_url, contact_event(application_id), sequence=1)

    found = _by_channel(await settled(system, application_id, count=4))
    assert set(found) == {
        ("applicant", "sms"),
        ("applicant", "email"),
        (COUNTY_HR, "email"),
        (COUNTY_HR, "inbox"),
    }
    assert all(n["status"] == "sent" for n in found.values())
    assert found[("applicant", "sms")]["address_masked"] == "138****5678"

    mails = system.smtp.mails_about(application_id)
    assert sorted(str(m["To"]) for m in mails) == [
        f"{COUNTY_HR}@example.gov.cn",
        "zhang3@example.com",
    ]
    for mail in mails:
        recipient = "applicant" if mail["To"] == "zhang3@example.com" else COUNTY_HR
        notice_id = found[(recipient, "email")]["id"]
        assert mail["Message-ID"] == f"<{notice_id}@notify.zhicheng.local>"
        assert REASON in text_of(mail)
        assert "杭州市住房和城乡建设局" in text_of(mail)
    [sms] = [p for p in sms_files(system) if application_id in p.read_text()]
    assert sms.stem == found[("applicant", "sms")]["id"]
    assert "被杭州市住房和城乡建设局不予接收" in json.loads(sms.read_text())["text"]

    # a fourth delivery, later, still changes nothing
    await publish(system.amqp_url, event, envelope=envelope)
    await _quiet(system, application_id)
    assert len(system.smtp.mails_about(application_id)) == 2
    assert len([p for p in sms_files(system) if application_id in p.read_text()]) == 1
    assert len(await notices(system, application_id)) == 4


async def _quiet(system: NotifySystem, application_id: str) -> None:
    """Waits until notify has handled everything queued for it and a few delivery rounds ran."""
    queue = "notify.application_rejected"

    async def drained() -> bool:
        async with broker.channel(system.amqp_url) as chan:
            declared = await chan.declare_queue(queue, passive=True)
            return declared.declaration_result.message_count == 0

    await eventually(drained, what=f"{queue} drained")
    await eventually(lambda: _rounds(system, 3), what="three delivery rounds")


async def _rounds(system: NotifySystem, count: int) -> bool:
    for _ in range(count):
        await system.notify_worker.delivery.deliver_due()
    return True


async def test_the_lower_unit_reads_its_message_in_its_own_list_and_marks_it_read(
    system: NotifySystem,
) -> None:
    application_id = await submit_to_review(system, submitted_event(region_code="330122"))
    await publish(system.amqp_url, contact_event(application_id, email=None), sequence=1)
    case_id = await _forwarded_to_city_bureau(system, application_id)
    await _refused(system, CITY_BUREAU, case_id, REASON)
    found = _by_channel(await settled(system, application_id, count=4))
    assert found[("applicant", "email")]["status"] == "skipped"  # no address: SMS only

    county = await department(system, COUNTY_HR)
    inbox = await system.notify.get("/messages", params={"unread": True}, headers=county.headers)
    assert inbox.status_code == 200, inbox.text
    [message] = [m for m in inbox.json()["items"] if m["application_id"] == application_id]
    assert message["read"] is False
    assert "张三" in message["subject"]
    assert REASON in message["body"]

    other = department_headers(CITY_BUREAU)
    assert (await system.notify.get(f"/messages/{message['id']}", headers=other)).status_code == 404
    assert (
        await system.notify.post(f"/messages/{message['id']}/read", headers=other)
    ).status_code == 404

    read = await system.notify.post(f"/messages/{message['id']}/read", headers=county.headers)
    assert read.status_code == 200
    assert read.json()["read"] is True
    unread = await system.notify.get("/messages", params={"unread": True}, headers=county.headers)
    assert message["id"] not in [m["id"] for m in unread.json()["items"]]
    everything = await system.notify.get("/messages", headers=county.headers)
    assert message["id"] in [m["id"] for m in everything.json()["items"]]


async def test_a_refusal_at_the_first_stage_tells_only_the_applicant(
    system: NotifySystem,
) -> None:
    application_id = await submit_to_review(system, submitted_event(region_code="330122"))
    await publish(system.amqp_url, contact_event(application_id), sequence=1)
    county = await department(system, COUNTY_HR)
    row = await arrived(county, "personal", application_id)
    await _refused(system, COUNTY_HR, row["case_id"], "照片不清晰")

    found = _by_channel(await settled(system, application_id, count=2))
    assert set(found) == {("applicant", "sms"), ("applicant", "email")}
    await _quiet(system, application_id)
    assert len(await notices(system, application_id)) == 2
    [mail] = system.smtp.mails_about(application_id)
    assert mail["To"] == "zhang3@example.com"
    assert "桐庐县人力资源和社会保障局" in text_of(mail)
    assert "第1个审核环节" in text_of(mail)
