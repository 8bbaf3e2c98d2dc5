"""Two clerks acting on one case at once: exactly one wins, the other gets 409 with the current
state. A retried request (same Idempotency-Key) gets the same answer and has no second effect."""

import asyncio
import uuid
from collections import Counter

from aio_pika.abc import AbstractIncomingMessage
from sqlalchemy import func, select

from services.review.models import case_history
from shared.contracts import CaseStageChanged
from tests.support import broker
from tests.support.departments import (
    Department,
    arrived,
    department,
    submit_to_review,
    submitted_event,
)
from tests.support.system import RunningSystem

HOLDER = "330212.county_hr"


async def _case_ready_to_forward(system: RunningSystem) -> tuple[Department, str, str]:
    application_id = await submit_to_review(system, submitted_event(region_code="330212"))
    dept = await department(system, HOLDER)
    case_id = (await arrived(dept, "personal", application_id))["case_id"]
    for action, body in (
        ("receive", None),
        ("paper-check", {}),
        ("opinion", {"decision": "agree", "signer": "甲"}),
    ):
        assert (await dept.post(f"/cases/{case_id}/{action}", json=body)).status_code == 200
    return dept, application_id, case_id


async def _transitions(system: RunningSystem, case_id: str, action: str) -> int:
    async with system.review_services.uow_factory() as uow:
        query = select(func.count()).where(
            case_history.c.case_id == uuid.UUID(case_id), case_history.c.action == action
        )
        return int((await uow.session.execute(query)).scalar_one())


async def test_fifty_concurrent_forwards_of_one_case_make_one_transition_and_one_message(
    system: RunningSystem,
) -> None:
    dept, application_id, case_id = await _case_ready_to_forward(system)
    async with broker.channel(system.amqp_url) as chan:
        tap = await broker.tap(chan, CaseStageChanged.routing_key())
        answers = await asyncio.gather(*(dept.post(f"/cases/{case_id}/forward") for _ in range(50)))

        def ours(message: AbstractIncomingMessage) -> bool:
            return broker.about(application_id)(message) and b'"330200.city_bureau"' in message.body

        await broker.take(tap, 1, matching=ours)
        assert await broker.queue_is_empty(tap, wait=1.0, matching=ours), "more than one message"
    assert Counter(a.status_code for a in answers) == {200: 1, 409: 49}
    for conflict in (a for a in answers if a.status_code == 409):
        assert conflict.json()["case"]["organisation"]["code"] == "330200.city_bureau"
    assert await _transitions(system, case_id, "forwarded") == 1


async def test_a_retried_request_gets_the_same_answer_and_no_second_effect(
    system: RunningSystem,
) -> None:
    application_id = await submit_to_review(system, submitted_event(region_code="330212"))
    dept = await department(system, HOLDER)
    case_id = (await arrived(dept, "personal", application_id))["case_id"]
    key = {"Idempotency-Key": f"receive-{uuid.uuid4()}"}
    first, *retries = await asyncio.gather(
        *(dept.post(f"/cases/{case_id}/receive", headers=key) for _ in range(5))
    )
    assert first.status_code == 200
    assert all((r.status_code, r.json()) == (200, first.json()) for r in retries)
    later = await dept.post(f"/cases/{case_id}/receive", headers=key)
    assert (later.status_code, later.json()) == (200, first.json())
    assert await _transitions(system, case_id, "received") == 1
    reused = await dept.post(f"/cases/{case_id}/refuse", json={"reason": "x"}, headers=key)
    assert reused.status_code == 422
    assert reused.json()["detail"][0]["field"] == "Idempotency-Key"


async def test_forwarding_many_at_once_lists_each_result_and_a_retry_changes_nothing(
    system: RunningSystem,
) -> None:
    ready = [await _case_ready_to_forward(system) for _ in range(2)]
    dept = ready[0][0]
    elsewhere = await submit_to_review(system, submitted_event(region_code="330106"))
    stranger = await arrived(await department(system, "330106.county_hr"), "personal", elsewhere)
    case_ids = [case_id for _, _, case_id in ready] + [stranger["case_id"]]
    key = {"Idempotency-Key": f"bulk-{uuid.uuid4()}"}
    answer = await dept.post("/cases/forward", json={"case_ids": case_ids}, headers=key)
    assert answer.status_code == 200
    body = answer.json()
    assert (body["forwarded"], body["not_forwarded"]) == (2, 1)
    assert [r["status_code"] for r in body["results"]] == [200, 200, 404]
    retry = await dept.post("/cases/forward", json={"case_ids": case_ids}, headers=key)
    assert retry.json() == body
    for _, _, case_id in ready:
        assert await _transitions(system, case_id, "forwarded") == 1
