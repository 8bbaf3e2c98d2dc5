"""The season as review last published it (review.season_published): its year and closures,
for 公示's periods and the offices' figures."""

from datetime import date

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from services.committee.models import season_copy
from shared.contracts import SeasonPublished
from shared.db.statements import affected, upsert_insert

CURRENT_SEASON = "current"


class SeasonRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def keep(self, event: SeasonPublished) -> bool:
        """Keeps `event` unless a newer publication is kept already; True if it was kept."""
        statement = upsert_insert(self._session)(season_copy).values(
            name=CURRENT_SEASON,
            published_at=event.published_at,
            content=event.model_dump(mode="json"),
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

    async def current(self) -> SeasonPublished | None:
        """The season review published last (None before one is)."""
        query = select(season_copy.c.content).where(season_copy.c.name == CURRENT_SEASON)
        content = (await self._session.execute(query)).scalar_one_or_none()
        return None if content is None else SeasonPublished.model_validate(content)

    async def closures(self) -> frozenset[date]:
        """The local closures of the season review published last (none before one is)."""
        season = await self.current()
        return frozenset(season.closures) if season else frozenset()
