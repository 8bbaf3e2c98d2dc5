"""Issue 17: on PostgreSQL a hop waits for a commit, not for a poll. Each commit that staged an
event wakes its service's relay (NOTIFY outbox_message), so with the safety poll set to a minute
a submission still reaches the county's inbox within seconds — twice, so that the relay's first
round at start-up cannot be what carried it."""

import asyncio

from tests.support.applications import application_body, submitted
from tests.support.departments import arrived, department
from tests.support.infra import Databases, fresh_vhost
from tests.support.system import running_system

SAFETY_POLL = 60.0
WITHIN = 10.0  # far below the poll: only a wake-up explains an arrival this soon


async def test_a_submission_reaches_the_first_inbox_without_waiting_for_a_poll(
    amqp_url: str, databases: Databases
) -> None:
    # a vhost of its own: two intakes on one vhost would share (and split) their queues
    with fresh_vhost(amqp_url) as vhost:
        async with running_system(
            vhost, databases, relay_safety_poll_seconds=SAFETY_POLL
        ) as system:
            county = await department(system, "330106.county_hr")
            await asyncio.sleep(1)  # both relays are past their first round
            loop = asyncio.get_running_loop()
            for serial, name in (("941", "醒一"), ("942", "醒二")):
                started = loop.time()
                application_id = await submitted(
                    system.intake, application_body(serial=serial, name=name)
                )
                await arrived(county, "personal", application_id)
                took = loop.time() - started
                assert took < WITHIN, f"{name} took {took:.1f} s: the relay waited for its poll"
