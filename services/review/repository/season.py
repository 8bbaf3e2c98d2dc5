"""The current season in review's database, kept as the event that published it."""

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from services.review.domain.season import Season
from services.review.models import season
from shared.contracts import SeasonPublished
from shared.db.statements import upsert_insert

_CURRENT = 1


class SeasonRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def current(self) -> tuple[SeasonPublished, datetime, str] | None:
        """The season as last published, when and by whom it was set; None before the first."""
        row = (await self._session.execute(select(season))).first()
        if row is None:
            return None
        return SeasonPublished.model_validate(row.content), row.updated_at, row.updated_by

    async def current_season(self) -> Season | None:
        found = await self.current()
        return season_of(found[0]) if found else None

    async def put(self, published: SeasonPublished, *, by: str, at: datetime) -> None:
        values = {"content": published.model_dump(mode="json"), "updated_at": at, "updated_by": by}
        statement = upsert_insert(self._session)(season).values(id=_CURRENT, **values)
        await self._session.execute(
            statement.on_conflict_do_update(index_elements=[season.c.id], set_=values)
        )


def season_of(published: SeasonPublished) -> Season:
    return Season(
        year=published.year,
        submission_opens=published.submission_opens,
        submission_closes=published.submission_closes,
        stage_limits={limit.role: limit.working_days for limit in published.stage_limits},
        closures=frozenset(published.closures),
    )
