"""A refusal (不予接收) or a disagreeing opinion at any stage ends the route and tells, in one
ApplicationRejected, who refused, why, and which lower-level unit sent the case there."""

from typing import Any

import pytest

from shared.contracts import ApplicationRejected, Envelope
from tests.support import broker
from tests.support.departments import (
    Department,
    approve_and_forward,
    arrived,
    department,
    submit_to_review,
    submitted_event,
)
from tests.support.system import RunningSystem

COUNTY_ROUTE = ["330122.county_hr", "330100.city_bureau", "330100.city_hr"]


async def _walk_to(system: RunningSystem, stage: int, application_id: str) -> Department:
    """Receives, checks, approves and forwards at every stage before `stage`."""
    for position, organisation in enumerate(COUNTY_ROUTE[: stage - 1], start=1):
        await approve_and_forward(system, organisation, application_id, first=position == 1)
    return await department(system, COUNTY_ROUTE[stage - 1])


async def _rejection(
    system: RunningSystem, act: Any, stage: int
) -> tuple[ApplicationRejected, int]:
    application_id = await submit_to_review(system, submitted_event(region_code="330122"))
    async with broker.channel(system.amqp_url) as chan:
        tap = await broker.tap(chan, ApplicationRejected.routing_key())
        dept = await _walk_to(system, stage, application_id)
        row = await arrived(dept, "personal" if stage == 1 else "unit", application_id)
        status = await act(dept, f"/cases/{row['case_id']}")
        ours = broker.about(application_id)
        [message] = await broker.take(tap, 1, matching=ours)
        assert await broker.queue_is_empty(tap, wait=0.5, matching=ours), "told twice"
    envelope = Envelope.model_validate_json(message.body)
    return ApplicationRejected.model_validate(envelope.payload), status


@pytest.mark.parametrize("stage", [1, 2, 3], ids=COUNTY_ROUTE)
async def test_refusal_at_each_stage_names_the_unit_that_sent_the_case(
    system: RunningSystem, stage: int
) -> None:
    async def refuse(dept: Department, case: str) -> int:
        response = await dept.post(f"{case}/refuse", json={"reason": "现从事专业在四张表中不一致"})
        assert response.json()["case"]["status"] == "rejected"
        return response.status_code

    rejected, status = await _rejection(system, refuse, stage)
    assert status == 200
    assert rejected.reasons == ["现从事专业在四张表中不一致"]
    assert rejected.stage is not None
    assert rejected.stage.organisation.code == COUNTY_ROUTE[stage - 1]
    expected_lower = COUNTY_ROUTE[stage - 2] if stage > 1 else None
    assert (rejected.lower_unit.code if rejected.lower_unit else None) == expected_lower
    if rejected.lower_unit is not None:  # notify writes to it
        assert rejected.lower_unit.email == f"{expected_lower}@example.gov.cn"


async def test_an_opinion_that_disagrees_rejects_with_its_reason(system: RunningSystem) -> None:
    async def disagree(dept: Department, case: str) -> int:
        assert (await dept.post(f"{case}/receive")).is_success
        assert (await dept.post(f"{case}/paper-check", json={})).is_success
        body = {"decision": "disagree", "text": "任职年限不足", "signer": "乙"}
        return (await dept.post(f"{case}/opinion", json=body)).status_code

    rejected, status = await _rejection(system, disagree, 2)
    assert status == 200
    assert rejected.reasons == ["任职年限不足"]
    assert rejected.lower_unit is not None
    assert rejected.lower_unit.code == "330122.county_hr"


async def test_refusing_without_a_reason_or_disagreeing_without_one_is_refused(
    system: RunningSystem,
) -> None:
    application_id = await submit_to_review(system, submitted_event(region_code="330122"))
    dept = await department(system, COUNTY_ROUTE[0])
    case = f"/cases/{(await arrived(dept, 'personal', application_id))['case_id']}"
    assert (await dept.post(f"{case}/refuse", json={"reason": ""})).status_code == 422
    assert (await dept.post(f"{case}/receive")).status_code == 200
    early = await dept.post(f"{case}/opinion", json={"decision": "agree", "signer": "甲"})
    assert early.status_code == 409
    assert "纸质材料已核对" in early.json()["detail"]
    assert (await dept.post(f"{case}/paper-check", json={})).status_code == 200
    blank = await dept.post(f"{case}/opinion", json={"decision": "disagree", "signer": "甲"})
    assert blank.status_code == 409
    assert blank.json()["detail"] == "审核不同意须填写理由"
    assert blank.json()["case"]["status"] == "pending_approval"
