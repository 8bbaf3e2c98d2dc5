"""The season as intake last heard it from review: one row, replaced by a newer publication
(shared/season_copy.py keeps it)."""

from datetime import date

from sqlalchemy.ext.asyncio import AsyncSession

from services.intake.domain.season import SubmissionWindow
from services.intake.models import season_copy
from shared.contracts import SeasonPublished
from shared.season_copy import current_season, keep_season


class SeasonRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def keep(self, event: SeasonPublished) -> bool:
        """Keeps `event` unless a newer publication is kept already; True if it was kept."""
        return await keep_season(self._session, season_copy, event)

    async def window(self) -> SubmissionWindow | None:
        """The submission window; None while no season has been set (submission is open)."""
        return window_of(await current_season(self._session, season_copy))

    async def closures(self) -> list[date]:
        """The season's local closures (not working days); none while no season has been set."""
        season = await current_season(self._session, season_copy)
        return [] if season is None else season.closures


def window_of(season: SeasonPublished | None) -> SubmissionWindow | None:
    """The season's submission window; None while no season has been set (submission is open)."""
    if season is None:
        return None
    return SubmissionWindow(season.year, season.submission_opens, season.submission_closes)
