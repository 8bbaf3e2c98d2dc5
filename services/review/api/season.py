"""The season (申报年度), set by the operator: the submission window, each role's working days
to act on a case (催办 past them), and local closures. Departments read it for their deadlines."""

from datetime import date, datetime

from fastapi import APIRouter
from pydantic import BaseModel, ConfigDict, Field

from services.review.api.dependencies import CurrentAdmin, CurrentDepartment, ServicesDep
from services.review.domain.season import ROLE_LABELS, InvalidSeason, Season
from services.review.handlers.season import set_season
from services.review.repository.season import season_of
from shared.contracts import SeasonPublished, StageLimit
from shared.contracts.vocabulary import Role
from shared.refusals import InvalidInput

router = APIRouter(tags=["season"])


class SeasonIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    year: int = Field(ge=2000, le=2100, description="申报年度")
    submission_opens: date = Field(description="申报开始日期")
    submission_closes: date = Field(description="申报截止日期")
    stage_limits: list[StageLimit] = Field(default_factory=list, max_length=len(Role))
    closures: list[date] = Field(default_factory=list, max_length=60, description="本地停止办公日")


class StageLimitOut(BaseModel):
    role: Role
    role_label: str
    working_days: int


class SeasonOut(BaseModel):
    year: int
    submission_opens: date
    submission_closes: date
    stage_limits: list[StageLimitOut]
    closures: list[date]
    calendar_covered: bool = Field(
        description="false: the holiday calendar does not know a year of the season yet "
        "(working days are Monday to Friday until it is upgraded)"
    )
    updated_at: datetime
    updated_by: str


def _out(published: SeasonPublished, at: datetime, by: str) -> SeasonOut:
    season = season_of(published)
    return SeasonOut(
        year=published.year,
        submission_opens=published.submission_opens,
        submission_closes=published.submission_closes,
        stage_limits=[
            StageLimitOut(
                role=limit.role,
                role_label=ROLE_LABELS[limit.role],
                working_days=limit.working_days,
            )
            for limit in published.stage_limits
        ],
        closures=published.closures,
        calendar_covered=season.calendar_covers_it(),
        updated_at=at,
        updated_by=by,
    )


@router.get("/admin/season", response_model=SeasonOut | None)
async def read_season(_: CurrentAdmin, services: ServicesDep) -> SeasonOut | None:
    """The current season; null before the operator has set one."""
    async with services.transaction() as uow:
        found = await uow.season.current()
    return _out(*found) if found else None


@router.put("/admin/season", response_model=SeasonOut)
async def put_season(body: SeasonIn, admin: CurrentAdmin, services: ServicesDep) -> SeasonOut:
    """Sets the season; intake applies its submission window as soon as it hears of it."""
    limits: dict[Role, int] = {}
    for limit in body.stage_limits:
        if limit.role in limits:
            raise InvalidInput([("stage_limits", f"{ROLE_LABELS[limit.role]}的办理时限填写了两次")])
        limits[limit.role] = limit.working_days
    try:
        season = Season(
            year=body.year,
            submission_opens=body.submission_opens,
            submission_closes=body.submission_closes,
            stage_limits=limits,
            closures=frozenset(body.closures),
        )
    except InvalidSeason as invalid:
        raise InvalidInput([(invalid.field, str(invalid))]) from None
    async with services.transaction() as uow:
        published = await set_season(uow, season, by=admin.display_name)
    return _out(published, published.published_at, admin.display_name)


@router.get("/season", response_model=SeasonOut | None)
async def season_for_departments(_: CurrentDepartment, services: ServicesDep) -> SeasonOut | None:
    """The season as departments see it: their deadlines to act."""
    async with services.transaction() as uow:
        found = await uow.season.current()
    return _out(*found) if found else None
