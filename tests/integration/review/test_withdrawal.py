"""The applicant may withdraw a submission until the first department has received it; review
decides, and says which way, to intake."""

import uuid
from datetime import UTC, datetime

from shared.contracts import CaseWithdrawn, Envelope, WithdrawalRefused, WithdrawalRequested
from tests.support import broker
from tests.support.departments import arrived, department, submit_to_review, submitted_event
from tests.support.system import RunningSystem

FIRST = "330681.county_hr"


async def _ask_to_withdraw(system: RunningSystem, application_id: str) -> None:
    request = WithdrawalRequested(
        application_id=uuid.UUID(application_id), submission=1, requested_at=datetime.now(UTC)
    )
    envelope = Envelope.wrap(
        request, occurred_at=datetime.now(UTC), correlation_id=uuid.uuid4(), sequence=2
    )
    async with broker.channel(system.amqp_url) as chan:
        await broker.publish_raw(
            chan,
            request.routing_key(),
            envelope.model_dump_json().encode(),
            message_id=str(envelope.message_id),
        )


async def test_withdrawn_before_anyone_received_it(system: RunningSystem) -> None:
    application_id = await submit_to_review(system, submitted_event(region_code="330681"))
    dept = await department(system, FIRST)
    row = await arrived(dept, "personal", application_id)
    async with broker.channel(system.amqp_url) as chan:
        tap = await broker.tap(chan, CaseWithdrawn.routing_key())
        await _ask_to_withdraw(system, application_id)
        [message] = await broker.take(tap, 1, matching=broker.about(application_id))
    assert Envelope.model_validate_json(message.body).payload["case_id"] == row["case_id"]
    assert await dept.find("personal", application_id) is None
    late = await dept.post(f"/cases/{row['case_id']}/receive")
    assert late.status_code == 409
    assert late.json()["case"]["status"] == "withdrawn"


async def test_too_late_once_a_department_has_received_it(system: RunningSystem) -> None:
    application_id = await submit_to_review(system, submitted_event(region_code="330681"))
    dept = await department(system, FIRST)
    row = await arrived(dept, "personal", application_id)
    assert (await dept.post(f"/cases/{row['case_id']}/receive")).status_code == 200
    async with broker.channel(system.amqp_url) as chan:
        tap = await broker.tap(chan, WithdrawalRefused.routing_key())
        await _ask_to_withdraw(system, application_id)
        [message] = await broker.take(tap, 1, matching=broker.about(application_id))
    refused = WithdrawalRefused.model_validate(Envelope.model_validate_json(message.body).payload)
    assert refused.reason == "已有部门接收该申报材料，不能撤回"
    assert (await dept.find("approval", application_id)) is not None
