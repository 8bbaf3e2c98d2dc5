"""What each service's own broker user may not do (issue 11, point 1), played against the broker
with the users the deployment gives them (shared/messaging/permissions.py): no service publishes
to the dead-letter exchange (it would forge a dead letter, which an operator replays as if its
producer had sent it), and only review hears intake's ApplicantIdentityProvided (the full ID
number): no other user consumes review's queue of it or binds a queue of its own to its key.
Each user still does its own `migrate`: its queues, their bindings, their dead-letter queues."""

from collections.abc import Awaitable, Callable

import aio_pika
import pytest
from aio_pika import ExchangeType
from aio_pika.abc import AbstractChannel
from aiormq.exceptions import ChannelAccessRefused

from shared.contracts import ApplicantIdentityProvided
from shared.messaging import DEAD_LETTER_EXCHANGE, EVENTS_EXCHANGE
from shared.messaging.permissions import SERVICES
from shared.messaging.topology import declare_topology
from tests.support import broker
from tests.support.infra import fresh_vhost, service_amqp_urls
from tests.support.system import RunningSystem

IDENTITY_QUEUE = "review.applicant_identity_provided"
IDENTITY_KEY = ApplicantIdentityProvided.routing_key()


async def _refused(url: str, act: Callable[[AbstractChannel], Awaitable[object]]) -> str:
    """Runs `act` on a channel of the URL's user; the broker's refusal (fails if allowed)."""
    connection = await aio_pika.connect(url)
    try:
        channel = await connection.channel(publisher_confirms=True)
        with pytest.raises(ChannelAccessRefused) as refused:
            await act(channel)
        return str(refused.value)
    finally:
        await connection.close()


async def test_each_service_user_still_declares_its_own_topology(system: RunningSystem) -> None:
    urls = service_amqp_urls(system.amqp_url)
    for service in SERVICES:
        assert await declare_topology(urls[service], service, delivery_limit=5)


@pytest.mark.parametrize("service", SERVICES)
async def test_no_service_publishes_a_dead_letter(system: RunningSystem, service: str) -> None:
    async def publish(channel: AbstractChannel) -> None:
        exchange = await channel.get_exchange(DEAD_LETTER_EXCHANGE)
        await exchange.publish(aio_pika.Message(b"{}"), routing_key=IDENTITY_QUEUE)

    refusal = await _refused(service_amqp_urls(system.amqp_url)[service], publish)
    assert "ACCESS_REFUSED" in refusal
    assert DEAD_LETTER_EXCHANGE in refusal


@pytest.mark.parametrize("service", ["notify", "committee", "intake"])
async def test_only_review_hears_the_full_id_number(system: RunningSystem, service: str) -> None:
    url = service_amqp_urls(system.amqp_url)[service]

    async def consume(channel: AbstractChannel) -> None:
        queue = await channel.get_queue(IDENTITY_QUEUE, ensure=False)
        await queue.consume(lambda message: message.ack())

    async def dead_letters(channel: AbstractChannel) -> None:
        queue = await channel.get_queue(f"{IDENTITY_QUEUE}.dlq", ensure=False)
        await queue.get(fail=False)

    async def bind_own(channel: AbstractChannel) -> None:
        queue = await channel.declare_queue(f"{service}.eavesdrop", exclusive=True)
        await queue.bind(EVENTS_EXCHANGE, routing_key=IDENTITY_KEY)

    async def bind_everything(channel: AbstractChannel) -> None:
        queue = await channel.declare_queue(f"{service}.eavesdrop", exclusive=True)
        await queue.bind(EVENTS_EXCHANGE, routing_key="#")

    assert IDENTITY_QUEUE in await _refused(url, consume)
    assert f"{IDENTITY_QUEUE}.dlq" in await _refused(url, dead_letters)
    assert IDENTITY_KEY in await _refused(url, bind_own)
    assert "ACCESS_REFUSED" in await _refused(url, bind_everything)


async def test_review_itself_may_consume_it(system: RunningSystem) -> None:
    connection = await aio_pika.connect(service_amqp_urls(system.amqp_url)["review"])
    try:
        channel = await connection.channel()
        queue = await channel.get_queue(IDENTITY_QUEUE, ensure=True)
        assert queue.name == IDENTITY_QUEUE
        dlq = await channel.get_queue(f"{IDENTITY_QUEUE}.dlq", ensure=True)
        await dlq.get(fail=False)  # reading its own dead letters: allowed
    finally:
        await connection.close()


@pytest.mark.parametrize("service", ["notify", "committee", "intake"])
async def test_no_service_hears_anothers_dead_letters(system: RunningSystem, service: str) -> None:
    """A dead-lettered ApplicantIdentityProvided goes to the dead-letter exchange with review's
    queue name as its key: binding a queue of one's own to that key is refused too."""

    async def bind_to_reviews_dead_letters(channel: AbstractChannel) -> None:
        queue = await channel.declare_queue(f"{service}.eavesdrop", exclusive=True)
        await queue.bind(DEAD_LETTER_EXCHANGE, routing_key=IDENTITY_QUEUE)

    url = service_amqp_urls(system.amqp_url)[service]
    assert IDENTITY_QUEUE in await _refused(url, bind_to_reviews_dead_letters)


async def test_a_direct_dead_letter_exchange_of_an_earlier_version_is_replaced(
    amqp_url: str,
) -> None:
    """A broker the previous version set up holds the dead-letter exchange as a direct one; the
    first `migrate` makes it the topic exchange, and every dead-letter queue is bound again."""
    with fresh_vhost(amqp_url) as vhost:
        connection = await aio_pika.connect(vhost)
        try:
            channel = await connection.channel()
            old = await channel.declare_exchange(
                DEAD_LETTER_EXCHANGE, ExchangeType.DIRECT, durable=True
            )
            assert old.name == DEAD_LETTER_EXCHANGE
            for service in ("review", "notify"):
                await declare_topology(service_amqp_urls(vhost)[service], service, delivery_limit=5)
            channel = await connection.channel()
            await channel.declare_exchange(DEAD_LETTER_EXCHANGE, ExchangeType.TOPIC, durable=True)
            dead = aio_pika.Message(b"{}", message_id="dead-1")
            exchange = await channel.get_exchange(DEAD_LETTER_EXCHANGE)
            await exchange.publish(dead, routing_key=IDENTITY_QUEUE)  # as the broker would
            dlq = await channel.get_queue(f"{IDENTITY_QUEUE}.dlq")
            [routed] = await broker.take(dlq, 1, within=10)
            assert routed.message_id == "dead-1"
        finally:
            await connection.close()
