"""全部重发 after the mail server refused for a while (an outage alone leaves nothing failed):
every failed notice is queued again once, each is delivered once, and only the operator may ask."""

import uuid
from typing import Any

from sqlalchemy import select, update

from services.notify.commands import SendPhoneCode
from services.notify.domain.notices import Heard
from services.notify.handlers.events import send_phone_code
from services.notify.models import notice
from shared.contracts import PhoneCodeRequested
from tests.integration.notify.test_delivery import CITY_HR, refused_by_office
from tests.support.mail import text_of
from tests.support.notify import (
    NotifySystem,
    department_headers,
    notices,
    operator_headers,
    publish,
    smtp_answering_try_later,
)
from tests.support.polling import eventually


async def _unit_mail(system: NotifySystem, application_id: uuid.UUID, status: str) -> Any:
    found = await notices(system, application_id, channel="email")
    mine = [n for n in found if n["recipient"] == CITY_HR.code and n["status"] == status]
    return mine[0] if mine else None


async def test_after_an_outage_every_failed_notice_is_resent_and_each_arrives_once(
    system: NotifySystem,
) -> None:
    events = [refused_by_office(reason) for reason in ("申报材料不全", "继续教育学时不足")]
    async with smtp_answering_try_later(system):
        for number, event in enumerate(events, start=11):
            await publish(system.amqp_url, event, sequence=number)
        for event in events:
            await eventually(
                lambda e=event: _unit_mail(system, e.application_id, "failed"),
                within=20,
                what="given up while the server refuses",
            )
    assert all(not system.smtp.mails_about(str(e.application_id)) for e in events)

    system.smtp.start()
    operator_id = uuid.uuid4()
    answer = await system.notify.post(
        "/notices/resend-failed",
        json={"channel": "email"},
        headers=operator_headers(operator_id),
    )
    assert answer.status_code == 200, answer.text
    assert answer.json()["queued"] >= len(events)
    # who asked, when, from where, for which channel: one record
    audit = await system.notify.get(
        "/audit", params={"action": "notice.resend_failed"}, headers=operator_headers()
    )
    assert audit.status_code == 200, audit.text
    [record] = [r for r in audit.json()["items"] if r["actor"] == str(operator_id)]
    assert record["target"] == "email"
    assert record["source"] == "127.0.0.1"  # the ASGI test client's address
    assert record["at"]
    # they are pending now: asking again queues none of them a second time
    again = await system.notify.post("/notices/resend-failed", json={}, headers=operator_headers())
    assert again.status_code == 200
    assert again.json()["queued"] == 0

    for event in events:
        sent = await eventually(
            lambda e=event: _unit_mail(system, e.application_id, "sent"), what="resent"
        )
        assert sent["attempts"] == 1
        mails = system.smtp.mails_about(str(event.application_id))
        assert [m["To"] for m in mails] == [CITY_HR.email]
        assert "被杭州市建设工程专业中评委办公室不予接收" in text_of(mails[0])


async def test_only_the_operator_resends_every_failed_notice(system: NotifySystem) -> None:
    anonymous = await system.notify.post("/notices/resend-failed", json={})
    assert anonymous.status_code == 401
    department = await system.notify.post(
        "/notices/resend-failed", json={}, headers=department_headers(CITY_HR.code)
    )
    assert department.status_code == 403
    unknown = await system.notify.post(
        "/notices/resend-failed", json={"channel": "pigeon"}, headers=operator_headers()
    )
    assert unknown.status_code == 422


async def test_a_failed_sms_code_is_not_sent_again_in_bulk(system: NotifySystem) -> None:
    """A code lasts minutes: after an outage the applicant asks for a new one."""
    request_id = uuid.uuid4()
    command = SendPhoneCode(
        heard=Heard(uuid.uuid4(), PhoneCodeRequested.routing_key(), request_id),
        request_id=request_id,
        phone="13800005678",
        code="246810",
        purpose="register",
        valid_minutes=10,
    )
    services = system.notify_services
    async with services.uow_factory() as uow:
        await send_phone_code(uow, command, services.renderer)
        await uow.session.execute(
            update(notice).where(notice.c.application_id == request_id).values(status="failed")
        )
        await uow.commit()
    answer = await system.notify.post(
        "/notices/resend-failed", json={"channel": "sms"}, headers=operator_headers()
    )
    assert answer.status_code == 200, answer.text
    async with services.uow_factory() as uow:
        status = await uow.session.scalar(
            select(notice.c.status).where(notice.c.application_id == request_id)
        )
    assert status == "failed"
