"""Review's handlers on the in-memory fake: the real ReviewUnitOfWork and repositories over a
fresh SQLite database per test, the real directory and route table, a fixed clock."""

import uuid
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import select

from services.review.consumers import subscriptions
from services.review.domain.actions import Actor
from services.review.domain.case import Case
from services.review.models import case_history, messaging, metadata
from services.review.reference_data import (
    DEFAULT_DIRECTORY,
    DEFAULT_REFUSAL_REASONS,
    DEFAULT_ROUTES,
    ReferenceData,
    load_directory,
    load_refusal_reasons,
    load_routes,
)
from services.review.repository.directory import sync_directory
from services.review.unit_of_work import ReviewUnitOfWork, unit_of_work_factory
from shared.contracts import (
    ApplicantSummary,
    ApplicationSubmitted,
    EmployerFacts,
    Envelope,
)
from shared.contracts.vocabulary import Level
from tests.support.forms import forms_snapshot
from tests.support.memory import memory_sessions

NOW = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
REFERENCE = ReferenceData(
    directory=load_directory(DEFAULT_DIRECTORY),
    routes=load_routes(DEFAULT_ROUTES),
    refusal_reasons=load_refusal_reasons(DEFAULT_REFUSAL_REASONS),
)


@dataclass
class Review:
    """The fake's handle: units of work over one in-memory database, and what it holds."""

    uow_factory: Callable[[], ReviewUnitOfWork]

    async def submit(self, *, sequence: int = 1) -> tuple[Case, Envelope]:
        """An application arrives as intake sends it: the consumer's handler opens its case
        in the unit of work the message loop would have opened (and commits it, as it would)."""
        event = submitted()
        envelope = Envelope.wrap(
            event, occurred_at=NOW, correlation_id=uuid.uuid4(), sequence=sequence
        )
        (handler,) = [s.handler for s in subscriptions(REFERENCE) if s.contract is type(event)]
        async with self.uow_factory() as uow:
            await handler(uow, event, envelope)
            await uow.commit()
            case = await uow.cases.get_submission(event.application_id, event.submission)
        assert case is not None
        return case, envelope

    async def case(self, case_id: uuid.UUID) -> Case:
        async with self.uow_factory() as uow:
            case = await uow.cases.get(case_id)
        assert case is not None
        return case

    async def outbox(self) -> list[dict[str, Any]]:
        """Every staged event, oldest first: its routing key and envelope."""
        table = messaging.outbox
        async with self.uow_factory() as uow:
            rows = (await uow.session.execute(select(table).order_by(table.c.id))).all()
        return [
            {
                "routing_key": r.routing_key,
                **Envelope.model_validate_json(r.body).model_dump(mode="json"),
            }
            for r in rows
        ]

    async def history(self, case_id: uuid.UUID) -> list[str]:
        async with self.uow_factory() as uow:
            rows = await uow.session.execute(
                select(case_history.c.action)
                .where(case_history.c.case_id == case_id)
                .order_by(case_history.c.version)
            )
        return list(rows.scalars())


def submitted(*, region_code: str = "330106", kind: str = "public") -> ApplicationSubmitted:
    return ApplicationSubmitted(
        application_id=uuid.uuid4(),
        submission=1,
        applicant=ApplicantSummary(name="张三", id_number_masked="330106************"),
        employer=EmployerFacts(
            name="某某建设有限公司", ownership=kind, level=Level.county, region_code=region_code
        ),
        submitted_at=NOW,
        forms=forms_snapshot(),
    )


def clerk_at(case: Case, position: int | None = None) -> Actor:
    """A clerk of the organisation holding the case (or of the stage at `position`)."""
    stop = case.route[(position or case.position) - 1]
    return Actor(uuid.uuid4(), "王芳", stop.organisation_code)


@pytest.fixture
async def review() -> AsyncIterator[Review]:
    async with memory_sessions(metadata) as sessions:
        uow_factory = unit_of_work_factory(sessions, lambda: NOW)
        async with uow_factory() as uow:
            await sync_directory(uow.session, REFERENCE.directory)
            await uow.commit()
        yield Review(uow_factory)
