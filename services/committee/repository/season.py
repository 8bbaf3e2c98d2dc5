"""The season as review last published it (review.season_published): its year and closures,
for 公示's periods and the offices' figures (shared/season_copy.py keeps it)."""

from datetime import date

from sqlalchemy.ext.asyncio import AsyncSession

from services.committee.models import season_copy
from shared.contracts import SeasonPublished
from shared.season_copy import current_season, keep_season


class SeasonRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def keep(self, event: SeasonPublished) -> bool:
        """Keeps `event` unless a newer publication is kept already; True if it was kept."""
        return await keep_season(self._session, season_copy, event)

    async def current(self) -> SeasonPublished | None:
        """The season review published last (None before one is)."""
        return await current_season(self._session, season_copy)

    async def closures(self) -> frozenset[date]:
        """The local closures of the season review published last (none before one is)."""
        season = await self.current()
        return frozenset(season.closures) if season else frozenset()
