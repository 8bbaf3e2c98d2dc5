"""A database that is away is not a poison message; a poison message holds up nobody.

The probe service's database is reached through a TCP proxy: stopping the proxy is an outage
for the probe only (the shared PostgreSQL server is never touched)."""

import asyncio
import uuid
from datetime import UTC, datetime

import pytest
from aio_pika.abc import AbstractChannel

from shared.contracts import Envelope
from shared.messaging import dead_letter_queue_name, queue_name
from tests.integration.messaging.conftest import events, through
from tests.integration.messaging.probe import Pinged, Probe, probe_service
from tests.support import broker
from tests.support.infra import Databases
from tests.support.logs import LogRecorder
from tests.support.polling import eventually
from tests.support.tcp_proxy import TcpProxy

pytestmark = pytest.mark.database_faults


def _envelope(text: str) -> Envelope:
    return Envelope.wrap(
        Pinged(text=text), occurred_at=datetime.now(UTC), correlation_id=uuid.uuid4()
    )


async def _ping(chan: AbstractChannel, text: str) -> Envelope:
    envelope = _envelope(text)
    await broker.publish_raw(
        chan,
        Pinged.routing_key(),
        envelope.model_dump_json().encode(),
        message_id=str(envelope.message_id),
    )
    return envelope


async def _depth(chan: AbstractChannel, queue: str) -> int:
    declared = await chan.declare_queue(queue, passive=True)
    count = declared.declaration_result.message_count
    return int(count or 0)


async def test_a_database_outage_dead_letters_nothing_and_counts_no_delivery(
    amqp_url: str, databases: Databases, database_proxy: TcpProxy, log_recorder: LogRecorder
) -> None:
    url = through(await databases.create("outage"), database_proxy)
    async with probe_service(url, amqp_url, delivery_limit=2) as probe:
        worker = probe.worker()
        await worker.start()
        try:
            async with broker.channel(amqp_url) as chan:
                await _ping(chan, "before")
                await eventually(lambda: _notes_are(probe, ["before"]), what="first ping")
                await database_proxy.stop()
                during = [f"during {i}" for i in range(30)]
                for text in during:
                    await _ping(chan, text)
                # the old consumer burnt a delivery limit of 2 in about a second
                await asyncio.sleep(8)
                dlq = dead_letter_queue_name(queue_name(probe.name, Pinged))
                assert await _depth(chan, dlq) == 0
                await database_proxy.start()
                await eventually(
                    lambda: _notes_are(probe, ["before", *during]),
                    within=40,
                    what="every ping handled once after the outage",
                )
                assert await _depth(chan, dlq) == 0
                assert await _depth(chan, queue_name(probe.name, Pinged)) == 0
        finally:
            await worker.stop()
    assert events(log_recorder, "message_failed") == []
    assert len(events(log_recorder, "consumer_paused_database_unavailable")) == 1
    assert len(events(log_recorder, "consumer_resumed_database_available")) == 1


async def test_poison_messages_do_not_delay_the_good_ones_behind_them(
    amqp_url: str, databases: Databases
) -> None:
    """One consumer slot: the old consumer slept 0.5 + 1 + 2 s in it per poison message, so 20
    of them held up the good ones for 70 s on any machine. Without the sleeps the 60 failed
    deliveries cost about three times the work of the 20 good messages; the bound allows six
    times what the good messages alone took here and now, plus 5 s."""
    async with probe_service(
        await databases.create("poison"), amqp_url, delivery_limit=3, prefetch=1
    ) as probe:
        worker = probe.worker()
        await worker.start()
        try:
            async with broker.channel(amqp_url) as chan:
                alone = await _delays(probe, chan, [f"alone {i}" for i in range(20)], poison=0)
                baseline = max(alone.values())
                mixed = await _delays(probe, chan, [f"mixed {i}" for i in range(20)], poison=20)
                dlq = await chan.get_queue(dead_letter_queue_name(queue_name(probe.name, Pinged)))
                dead = await broker.take(dlq, 20, within=60)
        finally:
            await worker.stop()
    assert [m.headers["x-death"][0]["reason"] for m in dead] == ["delivery_limit"] * 20
    slowest = max(mixed.values())
    assert slowest < 6 * baseline + 5, f"good ones waited {slowest:.1f} s (alone {baseline:.1f} s)"
    assert sorted(await probe.notes()) == sorted([*alone, *mixed])


async def _delays(
    probe: Probe, chan: AbstractChannel, good: list[str], *, poison: int
) -> dict[str, float]:
    """Publishes `good` (a poison message before each of the first `poison`); returns how long
    each good one took from its publication to its effect."""
    loop = asyncio.get_running_loop()
    sent: dict[str, float] = {}
    for i, text in enumerate(good):
        if i < poison:
            await _ping(chan, "boom")
        sent[text] = loop.time()
        await _ping(chan, text)
    handled: dict[str, float] = {}

    async def all_handled() -> bool:
        now = loop.time()
        for text in await probe.notes():
            if text in sent:
                handled.setdefault(text, now)
        return len(handled) == len(sent)

    await eventually(all_handled, within=300, what="every good message handled")
    return {text: handled[text] - sent[text] for text in sent}


@pytest.mark.parametrize("limit", [1, 3])
async def test_a_delivery_limit_of_n_allows_exactly_n_deliveries(
    limit: int, amqp_url: str, databases: Databases, log_recorder: LogRecorder
) -> None:
    async with probe_service(
        await databases.create(f"limit{limit}"), amqp_url, delivery_limit=limit
    ) as probe:
        worker = probe.worker()
        await worker.start()
        try:
            async with broker.channel(amqp_url) as chan:
                boom = await _ping(chan, "boom")
                dlq = await chan.get_queue(dead_letter_queue_name(queue_name(probe.name, Pinged)))
                [dead] = await broker.take(dlq, 1, within=30)
                [death] = dead.headers["x-death"]
                assert death["reason"] == "delivery_limit"
                await _ping(chan, "after")
                await eventually(lambda: _notes_are(probe, ["after"]), what="next message")
        finally:
            await worker.stop()
    failed = [
        line for line in events(log_recorder, "message_failed") if str(boom.message_id) in line
    ]
    assert len(failed) == limit
    assert [("'dead_lettered': True" in line) for line in failed] == [False] * (limit - 1) + [True]


async def _notes_are(probe: Probe, expected: list[str]) -> bool:
    """Each expected note once, in any order (messages in hand are handled concurrently)."""
    return sorted(await probe.notes()) == sorted(expected)
