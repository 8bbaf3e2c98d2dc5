"""Notify's handlers on the in-memory fake (tests/support/memory.py) behind its real unit of work:
an event becomes the right notices, addressed from notify's own data; the operator resends a
failed notice and is refused for a sent one. No broker, no database server."""

import uuid

import pytest
from sqlalchemy import select

from services.notify.commands import KeepContact, ResendNotice
from services.notify.domain.notices import APPLICANT, Channel, Contact, Kind, Status
from services.notify.domain.refusals import NoticeNotFound, NotResendable
from services.notify.handlers.events import keep_contact, tell_outcome
from services.notify.handlers.operator import resend_notice
from services.notify.models import audit, notice
from tests.unit.notify.fake import (
    CONTACT,
    COUNTY,
    COUNTY_MAIL,
    NOW,
    RENDERER,
    Factory,
    failed_notice,
    notices_of,
    refused,
    transaction,
    with_directory,
)


async def test_a_refusal_becomes_the_applicants_and_the_lower_units_notices(
    uow_factory: Factory,
) -> None:
    await with_directory(uow_factory)
    command = refused()
    outcome = command.outcome
    async with transaction(uow_factory) as uow:
        await keep_contact(uow, KeepContact(outcome.application_id, 1, CONTACT, NOW), RENDERER)
        await tell_outcome(uow, command, RENDERER)

    found = await notices_of(uow_factory, outcome.application_id)
    assert set(found) == {
        (APPLICANT, Channel.sms),
        (APPLICANT, Channel.email),
        (COUNTY.code, Channel.email),
        (COUNTY.code, Channel.inbox),
    }
    assert found[APPLICANT, Channel.sms]["address"] == CONTACT.phone
    assert found[APPLICANT, Channel.email]["address"] == CONTACT.email
    assert found[APPLICANT, Channel.sms]["status"] == Status.pending
    # the unit's address is notify's own (review's directory), not the event's
    assert found[COUNTY.code, Channel.email]["address"] == COUNTY_MAIL
    assert found[COUNTY.code, Channel.email]["recipient_name"] == COUNTY.name
    inbox = found[COUNTY.code, Channel.inbox]
    assert (inbox["status"], inbox["sent_at"]) == (Status.sent, NOW)
    assert "现从事专业在四张表中不一致" in found[APPLICANT, Channel.email]["body"]
    assert all(n["attempts"] == 0 and n["kind"] == Kind.disagreed for n in found.values())

    # the same event heard again adds nothing
    async with transaction(uow_factory) as uow:
        await tell_outcome(uow, command, RENDERER)
    assert len(await notices_of(uow_factory, outcome.application_id)) == 4


async def test_the_applicants_notices_wait_for_the_contact_and_a_unit_unknown_gets_no_mail(
    uow_factory: Factory,
) -> None:
    command = refused()
    application = command.outcome.application_id
    async with transaction(uow_factory) as uow:
        await tell_outcome(uow, command, RENDERER)
    waiting = await notices_of(uow_factory, application)
    assert waiting[APPLICANT, Channel.sms]["status"] == Status.awaiting_contact
    assert waiting[APPLICANT, Channel.sms]["body"] is None
    assert waiting[COUNTY.code, Channel.email]["status"] == Status.skipped  # no address known

    no_mail = Contact("张三", "13812345678", None)
    async with transaction(uow_factory) as uow:
        await keep_contact(uow, KeepContact(application, 1, no_mail, NOW), RENDERER)
    addressed = await notices_of(uow_factory, application)
    sms = addressed[APPLICANT, Channel.sms]
    assert (sms["status"], sms["address"], sms["recipient_name"]) == (
        Status.pending,
        no_mail.phone,
        "张三",
    )
    assert "张三" in sms["body"]
    assert addressed[APPLICANT, Channel.email]["status"] == Status.skipped


async def _audited(factory: Factory) -> list[tuple[str, str, str | None]]:
    async with factory() as uow:
        rows = await uow.session.execute(select(audit.c.actor, audit.c.target, audit.c.source))
        return [tuple(r) for r in rows]


async def test_the_operator_resends_a_failed_notice_and_the_resend_is_recorded(
    uow_factory: Factory,
) -> None:
    failed = await failed_notice(uow_factory)
    operator = uuid.uuid4()
    async with transaction(uow_factory) as uow:
        await resend_notice(uow, ResendNotice(failed, operator, "10.0.0.9"))
    async with uow_factory() as uow:
        row = (await uow.session.execute(select(notice).where(notice.c.id == failed))).one()
    assert (row.status, row.attempts, row.next_attempt_at) == (Status.pending, 0, NOW)
    assert await _audited(uow_factory) == [(str(operator), str(failed), "10.0.0.9")]


async def test_a_sent_notice_is_not_resent_and_the_refusal_leaves_no_record(
    uow_factory: Factory,
) -> None:
    command = refused()
    async with transaction(uow_factory) as uow:
        await tell_outcome(uow, command, RENDERER)
    inbox = (await notices_of(uow_factory, command.outcome.application_id))[
        COUNTY.code, Channel.inbox
    ]
    with pytest.raises(NotResendable) as refusal:
        async with transaction(uow_factory) as uow:
            await resend_notice(uow, ResendNotice(inbox["id"], uuid.uuid4()))
    assert (refusal.value.status, refusal.value.text) == (409, "只有发送失败的通知可以重新发送")
    with pytest.raises(NoticeNotFound) as missing:
        async with transaction(uow_factory) as uow:
            await resend_notice(uow, ResendNotice(uuid.uuid4(), uuid.uuid4()))
    assert (missing.value.status, missing.value.text) == (404, "通知不存在")
    assert await _audited(uow_factory) == []
    after = (await notices_of(uow_factory, command.outcome.application_id))[
        COUNTY.code, Channel.inbox
    ]
    assert after["status"] == Status.sent
