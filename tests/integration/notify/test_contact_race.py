"""A refusal and the applicant's contact details handled at the same moment, on PostgreSQL:
neither misses the other, so no applicant's notice is left waiting for ever."""

import asyncio
import uuid
from datetime import UTC, datetime

from services.notify.commands import KeepContact, TellOutcome
from services.notify.domain.notices import Contact, Heard, Kind, Outcome
from services.notify.handlers.events import keep_contact, tell_outcome
from tests.support.notify import NotifySystem, notices


async def test_a_refusal_and_the_contact_arriving_together_never_miss_each_other(
    system: NotifySystem,
) -> None:
    services = system.notify_services
    applications = [uuid.uuid4() for _ in range(8)]  # 16 transactions at once: a pool, not a flood

    async def refuse(application_id: uuid.UUID) -> None:
        outcome = Outcome(
            Kind.rejected,
            application_id,
            1,
            None,
            None,
            None,
            None,
            None,
            None,
            ("未能确定报送路线",),
            datetime.now(UTC),
        )
        async with services.uow_factory() as uow:
            command = TellOutcome(
                Heard(uuid.uuid4(), "review.application_rejected.v1", uuid.uuid4()), outcome
            )
            await tell_outcome(uow, command, services.renderer)
            await asyncio.sleep(0.01)  # hold the transaction open a little
            await uow.commit()

    async def provide(application_id: uuid.UUID) -> None:
        contact = Contact("李四", "13900001111", "li4@example.com")
        async with services.uow_factory() as uow:
            await keep_contact(
                uow, KeepContact(application_id, 1, contact, datetime.now(UTC)), services.renderer
            )
            await asyncio.sleep(0.01)
            await uow.commit()

    await asyncio.gather(*(f(a) for a in applications for f in (refuse, provide)))
    for application_id in applications:
        statuses = {n["status"] for n in await notices(system, application_id)}
        assert "awaiting_contact" not in statuses, application_id
