"""The stages a case waits at now, for 催办, and the reminders already sent."""

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.ext.asyncio import AsyncSession

from services.review.models import organisation, review_case, route_stage, stage_reminder
from shared.contracts.vocabulary import Role, StageState
from shared.db.statements import SelectRows, affected, upsert_insert

WAITING = tuple(state.value for state in StageState)


def waiting_stages_query(roles: Iterable[Role], *also: ColumnElement[Any]) -> SelectRows:
    """Every stage of those roles where a case waits now (the worklist index serves it): the
    stage, its organisation's name, the case's application and applicant, and `also`."""
    return (
        select(
            route_stage.c.case_id,
            route_stage.c.position,
            route_stage.c.role,
            route_stage.c.state,
            route_stage.c.entered_at,
            route_stage.c.organisation_code,
            organisation.c.name.label("organisation_name"),
            review_case.c.application_id,
            review_case.c.applicant_name,
            *also,
        )
        .join(review_case, review_case.c.id == route_stage.c.case_id)
        .join(organisation, organisation.c.code == route_stage.c.organisation_code)
        .where(
            route_stage.c.state.in_(WAITING),
            route_stage.c.role.in_([role.value for role in roles]),
            route_stage.c.entered_at.is_not(None),
        )
    )


@dataclass(frozen=True)
class WaitingStage:
    """A stage where a case waits now: since when, at which organisation, for whom."""

    case_id: uuid.UUID
    position: int
    role: Role
    state: StageState
    entered_at: datetime
    organisation_code: str
    organisation_name: str
    application_id: uuid.UUID
    submission: int
    applicant_name: str
    correlation_id: uuid.UUID


class ReminderRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def waiting_stages(self, roles: Iterable[Role]) -> list[WaitingStage]:
        """Every stage of those roles where a case waits now, for 催办."""
        query = waiting_stages_query(
            roles,
            review_case.c.submission,
            review_case.c.correlation_id,
        )
        return [
            WaitingStage(
                **{**row._asdict(), "role": Role(row.role), "state": StageState(row.state)}
            )
            for row in await self._session.execute(query)
        ]

    async def record(self, case_id: uuid.UUID, position: int, period: int, *, at: datetime) -> bool:
        """Notes that this period's reminder goes out; False if it already has (by anyone)."""
        result = await self._session.execute(
            upsert_insert(self._session)(stage_reminder)
            .values(case_id=case_id, position=position, period=period, sent_at=at)
            .on_conflict_do_nothing()
        )
        return bool(affected(result))
