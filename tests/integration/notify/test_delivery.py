"""Delivery for real: SMTP away and back (an outage uses up no tries), giving up after the
configured tries of a server that refuses, the operator's list and resend; the committee's
refusals and decisions not to recommend."""

import asyncio
import uuid
from datetime import UTC, datetime
from typing import Any

from shared.contracts import (
    ApplicationNotRecommended,
    CommitteeApplicationRejected,
    OrganisationRef,
    StageRef,
)
from shared.contracts.committee import NotRecommendedVerdict
from shared.contracts.vocabulary import Role
from tests.support.mail import text_of
from tests.support.notify import (
    FAST_DELIVERY,
    NotifySystem,
    contact_event,
    department_headers,
    notices,
    operator_headers,
    publish,
    settled,
    smtp_answering_try_later,
)
from tests.support.polling import eventually

CITY_HR = OrganisationRef(
    code="330100.city_hr", name="杭州市人力资源和社会保障局", email="330100.city_hr@example.gov.cn"
)
OFFICE = OrganisationRef(code="mid.3301", name="杭州市建设工程专业中评委办公室", email=None)


def refused_by_office(reason: str = "申报材料不全") -> CommitteeApplicationRejected:
    return CommitteeApplicationRejected(
        application_id=uuid.uuid4(),
        submission=1,
        case_id=uuid.uuid4(),
        stage=StageRef(
            position=4, stage_count=4, role=Role.mid_committee_office, organisation=OFFICE
        ),
        lower_unit=CITY_HR,
        reasons=[reason],
        rejected_at=datetime.now(UTC),
    )


async def _unit_mail_notice(
    system: NotifySystem, application_id: uuid.UUID
) -> dict[str, Any] | None:
    found = await notices(system, application_id, channel="email")
    return next((n for n in found if n["recipient"] == CITY_HR.code), None)


async def test_an_smtp_outage_uses_up_no_tries_and_the_notice_goes_out_once_back(
    system: NotifySystem,
) -> None:
    event = refused_by_office()
    system.smtp.stop()
    await publish(system.amqp_url, event, sequence=7)

    async def tried() -> dict[str, Any] | None:
        notice = await _unit_mail_notice(system, event.application_id)
        return notice if notice and notice["last_error"] else None

    failing = await eventually(tried, what="a try that found no server")
    first_try_at = failing["next_attempt_at"]
    # longer than max_attempts tries would take: an outage uses up none of them
    await asyncio.sleep(FAST_DELIVERY["max_attempts"] * FAST_DELIVERY["retry_base_seconds"] * 2)
    waiting = await _unit_mail_notice(system, event.application_id)
    assert waiting is not None
    assert waiting["status"] == "pending", "an SMTP outage left the notice failed"
    assert waiting["attempts"] <= 1  # 1 only while a try is on its way
    assert waiting["next_attempt_at"] != first_try_at, "it stopped trying"
    assert "Connect" in waiting["last_error"]
    system.smtp.start()

    delivered = await eventually(
        lambda: _status(system, event.application_id, "sent"), what="sent once back"
    )
    assert delivered["attempts"] == 1
    [mail] = [
        m for m in system.smtp.mails_about(str(event.application_id)) if m["To"] == CITY_HR.email
    ]
    assert "被杭州市建设工程专业中评委办公室不予接收" in text_of(mail)


async def _status(system: NotifySystem, application_id: uuid.UUID, status: str) -> Any:
    notice = await _unit_mail_notice(system, application_id)
    return notice if notice and notice["status"] == status else None


