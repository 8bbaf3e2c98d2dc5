"""The season as a service other than review last heard it (review.season_published): one row,
replaced only by a newer publication (events may arrive out of order)."""

from sqlalchemy import JSON, Column, MetaData, String, Table, select
from sqlalchemy.ext.asyncio import AsyncSession

from shared.contracts import SeasonPublished
from shared.db import UTCDateTime
from shared.db.statements import affected, upsert_insert

CURRENT = "current"


def season_copy_table(metadata: MetaData) -> Table:
    return Table(
        "season_copy",
        metadata,
        Column("name", String(20), primary_key=True),  # always "current"
        Column("published_at", UTCDateTime, nullable=False),
        Column("content", JSON, nullable=False),
    )


async def keep_season(session: AsyncSession, table: Table, event: SeasonPublished) -> bool:
    """Keeps `event` unless a newer publication is kept already; True if it was kept."""
    statement = upsert_insert(session)(table).values(
        name=CURRENT, published_at=event.published_at, content=event.model_dump(mode="json")
    )
    result = await session.execute(
        statement.on_conflict_do_update(
            index_elements=[table.c.name],
            set_={
                "published_at": statement.excluded.published_at,
                "content": statement.excluded.content,
            },
            where=table.c.published_at < statement.excluded.published_at,
        )
    )
    return bool(affected(result))


async def current_season(session: AsyncSession, table: Table) -> SeasonPublished | None:
    """The season review published last (None before one is)."""
    query = select(table.c.content).where(table.c.name == CURRENT)
    content = (await session.execute(query)).scalar_one_or_none()
    return None if content is None else SeasonPublished.model_validate(content)
