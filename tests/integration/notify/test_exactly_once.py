"""A worker killed mid-send: the notice's lease runs out, another worker tries again under the
same idempotency key, and a provider that honours it delivers the SMS once."""

import asyncio
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from services.notify import bootstrap
from services.notify.commands import KeepContact, TellOutcome
from services.notify.domain.notices import Contact, Heard, Kind, Outcome, Unit
from services.notify.handlers.events import keep_contact, tell_outcome
from services.notify.models import notice
from tests.support.infra import Databases
from tests.support.mail import SmtpServer
from tests.support.notify import notify_settings
from tests.support.polling import eventually
from tests.support.sms import GATEWAY_KEY, GATEWAY_SECRET, Gateway, serving


def _outcome() -> Outcome:
    return Outcome(
        kind=Kind.rejected,
        application_id=uuid.uuid4(),
        submission=1,
        case_id=uuid.uuid4(),
        decided_by=Unit("330122.county_hr", "桐庐县人力资源和社会保障局", None),
        role="county_hr",
        position=1,
        stage_count=4,
        lower_unit=None,
        reasons=("照片不清晰",),
        decided_at=datetime.now(UTC),
    )


async def _sms_notice(services: bootstrap.NotifyServices, application_id: uuid.UUID) -> Any:
    async with services.uow_factory() as uow:
        query = select(notice).where(
            notice.c.application_id == application_id, notice.c.channel == "sms"
        )
        return (await uow.session.execute(query)).one()


async def test_a_worker_killed_after_the_gateway_accepted_sends_no_second_sms(
    databases: Databases, notify_amqp_url: str, smtp: SmtpServer, tmp_path: Path
) -> None:
    gateway = Gateway(hold=asyncio.Event())
    async with serving(gateway) as url:
        settings = await notify_settings(
            databases,
            notify_amqp_url,
            smtp,
            tmp_path,
            sms_provider="gateway",
            sms_gateway_url=url,
            sms_gateway_key=GATEWAY_KEY,
            sms_gateway_secret=GATEWAY_SECRET,
            lease_seconds=1.5,
            send_timeout_seconds=10.0,
        )
        services = await bootstrap.build(settings)
        try:
            await _kill_and_restart(services, gateway)
        finally:
            gateway.hold.set()  # type: ignore[union-attr]
            await services.aclose()


async def _kill_and_restart(services: bootstrap.NotifyServices, gateway: Gateway) -> None:
    outcome = _outcome()
    async with services.uow_factory() as uow:
        contact = Contact("张三", "13812345678", None)
        kept = KeepContact(outcome.application_id, 1, contact, outcome.decided_at)
        await keep_contact(uow, kept, services.renderer)
        command = TellOutcome(
            Heard(uuid.uuid4(), "review.application_rejected.v1", uuid.uuid4()), outcome
        )
        await tell_outcome(uow, command, services.renderer)
        await uow.commit()

    first = asyncio.create_task(bootstrap.delivery_loop(services).run())

    async def accepted() -> bool:
        return len(gateway.delivered) == 1

    await eventually(accepted, what="the gateway accepted the SMS")
    first.cancel()  # the worker dies before it hears the gateway's answer
    await asyncio.gather(first, return_exceptions=True)
    row = await _sms_notice(services, outcome.application_id)
    assert (row.status, row.attempts) == ("pending", 1)

    second = bootstrap.delivery_loop(services)
    running = asyncio.create_task(second.run())
    try:

        async def sent() -> bool:
            return (await _sms_notice(services, outcome.application_id)).status == "sent"

        await eventually(sent, what="sent by the second worker")
    finally:
        second.stop()
        await running
    row = await _sms_notice(services, outcome.application_id)
    assert row.attempts == 2
    assert [r["key"] for r in gateway.requests] == [str(row.id), str(row.id)]
    assert list(gateway.delivered) == [str(row.id)]  # one SMS reached the phone