async def test_after_the_configured_tries_a_notice_is_failed_listed_and_can_be_resent(
    system: NotifySystem,
) -> None:
    event = refused_by_office("职称外语成绩不符合要求")
    async with smtp_answering_try_later(system):
        await publish(system.amqp_url, event, sequence=3)
        failed = await eventually(
            lambda: _status(system, event.application_id, "failed"), within=20, what="given up"
        )
    assert failed["attempts"] == FAST_DELIVERY["max_attempts"]
    assert failed["status_label"] == "发送失败"
    assert failed["last_error"].startswith("421")

    listed = await system.notify.get(
        "/notices", params={"status": "failed", "limit": 200}, headers=operator_headers()
    )
    assert listed.status_code == 200
    assert failed["id"] in [n["id"] for n in listed.json()["items"]]
    assert listed.json()["counts"]["failed"] >= 1

    system.smtp.start()
    operator_id = uuid.uuid4()
    resent = await system.notify.post(
        f"/notices/{failed['id']}/resend", headers=operator_headers(operator_id)
    )
    assert resent.status_code == 200, resent.text
    assert resent.json()["status"] == "pending"
    audit = await system.notify.get(
        "/audit", params={"action": "notice.resend"}, headers=operator_headers()
    )
    assert audit.status_code == 200, audit.text
    [record] = [r for r in audit.json()["items"] if r["target"] == failed["id"]]
    assert record["actor"] == str(operator_id)
    sent = await eventually(lambda: _status(system, event.application_id, "sent"), what="resent")
    assert sent["attempts"] == 1
    mails = system.smtp.mails_about(str(event.application_id))
    assert [m["To"] for m in mails] == [CITY_HR.email]

    again = await system.notify.post(f"/notices/{failed['id']}/resend", headers=operator_headers())
    assert again.status_code == 409
    audit = await system.notify.get(
        "/audit", params={"action": "notice.resend"}, headers=operator_headers()
    )
    assert [r for r in audit.json()["items"] if r["target"] == failed["id"]] == [record]
    missing = await system.notify.post(
        f"/notices/{uuid.uuid4()}/resend", headers=operator_headers()
    )
    assert missing.status_code == 404


async def test_a_decision_not_to_recommend_tells_the_applicant_and_the_unit_that_sent_it(
    system: NotifySystem,
) -> None:
    event = ApplicationNotRecommended(
        application_id=uuid.uuid4(),
        submission=2,
        case_id=uuid.uuid4(),
        office=OFFICE,
        lower_unit=CITY_HR,
        reasons=["赞成票未达到出席评委人数的三分之二"],
        decided_at=datetime.now(UTC),
        verdict=NotRecommendedVerdict.failed,
    )
    await publish(system.amqp_url, contact_event(event.application_id, submission=2), sequence=1)
    await publish(system.amqp_url, event, sequence=9)
    found = await settled(system, event.application_id, count=4)
    assert {n["kind"] for n in found} == {"not_recommended"}
    mails = {m["To"]: text_of(m) for m in system.smtp.mails_about(str(event.application_id))}
    assert set(mails) == {"zhang3@example.com", CITY_HR.email}
    assert "未通过中评委评审（评审会由" in mails["zhang3@example.com"]
    assert "未被推荐" not in mails["zhang3@example.com"], "it says which of the two happened"
    assert "赞成票未达到出席评委人数的三分之二" in mails[CITY_HR.email]


async def test_the_operator_api_answers_only_the_operator(system: NotifySystem) -> None:
    assert (await system.notify.get("/notices")).status_code == 401
    department = department_headers("330100.city_hr")
    assert (await system.notify.get("/notices", headers=department)).status_code == 403
    assert (await system.notify.get("/messages", headers=operator_headers())).status_code == 403


async def test_a_refusal_mails_the_unit_at_notifys_own_address_not_the_events(
    system: NotifySystem,
) -> None:
    """The unit's address comes from notify's copy of review's directory: an event naming
    another address (a forged or stale one) cannot send the refusal elsewhere."""
    event = refused_by_office().model_copy(
        update={"lower_unit": CITY_HR.model_copy(update={"email": "collect@evil.example"})}
    )
    await publish(system.amqp_url, contact_event(event.application_id, submission=1), sequence=1)
    await publish(system.amqp_url, event, sequence=9)
    await settled(system, event.application_id, count=4)
    mails = {m["To"] for m in system.smtp.mails_about(str(event.application_id))}
    assert mails == {"zhang3@example.com", CITY_HR.email}
