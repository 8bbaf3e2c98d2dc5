"""超期 for the operator: every case that has waited at a department past its role's working
days (the season's limits), grouped by department, with the 催办 reminders sent so far."""

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from pydantic import BaseModel, Field
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from services.review.domain.season import Season, china_day, waiting
from services.review.models import review_case, route_stage, stage_reminder
from services.review.repository.reminders import waiting_stages_query
from services.review.views.labels import LIST_LABELS
from services.review.views.lists import lists_of
from shared.contracts.vocabulary import ROLE_LABELS, Role
from shared.db.statements import SelectRows


class OverdueCaseOut(BaseModel):
    case_id: uuid.UUID
    application_id: uuid.UUID
    applicant_name: str
    id_number_masked: str
    employer_name: str
    list_label: str = Field(description="which of the department's lists it waits in")
    arrived_at: datetime
    working_days_waiting: int
    stage_limit: int
    reminders_sent: int = Field(description="催办 sent to the department for this stage")
    last_reminded_at: datetime | None


class OverdueOrganisationOut(BaseModel):
    organisation_code: str
    organisation_name: str
    role_label: str
    count: int
    cases: list[OverdueCaseOut] = Field(description="the longest waiting first")


class OverdueOut(BaseModel):
    season_year: int | None
    limits_set: bool = Field(description="false: no season or no role's limit, nothing is overdue")
    total: int
    organisations: list[OverdueOrganisationOut] = Field(description="the most overdue cases first")


@dataclass(frozen=True)
class WaitingStage:
    """A stage a case waits at, with its case and the 催办 sent for it so far."""

    case_id: uuid.UUID
    position: int
    role: str
    state: str
    entered_at: datetime
    organisation_code: str
    organisation_name: str
    application_id: uuid.UUID
    applicant_name: str
    id_number_masked: str
    employer_name: str
    reminders_sent: int | None  # None: no 催办 yet
    last_reminded_at: datetime | None


@dataclass(frozen=True)
class _Waiting:
    row: WaitingStage
    working_days: int
    limit: int


async def read_overdue(
    session: AsyncSession, season: Season | None, *, now: datetime
) -> OverdueOut:
    if season is None or not season.stage_limits:
        return OverdueOut(
            season_year=season.year if season else None,
            limits_set=False,
            total=0,
            organisations=[],
        )
    rows = await session.execute(_waiting_stages(season.stage_limits))
    stages = [WaitingStage(**row) for row in rows.mappings()]
    return overdue_out(stages, season, china_day(now))


def overdue_out(rows: Iterable[WaitingStage], season: Season, today: date) -> OverdueOut:
    """The stages past their limit today, by department (most cases first, then by name)."""
    by_org: dict[str, list[_Waiting]] = {}
    for row in rows:
        waited = waiting(season, Role(row.role), china_day(row.entered_at), today)
        if waited.overdue and waited.limit is not None:
            by_org.setdefault(row.organisation_code, []).append(
                _Waiting(row, waited.working_days, waited.limit)
            )
    organisations = [
        OverdueOrganisationOut(
            organisation_code=code,
            organisation_name=found[0].row.organisation_name,
            role_label=ROLE_LABELS[Role(found[0].row.role)],
            count=len(found),
            cases=[
                _case(w) for w in sorted(found, key=lambda w: (-w.working_days, w.row.entered_at))
            ],
        )
        for code, found in by_org.items()
    ]
    organisations.sort(key=lambda o: (-o.count, o.organisation_code))
    return OverdueOut(
        season_year=season.year,
        limits_set=True,
        total=sum(o.count for o in organisations),
        organisations=organisations,
    )


def _case(waited: _Waiting) -> OverdueCaseOut:
    row = waited.row
    [which] = lists_of(row.state, row.position == 1)
    return OverdueCaseOut(
        case_id=row.case_id,
        application_id=row.application_id,
        applicant_name=row.applicant_name,
        id_number_masked=row.id_number_masked,
        employer_name=row.employer_name,
        list_label=LIST_LABELS[which][1],
        arrived_at=row.entered_at,
        working_days_waiting=waited.working_days,
        stage_limit=waited.limit,
        reminders_sent=row.reminders_sent or 0,
        last_reminded_at=row.last_reminded_at,
    )


def _waiting_stages(roles: Iterable[Role]) -> SelectRows:
    reminders = (
        select(
            stage_reminder.c.case_id,
            stage_reminder.c.position,
            func.count().label("reminders_sent"),
            func.max(stage_reminder.c.sent_at).label("last_reminded_at"),
        )
        .group_by(stage_reminder.c.case_id, stage_reminder.c.position)
        .subquery()
    )
    return waiting_stages_query(
        roles,
        review_case.c.id_number_masked,
        review_case.c.employer_name,
        reminders.c.reminders_sent,
        reminders.c.last_reminded_at,
    ).outerjoin(
        reminders,
        (reminders.c.case_id == route_stage.c.case_id)
        & (reminders.c.position == route_stage.c.position),
    )
