"""An event is accepted only from the service that owns it (issue 11, point 1).

Intake's broker user forges review's refusal of a real application in every way the broker
offers: on review's routing key, straight into the consumers' queues through the default
exchange. The broker refuses each; and an envelope that names
another producer than its routing key (as a single-user development broker would let through) is
dead-lettered by every consumer. Afterwards nothing has changed anywhere: the case is where it
was, the applicant's screen says nothing of a refusal, no notice, mail or SMS exists."""

import uuid
from datetime import UTC, datetime

import aio_pika
import pytest
from aiormq.exceptions import ChannelAccessRefused

from shared.contracts import ApplicationRejected, Envelope, OrganisationRef, StageRef
from shared.contracts.vocabulary import Role
from shared.messaging import EVENTS_EXCHANGE, dead_letter_queue_name
from tests.integration.journeys.conftest import Everything
from tests.support import broker
from tests.support.applications import fresh_application_body, logged_in, submitted
from tests.support.departments import arrived, department
from tests.support.infra import service_amqp_urls
from tests.support.notify import operator_headers

FORGED_REASON = "伪造的退回理由，请致电 400-000-0000"


def forged_refusal(application_id: str) -> ApplicationRejected:
    return ApplicationRejected(
        application_id=uuid.UUID(application_id),
        submission=1,
        case_id=uuid.uuid4(),
        stage=StageRef(
            position=1,
            stage_count=4,
            role=Role.county_hr,
            organisation=OrganisationRef(code="330106.county_hr", name="西湖区人力社保局"),
        ),
        lower_unit=OrganisationRef(
            code="330100.city_hr", name="杭州市人力资源和社会保障局", email="forger@example.com"
        ),
        reasons=[FORGED_REASON],
        rejected_at=datetime.now(UTC),
    )


def wrapped(event: ApplicationRejected, **changes: object) -> bytes:
    envelope = Envelope.wrap(
        event, occurred_at=datetime.now(UTC), correlation_id=uuid.uuid4(), sequence=99
    )
    return envelope.model_copy(update=changes).model_dump_json().encode()


async def refused_by_the_broker(url: str, exchange: str, routing_key: str, body: bytes) -> str:
    """Publishes as the URL's user; returns the broker's refusal (fails if it was accepted)."""
    connection = await aio_pika.connect(url)
    try:
        channel = await connection.channel(publisher_confirms=True)
        target = (
            channel.default_exchange if exchange == "" else await channel.get_exchange(exchange)
        )
        with pytest.raises(ChannelAccessRefused) as refused:
            await target.publish(aio_pika.Message(body), routing_key=routing_key)
        return str(refused.value)
    finally:
        await connection.close()


async def test_an_event_forged_with_another_services_credentials_changes_nothing(
    everything: Everything,
) -> None:
    base = everything.base
    body = fresh_application_body(region_code="330106", name="冯伪")
    body["applicant"]["email"] = "feng.wei@example.com"
    application_id = await submitted(base.intake, body)
    county_hr = await department(base, "330106.county_hr")
    await arrived(county_hr, "personal", application_id)
    intake_user = service_amqp_urls(base.amqp_url)["intake"]
    assert base.intake_services.settings.amqp_url == intake_user, "intake runs as its own user"
    assert base.review_services.settings.amqp_url == service_amqp_urls(base.amqp_url)["review"]
    forged = wrapped(forged_refusal(application_id))
    key = ApplicationRejected.routing_key()

    refusal = await refused_by_the_broker(intake_user, EVENTS_EXCHANGE, key, forged)
    assert "ACCESS_REFUSED" in refusal
    assert key in refusal
    for queue in ("intake.application_rejected", "notify.application_rejected"):
        refusal = await refused_by_the_broker(intake_user, "", queue, forged)
        assert "amq.default" in refusal

    # the same forgery where the broker lets everyone publish everything: the envelope says
    # intake sent it, the routing key says review; every consumer dead-letters it unread
    mislabelled = wrapped(forged_refusal(application_id), producer="intake")
    async with broker.channel(base.amqp_url) as chan:
        await broker.publish_raw(chan, key, mislabelled, message_id="mislabelled-1")
        for consumer in ("intake", "notify"):
            dlq = await chan.get_queue(dead_letter_queue_name(f"{consumer}.application_rejected"))
            [dead] = await broker.take(
                dlq, 1, within=20, matching=lambda m: m.message_id == "mislabelled-1"
            )
            assert dead.body == mislabelled

    # nothing changed anywhere
    headers = await logged_in(base.intake, body["applicant"])
    screen = (await base.intake.get(f"/applications/{application_id}", headers=headers)).json()
    assert screen["status"] != "rejected"
    assert FORGED_REASON not in str(screen)
    assert await county_hr.find("personal", application_id) is not None
    notices = await everything.notify.get(
        "/notices", params={"application_id": application_id}, headers=operator_headers()
    )
    assert notices.status_code == 200
    assert notices.json()["items"] == []
    sms = [p.read_text(encoding="utf-8") for p in everything.sms_dir.glob("*.json")]
    assert not [text for text in sms if FORGED_REASON in text or "冯伪" in text]
    assert everything.smtp.mails_about(application_id) == []
    assert not [m for m in everything.smtp.mails() if "forger@" in str(m["To"])]
