"""The season's submission window as the portal states it (no login needed): the dates, whether
one may submit today, and how many days are left."""

from datetime import date, datetime

from fastapi import APIRouter
from pydantic import BaseModel, Field

from services.intake.api.dependencies import ServicesDep
from services.intake.domain.season import CHINA

router = APIRouter(tags=["guidance"])


class SeasonWindowOut(BaseModel):
    year: int = Field(description="申报年度")
    submission_opens: date
    submission_closes: date
    dates: str = Field(description="the window in the notice's words, e.g. 2026年12月01日至…")
    open_now: bool = Field(description="whether a submission today would be taken")
    days_left: int = Field(description="calendar days one may still submit on, today included")


@router.get("/season", response_model=SeasonWindowOut | None)
async def read_season(services: ServicesDep) -> SeasonWindowOut | None:
    """The current season's submission window; null while none is set (submission is open)."""
    async with services.transaction() as uow:
        window = await uow.season.window()
    if window is None:
        return None
    today = datetime.now(CHINA).date()
    return SeasonWindowOut(
        year=window.year,
        submission_opens=window.opens,
        submission_closes=window.closes,
        dates=window.dates(),
        open_now=window.opens <= today <= window.closes,
        days_left=window.days_left(today),
    )
