"""The season as intake last heard it from review: one row, replaced by a newer publication."""

from datetime import date

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from services.intake.domain.season import SubmissionWindow
from services.intake.models import season_copy
from shared.contracts import SeasonPublished
from shared.db.statements import affected, upsert_insert

CURRENT = "current"


class SeasonRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def keep(self, event: SeasonPublished) -> bool:
        """Keeps `event` unless a newer publication is kept already; True if it was kept."""
        statement = upsert_insert(self._session)(season_copy).values(
            name=CURRENT, published_at=event.published_at, content=event.model_dump(mode="json")
        )
        result = await self._session.execute(
            statement.on_conflict_do_update(
                index_elements=[season_copy.c.name],
                set_={
                    "published_at": statement.excluded.published_at,
                    "content": statement.excluded.content,
                },
                where=season_copy.c.published_at < statement.excluded.published_at,
            )
        )
        return bool(affected(result))

    async def window(self) -> SubmissionWindow | None:
        """The submission window; None while no season has been set (submission is open)."""
        season = await self._current()
        if season is None:
            return None
        return SubmissionWindow(season.year, season.submission_opens, season.submission_closes)

    async def closures(self) -> list[date]:
        """The season's local closures (not working days); none while no season has been set."""
        season = await self._current()
        return [] if season is None else season.closures

    async def _current(self) -> SeasonPublished | None:
        result = await self._session.execute(
            select(season_copy.c.content).where(season_copy.c.name == CURRENT)
        )
        content = result.scalar_one_or_none()
        return None if content is None else SeasonPublished.model_validate(content)
