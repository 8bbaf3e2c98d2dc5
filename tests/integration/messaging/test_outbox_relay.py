"""The relay publishes every committed outbox row once the broker can take it: nothing lost."""

import asyncio
import uuid
from collections.abc import Iterator

import pytest

from shared.messaging import OutboxRelay, Publisher, connect
from tests.integration.messaging.conftest import events, proxied
from tests.integration.messaging.probe import Pinged, Probe, tables
from tests.support import broker
from tests.support.infra import close_broker_connections, fresh_vhost
from tests.support.logs import LogRecorder
from tests.support.polling import eventually
from tests.support.tcp_proxy import TcpProxy

pytestmark = pytest.mark.broker_faults


@pytest.fixture(scope="module")
def amqp_url(amqp_url: str) -> Iterator[str]:
    """A vhost of this module's own: a test here has the broker close every connection of its
    vhost, which on the session's vhost would cut the session system's connections too."""
    with fresh_vhost(amqp_url) as url:
        yield url


async def test_row_committed_while_broker_is_down_is_published_when_it_is_back(
    probe: Probe, proxy: TcpProxy, amqp_url: str
) -> None:
    async with broker.channel(amqp_url) as chan:
        tap = await broker.tap(chan, Pinged.routing_key())
        worker = probe.worker(proxied(amqp_url, proxy))
        await worker.start()
        try:
            await proxy.stop()
            [message_id] = await probe.emit("while down")
            await asyncio.sleep(1.5)
            assert await probe.unpublished() == 1
            await proxy.start()
            [message] = await broker.take(tap, 1, within=15)
            assert message.message_id == str(message_id)
            await eventually(lambda: _all_published(probe), what="row marked published")
            assert await broker.queue_is_empty(tap)
            assert await probe.notes() == ["while down"]
        finally:
            await worker.stop()


async def test_relay_and_consumer_carry_on_after_the_broker_closes_their_connection(
    probe: Probe, amqp_url: str
) -> None:
    worker = probe.worker()
    await worker.start()
    try:
        await probe.emit("before")
        await eventually(lambda: _notes_are(probe, ["before"]), what="first ping handled")
        close_broker_connections(amqp_url)
        await probe.emit("after")
        await eventually(
            lambda: _notes_are(probe, ["before", "after"]), within=20, what="ping after close"
        )
    finally:
        await worker.stop()


async def test_service_started_while_broker_is_down_connects_once_it_is_up(
    probe: Probe, proxy: TcpProxy, amqp_url: str
) -> None:
    await proxy.stop()
    worker = probe.worker(proxied(amqp_url, proxy))
    starting = asyncio.create_task(worker.start())
    await probe.emit("queued before the broker came up")
    await asyncio.sleep(1.5)
    assert not starting.done(), "start() must wait for the broker, not fail"
    await proxy.start()
    await asyncio.wait_for(starting, timeout=20)
    try:
        await eventually(
            lambda: _notes_are(probe, ["queued before the broker came up"]),
            within=15,
            what="ping relayed and consumed after late connect",
        )
    finally:
        await worker.stop()


async def test_two_relays_on_postgresql_publish_each_row_exactly_once(
    probe: Probe, amqp_url: str
) -> None:
    await probe.emit(*[f"ping {i}" for i in range(300)])
    async with broker.channel(amqp_url) as chan:
        tap = await broker.tap(chan, Pinged.routing_key())
        connection = await connect(amqp_url)
        try:
            relays = []
            for _ in range(2):
                publisher = Publisher(connection)
                await publisher.open()
                relays.append(_relay(probe, publisher))
            await asyncio.gather(*(_drain(relay) for relay in relays))
        finally:
            await connection.close()
        messages = await broker.take(tap, 300, within=20)
        assert len({m.message_id for m in messages}) == 300
        assert await broker.queue_is_empty(tap)
    assert await probe.unpublished() == 0


def _relay(probe: Probe, publisher: Publisher) -> OutboxRelay:
    from shared.db import session_factory, utc_now

    return OutboxRelay(
        session_factory(probe.engine), tables.outbox, publisher, utc_now, batch_size=7
    )


