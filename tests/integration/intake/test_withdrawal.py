"""Withdraw (撤回) before the first department receives the application: intake asks, review
decides, and the applicant sees the request and then its outcome."""

import uuid
from datetime import UTC, datetime
from typing import Any

from shared.contracts import Envelope, WithdrawalRefused, WithdrawalRequested
from tests.integration.intake.review_events import publish, shown
from tests.integration.test_submission_flow import waiting_at
from tests.support import broker
from tests.support.applications import application_body, prepared
from tests.support.departments import arrived, department
from tests.support.polling import eventually
from tests.support.system import RunningSystem

FIRST = "330127.county_hr"


async def _submitted_and_waiting(system: RunningSystem, serial: str) -> tuple[dict[str, str], str]:
    body = application_body(region_code="330127", serial=serial, name=f"何{serial}")
    headers, application_id = await prepared(system.intake, body)
    response = await system.intake.post(f"/applications/{application_id}/submit", headers=headers)
    assert response.status_code == 202
    await eventually(lambda: waiting_at(system, FIRST, application_id))
    await shown(system, headers, application_id, status="in_review")
    return headers, application_id


async def test_withdrawn_before_any_department_received_it(system: RunningSystem) -> None:
    headers, application_id = await _submitted_and_waiting(system, "701")
    url = f"/applications/{application_id}/withdraw"
    async with broker.channel(system.amqp_url) as chan:
        tap = await broker.tap(chan, WithdrawalRequested.routing_key())
        asked = await system.intake.post(url, headers=headers)
        assert asked.status_code == 202, asked.text
        again = await system.intake.post(url, headers=headers)
        [message] = await broker.take(tap, 1, matching=broker.about(application_id))
        assert await broker.queue_is_empty(tap, matching=broker.about(application_id))
    assert again.status_code == 202, "asking again while waiting is no second request"
    assert Envelope.model_validate_json(message.body).sequence == 2, "the last sequence seen"
    assert asked.json()["withdrawal"]["outcome_label"] in ("已申请撤回，等待处理", "已撤回")
    done = await shown(system, headers, application_id, status="withdrawn")
    assert done["withdrawal"]["outcome"] == "withdrawn"
    assert [e["summary"] for e in done["timeline"][-2:]] == ["申请撤回申报", "撤回成功，申报已撤回"]
    assert await waiting_at(system, FIRST, application_id) is None
    draft = await system.intake.get(f"/applications/{application_id}/draft", headers=headers)
    assert draft.json()["editable"] is True, "a withdrawn application may be corrected and resent"


async def test_too_late_once_the_first_department_has_received_it(system: RunningSystem) -> None:
    headers, application_id = await _submitted_and_waiting(system, "702")
    county_hr = await department(system, FIRST)
    row = await arrived(county_hr, "personal", application_id)
    assert (await county_hr.post(f"/cases/{row['case_id']}/receive")).status_code == 200
    await eventually(lambda: _state(system, headers, application_id, "pending_approval"))
    refused = await system.intake.post(f"/applications/{application_id}/withdraw", headers=headers)
    assert refused.status_code == 409
    assert refused.json() == {"detail": "申报材料已被接收，不能撤回"}


async def test_a_withdrawal_review_refused_is_shown_with_its_reason(
    system: RunningSystem,
) -> None:
    # a request that crossed the receipt on the way: review answers WithdrawalRefused, published
    # here as review publishes it, after the received case's last event (sequence 3)
    headers, application_id = await _submitted_and_waiting(system, "703")
    county_hr = await department(system, FIRST)
    row = await arrived(county_hr, "personal", application_id)
    assert (await county_hr.post(f"/cases/{row['case_id']}/receive")).status_code == 200
    await eventually(lambda: _state(system, headers, application_id, "pending_approval"))
    refusal = WithdrawalRefused(
        application_id=uuid.UUID(application_id),
        submission=1,
        reason="已有部门接收该申报材料，不能撤回",
        refused_at=datetime.now(UTC),
    )
    await publish(system, refusal, sequence=4)
    settled = await eventually(
        lambda: _state(system, headers, application_id, "pending_approval", "refused")
    )
    assert settled["status"] == "in_review"
    assert settled["withdrawal"]["outcome_label"] == "撤回未获同意"
    assert settled["withdrawal"]["reason"] == refusal.reason
    assert settled["timeline"][-1] == settled["timeline"][-1] | {
        "summary": "撤回未获同意",
        "reasons": [refusal.reason],
    }


async def _state(
    system: RunningSystem,
    headers: dict[str, str],
    application_id: str,
    state: str,
    withdrawal: str | None = None,
) -> dict[str, Any] | None:
    body: dict[str, Any] = (
        await system.intake.get(f"/applications/{application_id}", headers=headers)
    ).json()
    stage = body["current_stage"] or {}
    outcome = (body["withdrawal"] or {}).get("outcome")
    return body if stage.get("state") == state and outcome == withdrawal else None
