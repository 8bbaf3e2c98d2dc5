"""The consumer wrapper: once-only effects, dead letters for what cannot be handled."""

import time
import uuid
from datetime import UTC, datetime

import pytest
from aio_pika.exceptions import DeliveryError, PublishError

from shared.contracts import Envelope
from shared.messaging import Publisher, connect, dead_letter_queue_name, queue_name
from tests.integration.messaging.probe import Pinged, Probe
from tests.support import broker
from tests.support.polling import eventually


def _envelope(text: str) -> Envelope:
    return Envelope.wrap(
        Pinged(text=text), occurred_at=datetime.now(UTC), correlation_id=uuid.uuid4()
    )


async def test_the_same_message_delivered_twice_has_one_effect(probe: Probe, amqp_url: str) -> None:
    worker = probe.worker()
    await worker.start()
    try:
        envelope = _envelope("once")
        async with broker.channel(amqp_url) as chan:
            for _ in range(2):
                await broker.publish_raw(
                    chan,
                    Pinged.routing_key(),
                    envelope.model_dump_json().encode(),
                    message_id=str(envelope.message_id),
                )
            await broker.publish_raw(chan, Pinged.routing_key(), _body("marker"))
        await eventually(lambda: _has(probe, "marker"), what="marker handled")
        assert await probe.notes() == ["once", "marker"]
    finally:
        await worker.stop()


async def test_malformed_message_goes_to_the_dead_letter_queue_and_the_next_is_handled(
    probe: Probe, amqp_url: str
) -> None:
    worker = probe.worker()
    await worker.start()
    try:
        async with broker.channel(amqp_url) as chan:
            await broker.publish_raw(chan, Pinged.routing_key(), b"{not json", message_id="bad-1")
            wrong_payload = _envelope("x").model_copy(update={"payload": {"unexpected": 1}})
            await broker.publish_raw(
                chan,
                Pinged.routing_key(),
                wrong_payload.model_dump_json().encode(),
                message_id="bad-2",
            )
            await broker.publish_raw(chan, Pinged.routing_key(), _body("good"))
            await eventually(lambda: _has(probe, "good"), what="good message handled")
            dlq = await chan.get_queue(dead_letter_queue_name(queue_name(probe.name, Pinged)))
            dead = await broker.take(dlq, 2)
            assert sorted(m.message_id for m in dead) == ["bad-1", "bad-2"]
        assert await probe.notes() == ["good"]
    finally:
        await worker.stop()


async def test_a_handler_that_keeps_failing_is_dead_lettered_after_the_delivery_limit(
    probe: Probe, amqp_url: str
) -> None:
    worker = probe.worker()
    await worker.start()
    try:
        async with broker.channel(amqp_url) as chan:
            await broker.publish_raw(chan, Pinged.routing_key(), _body("boom"), message_id="boom-1")
            await broker.publish_raw(chan, Pinged.routing_key(), _body("after boom"))
            dlq = await chan.get_queue(dead_letter_queue_name(queue_name(probe.name, Pinged)))
            [dead] = await broker.take(dlq, 1, within=30)
            assert dead.message_id == "boom-1"
            [death] = dead.headers["x-death"]
            assert death["reason"] == "delivery_limit"
            await eventually(lambda: _has(probe, "after boom"), what="next message handled")
        assert await probe.notes() == ["after boom"]
    finally:
        await worker.stop()


async def test_an_unroutable_message_is_an_error_not_a_silent_success(amqp_url: str) -> None:
    connection = await connect(amqp_url)
    try:
        publisher = Publisher(connection)
        await publisher.open()
        assert publisher.channel is not None
        assert publisher.channel.publisher_confirms
        envelope = _envelope("nobody listens")
        with pytest.raises((PublishError, DeliveryError)):
            await publisher.publish(
                "nobody.listens.v1", envelope, envelope.model_dump_json().encode()
            )
    finally:
        await connection.close()


def _body(text: str) -> bytes:
    return _envelope(text).model_dump_json().encode()


async def _has(probe: Probe, text: str) -> bool:
    return text in await probe.notes()


async def test_a_queue_declared_with_another_delivery_limit_is_refused_saying_what_to_do(
    amqp_url: str,
) -> None:
    from shared.messaging.topology import QueueMismatch, declare_work_queue

    name = f"old{uuid.uuid4().hex[:8]}.pinged"
    async with broker.channel(amqp_url) as chan:
        await declare_work_queue(chan, name, [Pinged.routing_key()], delivery_limit=6)
    async with broker.channel(amqp_url) as chan:  # as the old code declared a limit of 5
        with pytest.raises(QueueMismatch, match="delete it while it is empty"):
            await declare_work_queue(chan, name, [Pinged.routing_key()], delivery_limit=5)
    async with broker.channel(amqp_url) as chan:
        await chan.queue_delete(name)
        await chan.queue_delete(dead_letter_queue_name(name))


async def test_a_worker_stopped_twice_stops_at_once_the_second_time(probe: Probe) -> None:
    """Whoever stops a worker early (a test, the bench) leaves its owner's stop to come: that
    one must not wait on cancelling consumers the first stop cancelled (5 s a queue before)."""
    worker = probe.worker()
    await worker.start()
    await worker.stop()
    started = time.perf_counter()
    await worker.stop()
    assert time.perf_counter() - started < 1
