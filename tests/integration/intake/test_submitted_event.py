"""What a submission sends, and to whom: reviewers get the forms, the check report and the file
references with the ID number masked and no phone; only notify gets the contact details."""

import aio_pika

from shared.contracts import ApplicantContactProvided, ApplicationSubmitted, Envelope
from shared.contracts.forms import FormsSnapshot
from shared.messaging import queue_name
from tests.support import broker
from tests.support.applications import application_body, forms_for, prepared
from tests.support.polling import eventually
from tests.support.system import RunningSystem


async def test_reviewers_get_forms_report_and_files_but_no_id_number_or_phone(
    system: RunningSystem,
) -> None:
    body = application_body(region_code="330111", serial="401", name="林一")
    headers, application_id = await prepared(system.intake, body)
    async with broker.channel(system.amqp_url) as chan:
        tap = await broker.tap(chan, ApplicationSubmitted.routing_key())
        submitted = await system.intake.post(
            f"/applications/{application_id}/submit", headers=headers
        )
        assert submitted.status_code == 202
        [message] = await broker.take(tap, 1, matching=broker.about(application_id))
    envelope = Envelope.model_validate_json(message.body)
    event = ApplicationSubmitted.model_validate(envelope.payload)
    number, phone = body["applicant"]["id_number"], body["applicant"]["phone"]
    assert number not in message.body.decode()
    assert phone not in message.body.decode()
    assert event.forms is not None
    assert {getattr(event.forms, kind).id_number for kind in FormsSnapshot.model_fields} == {
        number[:6] + "*" * 12
    }
    expected = forms_for(body)["summary"]["current_profession"]
    assert event.forms.review.current_profession == expected
    report = event.check_report
    assert report is not None
    assert report.passed
    assert report.mismatches == []
    assert {"consistent.current_profession", "photo.sharpness"} <= {r.code for r in report.results}
    [photo] = event.files
    assert (photo.kind, photo.media_type, photo.title) == ("photo", "image/jpeg", "证件照")
    assert len(photo.sha256) == 64


async def test_only_notify_gets_the_applicants_contact_details(system: RunningSystem) -> None:
    body = application_body(serial="402", name="林二", region_code="330111")
    body["applicant"] |= {"email": "lin2@example.com"}  # registered with it, as the portal does
    headers, application_id = await prepared(system.intake, body)
    response = await system.intake.post(f"/applications/{application_id}/submit", headers=headers)
    assert response.status_code == 202
    contact = await eventually(
        lambda: _from_notify_queue(system, application_id), what="contact details at notify"
    )
    assert (contact.applicant_name, contact.phone, contact.email) == (
        "林二",
        body["applicant"]["phone"],
        "lin2@example.com",
    )
    assert contact.submission == 1


async def _from_notify_queue(
    system: RunningSystem, application_id: str
) -> ApplicantContactProvided | None:
    """This application's message in notify's queue (which nobody consumes in these tests: what
    it holds so far is drained)."""
    connection = await aio_pika.connect(system.amqp_url)
    try:
        channel = await connection.channel()
        queue = await channel.get_queue(queue_name("notify", ApplicantContactProvided))
        found = None
        while (message := await queue.get(no_ack=True, fail=False)) is not None:
            if broker.about(application_id)(message):
                payload = Envelope.model_validate_json(message.body).payload
                found = ApplicantContactProvided.model_validate(payload)
        return found
    finally:
        await connection.close()
