"""What the services promise about messages: persistent and identified on the wire, one effect per
message however often it arrives, and per-application order kept by `sequence`."""

import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

from aio_pika import DeliveryMode
from sqlalchemy import func, select

from services.intake.models import messaging as intake_messaging
from services.review.models import review_case
from shared.contracts import (
    ApplicantContactProvided,
    ApplicantIdentityProvided,
    ApplicantSummary,
    ApplicationSubmitted,
    CaseStageChanged,
    EmployerFacts,
    Envelope,
    OrganisationRef,
    StageRef,
)
from shared.contracts.vocabulary import Level, Role, StageState
from shared.messaging import queue_name
from tests.integration.test_submission_flow import progress, submit, waiting_at
from tests.support import broker
from tests.support.applications import application_body
from tests.support.polling import eventually
from tests.support.system import RunningSystem


async def test_every_published_message_is_persistent_confirmed_and_identified(
    system: RunningSystem,
) -> None:
    for worker in (system.intake_worker, system.review_worker):
        assert worker.publisher is not None
        assert worker.publisher.channel is not None
        assert worker.publisher.channel.publisher_confirms
    async with broker.channel(system.amqp_url) as chan:
        tap = await broker.tap(chan)
        application_id = await submit(system, application_body(region_code="330303"))
        await eventually(lambda: waiting_at(system, "330303.county_hr", application_id))
        messages = await broker.take(tap, 4, matching=broker.about(application_id))
    assert sorted(m.routing_key or "" for m in messages) == sorted(
        [
            ApplicationSubmitted.routing_key(),
            ApplicantContactProvided.routing_key(),
            ApplicantIdentityProvided.routing_key(),
            CaseStageChanged.routing_key(),
        ]
    )
    for message in messages:
        envelope = Envelope.model_validate_json(message.body)
        assert message.delivery_mode == DeliveryMode.PERSISTENT
        assert message.message_id == str(envelope.message_id)
        assert envelope.payload["application_id"] == application_id
        assert message.correlation_id == str(envelope.correlation_id)
    assert len({m.correlation_id for m in messages}) == 1, "one journey, one correlation id"


async def test_the_same_submission_delivered_twice_opens_one_case(system: RunningSystem) -> None:
    application_id = uuid.uuid4()
    envelope = Envelope.wrap(
        ApplicationSubmitted(
            application_id=application_id,
            submission=1,
            applicant=ApplicantSummary(name="李四", id_number_masked="330106************"),
            employer=EmployerFacts(
                name="某单位", ownership="public", level=Level.city, region_code="330500"
            ),
            submitted_at=datetime.now(UTC),
        ),
        occurred_at=datetime.now(UTC),
        correlation_id=uuid.uuid4(),
        sequence=1,
    )
    async with broker.channel(system.amqp_url) as chan:
        tap = await broker.tap(chan, CaseStageChanged.routing_key())
        for _ in range(2):
            await broker.publish_raw(
                chan,
                ApplicationSubmitted.routing_key(),
                envelope.model_dump_json().encode(),
                message_id=str(envelope.message_id),
            )
        ours = broker.about(str(application_id))
        await broker.take(tap, 1, matching=ours)
        assert await broker.queue_is_empty(tap, wait=1.0, matching=ours), "a second was sent"
    async with system.review_services.uow_factory() as uow:
        query = select(func.count()).where(review_case.c.application_id == application_id)
        assert (await uow.session.execute(query)).scalar_one() == 1


async def test_a_stale_stage_event_does_not_move_the_status_backwards(
    system: RunningSystem,
) -> None:
    body = application_body(region_code="330402")
    application_id = await submit(system, body)
    opened = await eventually(lambda: waiting_at(system, "330402.county_hr", application_id))
    newer = _stage_event(application_id, opened["case_id"], StageState.pending_approval, 4)
    older = _stage_event(application_id, opened["case_id"], StageState.pending_receipt, 3)
    async with broker.channel(system.amqp_url) as chan:
        for envelope in (newer, older):
            await broker.publish_raw(
                chan,
                CaseStageChanged.routing_key(),
                envelope.model_dump_json().encode(),
                message_id=str(envelope.message_id),
            )
    await eventually(lambda: _processed(system, older.message_id), what="stale event consumed")
    shown = await progress(system, body, application_id)
    assert shown["current_stage"]["state"] == "pending_approval"
    # the late one is history all the same: the timeline shows both, in sequence order
    assert [e["summary"] for e in shown["timeline"][-2:]] == [
        "申报材料已报送至嘉兴市南湖区人力资源和社会保障局，待接收（个人报送材料）",
        "嘉兴市南湖区人力资源和社会保障局已接收申报材料，待审批",
    ]


def _stage_event(application_id: str, case_id: str, state: StageState, sequence: int) -> Envelope:
    changed_at = datetime.now(UTC) + timedelta(seconds=sequence)
    return Envelope.wrap(
        CaseStageChanged(
            application_id=uuid.UUID(application_id),
            submission=1,
            case_id=uuid.UUID(case_id),
            stage=StageRef(
                position=1,
                stage_count=4,
                role=Role.county_hr,
                organisation=OrganisationRef(
                    code="330402.county_hr", name="嘉兴市南湖区人力资源和社会保障局"
                ),
            ),
            state=state,
            changed_at=changed_at,
        ),
        occurred_at=changed_at,
        correlation_id=uuid.uuid4(),
        sequence=sequence,
    )


async def _processed(system: RunningSystem, message_id: uuid.UUID) -> Any:
    inbox = intake_messaging.inbox
    async with system.intake_services.uow_factory() as uow:
        row = await uow.session.execute(
            select(inbox.c.message_id).where(
                inbox.c.consumer == queue_name("intake", CaseStageChanged),
                inbox.c.message_id == message_id,
            )
        )
        return row.first()
