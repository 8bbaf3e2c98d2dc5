"""After a bad night: a message that failed every try sits in its dead-letter queue; the operator
lists it, fixes the cause and replays it with deploy/dead_letters.py, and its effect (notify's
notices) happens once, however often the message arrives afterwards."""

import asyncio
import os
import sys
import uuid
from datetime import UTC, datetime

import aio_pika
from prometheus_client import REGISTRY
from sqlalchemy import text

from deploy.dead_letters import dead_letters, replay
from shared.contracts import CommitteeApplicationRejected, Envelope
from shared.messaging import dead_letter_queue_name, queue_name
from tests.integration.notify.test_delivery import refused_by_office
from tests.support.notify import NotifySystem, notices, publish
from tests.support.polling import eventually

QUEUE = queue_name("notify", CommitteeApplicationRejected)  # notify.application_rejected

# the cause: the database refuses new notices (as a broken migration or a full disk would);
# reads and the delivery loop go on
REFUSE = (
    "create function refuse_notices() returns trigger language plpgsql as "
    "$$ begin raise exception 'notices refused for this test'; end $$",
    "create trigger refuse_notices before insert on notice "
    "for each row execute function refuse_notices()",
)
FIX = ("drop trigger refuse_notices on notice", "drop function refuse_notices()")


async def _execute(system: NotifySystem, statements: tuple[str, ...]) -> None:
    async with system.notify_services.engine.begin() as connection:
        for statement in statements:
            await connection.execute(text(statement))


def _counted(name: str) -> float:
    return REGISTRY.get_sample_value(name, {"queue": QUEUE}) or 0.0


async def _cli(amqp_url: str, *args: str) -> tuple[int, str]:
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "deploy.dead_letters",
        *args,
        env={**os.environ, "AMQP_URL": amqp_url},
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, _ = await process.communicate()
    return process.returncode or 0, out.decode()


async def test_a_dead_letter_replayed_after_the_fix_has_its_effect_once(
    system: NotifySystem,
) -> None:
    dead_lettered_before = _counted("messages_dead_lettered_total")
    event = refused_by_office()
    await _execute(system, REFUSE)
    try:
        envelope = await publish(system.amqp_url, event, sequence=3)
        message_id = str(envelope.message_id)

        async def in_its_dead_letter_queue() -> bool:
            held = await dead_letters(system.amqp_url, QUEUE)
            return any(letter.message_id == message_id for letter in held)

        await eventually(in_its_dead_letter_queue, within=30, what="the message dead-lettered")
    finally:
        await _execute(system, FIX)
    assert await notices(system, event.application_id) == []
    assert _counted("messages_dead_lettered_total") == dead_lettered_before + 1

    status, listed = await _cli(system.amqp_url, "list", QUEUE)
    assert status == 0
    [line] = [line for line in listed.splitlines() if message_id in line]
    assert "ApplicationRejected" in line
    assert str(event.application_id) in line
    # the broker's reason and first death, not the handler's error (that is in the log)
    assert "死信原因 delivery_limit（broker x-death）" in line
    assert f"首次死信 {QUEUE} delivery_limit {datetime.now(UTC).year}-" in line
    assert "notices refused" not in line
    status, shown = await _cli(system.amqp_url, "show", QUEUE, message_id)
    assert status == 0
    assert "committee.application_rejected.v1" in shown  # the routing key it will be replayed on

    replayed = await replay(system.amqp_url, QUEUE, [message_id], by="operator-on-call")
    assert replayed.replayed == [message_id]
    assert not replayed.refused
    assert not replayed.not_found

    async def told() -> list[object]:
        return await notices(system, event.application_id)

    first = await eventually(told, within=15, what="the replayed message's notices")
    assert all(
        letter.message_id != message_id for letter in await dead_letters(system.amqp_url, QUEUE)
    )

    # once: a second replay finds nothing, and the same message arriving again is dropped
    again = await replay(system.amqp_url, QUEUE, [message_id], by="operator-on-call")
    assert again.replayed == []
    assert again.not_found == [message_id]
    duplicates_before = _counted("messages_duplicate_total")
    await publish(system.amqp_url, event, envelope=envelope)
    await eventually(
        lambda: asyncio.sleep(0, _counted("messages_duplicate_total") > duplicates_before),
        what="the duplicate dropped by the inbox",
    )
    later = await notices(system, event.application_id)
    assert sorted(n["id"] for n in later) == sorted(n["id"] for n in first)  # type: ignore[index]


async def _put_in_the_dead_letter_queue(
    amqp_url: str, envelope: Envelope, headers: dict[str, object]
) -> None:
    """What a hand (or a wrong shovel) does: publishes straight into `<queue>.dlq`."""
    connection = await aio_pika.connect(amqp_url)
    async with connection:
        channel = await connection.channel()
        await channel.default_exchange.publish(
            aio_pika.Message(
                envelope.model_dump_json().encode(),
                message_id=str(envelope.message_id),
                headers=headers,  # type: ignore[arg-type]
                delivery_mode=aio_pika.DeliveryMode.PERSISTENT,
            ),
            routing_key=dead_letter_queue_name(QUEUE),
        )


async def test_a_message_the_broker_did_not_dead_letter_from_the_queue_is_not_replayed(
    system: NotifySystem,
) -> None:
    bare, forged = (
        Envelope.wrap(
            refused_by_office(), occurred_at=datetime.now(UTC), correlation_id=uuid.uuid4()
        )
        for _ in range(2)
    )
    await _put_in_the_dead_letter_queue(system.amqp_url, bare, {})
    # an x-death that names another queue: not this queue's dead letter either
    elsewhere = {
        "queue": "review.application_submitted",
        "reason": "rejected",
        "count": 1,
        "exchange": "zhicheng.events",
        "routing-keys": ["committee.application_rejected.v1"],
        "time": datetime.now(UTC).replace(microsecond=0),
    }
    await _put_in_the_dead_letter_queue(system.amqp_url, forged, {"x-death": [elsewhere]})
    ids = [str(bare.message_id), str(forged.message_id)]

    status, listed = await _cli(system.amqp_url, "list", QUEUE)
    assert status == 0
    for message_id in ids:
        [line] = [line for line in listed.splitlines() if message_id in line]
        assert f"无 {QUEUE} 的 x-death 记录（非 broker 转入，不可重放）" in line

    status, out = await _cli(system.amqp_url, "replay", QUEUE, *ids)
    assert status == 1
    assert out.count("未重放") == 2, out
    assert "已重放" not in out
    held = {letter.message_id for letter in await dead_letters(system.amqp_url, QUEUE)}
    assert set(ids) <= held  # still where they were put
    await asyncio.sleep(1)
    for envelope in (bare, forged):
        assert await notices(system, envelope.payload["application_id"]) == []

    # tidy: take them out, so later tests of this queue see only their own
    connection = await aio_pika.connect(system.amqp_url)
    async with connection:
        channel = await connection.channel()
        dlq = await channel.declare_queue(dead_letter_queue_name(QUEUE), passive=True)
        while (message := await dlq.get(no_ack=False, fail=False, timeout=5)) is not None:
            if message.message_id in ids:
                await message.ack()  # the others go back when the channel closes