async def _drain(relay: OutboxRelay) -> None:
    while await relay.relay_batch():
        pass


async def _all_published(probe: Probe) -> bool:
    return await probe.unpublished() == 0


async def _notes_are(probe: Probe, expected: list[str]) -> bool:
    return await probe.notes() == expected


async def test_a_row_nobody_listens_to_does_not_hold_up_the_others(
    probe: Probe, amqp_url: str
) -> None:
    from shared.contracts import Envelope
    from shared.db import session_factory, utc_now
    from tests.integration.messaging.probe import Unheard

    async with probe.uow_factory() as uow:
        for _ in range(3):
            await uow.emit(Unheard(text="nobody listens"), correlation_id=uuid.uuid4())
        await uow.commit()
    await probe.emit("after the unheard ones")
    connection = await connect(amqp_url)
    async with broker.channel(amqp_url) as chan:
        tap = await broker.tap(chan, Pinged.routing_key())
        try:
            publisher = Publisher(connection)
            await publisher.open()
            relay = OutboxRelay(
                session_factory(probe.engine), tables.outbox, publisher, utc_now, batch_size=2
            )
            assert await relay.relay_batch() == 0  # two unheard rows: refused, backed off
            assert await relay.relay_batch() == 1  # the third unheard one, and the ping
        finally:
            await connection.close()
        [message] = await broker.take(tap, 1)
    assert Envelope.model_validate_json(message.body).payload["text"] == "after the unheard ones"
    assert await probe.unpublished() == 3


async def test_a_worker_stops_promptly_even_when_its_broker_is_gone(
    probe: Probe, proxy: TcpProxy, amqp_url: str
) -> None:
    worker = probe.worker(proxied(amqp_url, proxy))
    await worker.start()
    await probe.emit("in flight")
    await proxy.stop()  # the broker vanishes: reconnection attempts are refused from now on
    loop = asyncio.get_running_loop()
    started = loop.time()
    await asyncio.wait_for(worker.stop(), timeout=60)
    assert loop.time() - started < 30


async def test_a_broker_outage_is_logged_once_not_once_per_try(
    probe: Probe, proxy: TcpProxy, amqp_url: str, log_recorder: LogRecorder
) -> None:
    worker = probe.worker(proxied(amqp_url, proxy))
    await worker.start()
    try:
        await proxy.stop()
        await probe.emit(*[f"while down {i}" for i in range(20)])
        await asyncio.sleep(6)  # a dozen relay rounds refused for want of a broker
        await probe.emit("just before it is back")
        await proxy.start()
        await eventually(lambda: _all_published(probe), within=30, what="every row published")
    finally:
        await worker.stop()
    assert events(log_recorder, "outbox_publish_refused") == []
    assert len(events(log_recorder, "outbox_relay_unavailable")) == 1
    assert len(events(log_recorder, "outbox_relay_recovered")) == 1


async def test_a_row_refused_for_long_goes_out_within_seconds_of_its_queue_appearing(
    probe: Probe, amqp_url: str
) -> None:
    from sqlalchemy import update

    from tests.integration.messaging.probe import Unheard

    async with probe.uow_factory() as uow:
        await uow.emit(Unheard(text="heard at last"), correlation_id=uuid.uuid4())
        await uow.commit()
    async with probe.uow_factory() as uow:
        # as if it had been refused ten times already: the old backoff was 5 minutes by now
        await uow.session.execute(update(tables.outbox).values(attempts=10))
        await uow.commit()
    worker = probe.worker()
    await worker.start()
    try:
        await eventually(lambda: _refused_again(probe), what="the row refused once more")
        async with broker.channel(amqp_url) as chan:
            tap = await broker.tap(chan, Unheard.routing_key())  # its binding is back
            [message] = await broker.take(tap, 1, within=15)
        assert b"heard at last" in message.body
        await eventually(lambda: _all_published(probe), what="the row marked published")
    finally:
        await worker.stop()


async def _refused_again(probe: Probe) -> bool:
    from sqlalchemy import select

    async with probe.engine.connect() as connection:
        row = (await connection.execute(select(tables.outbox.c.attempts))).one()
        return int(row.attempts) == 11
