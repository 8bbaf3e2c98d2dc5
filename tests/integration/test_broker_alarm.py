"""While the broker blocks publishers (memory alarm), intake keeps accepting applications into its
outbox; once the alarm clears, they flow on and each opens exactly one case."""

import asyncio
import time
import uuid

import pytest
from sqlalchemy import func, select

from services.review.models import review_case
from tests.integration.test_submission_flow import progress, submit, waiting_at
from tests.support.applications import application_body, logged_in
from tests.support.infra import memory_alarm
from tests.support.polling import eventually
from tests.support.system import RunningSystem

pytestmark = pytest.mark.broker_faults


async def test_intake_answers_while_the_broker_blocks_publishers(system: RunningSystem) -> None:
    body = application_body(region_code="330521")
    # registered first: its SMS code goes out through the broker, which the alarm blocks
    await logged_in(system.intake, body["applicant"])
    with memory_alarm(system.amqp_url):
        started = time.monotonic()
        ids = [await submit(system, body) for _ in range(3)]
        assert time.monotonic() - started < 5, "the API waited on the blocked broker"
        await asyncio.sleep(1.0)
        for application_id in ids:
            assert (await progress(system, body, application_id))["status"] == "submitted"
    for application_id in ids:
        await eventually(
            lambda a=application_id: waiting_at(system, "330521.county_hr", a),
            within=30,
            what="case opened after the alarm cleared",
        )
    async with system.review_services.uow_factory() as uow:
        for application_id in ids:
            query = select(func.count()).where(
                review_case.c.application_id == uuid.UUID(application_id)
            )
            assert (await uow.session.execute(query)).scalar_one() == 1
