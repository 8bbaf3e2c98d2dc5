"""Review's directory as intake last heard it: one row, replaced by a newer publication."""

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from services.intake.models import directory_copy
from shared.db.statements import affected, upsert_insert
from shared.json_object import JsonObject

CURRENT = "current"


class DirectoryRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def replace(
        self, *, digest: str, published_at: datetime, content: JsonObject, now: datetime
    ) -> bool:
        """Keeps `content` unless a newer publication is already kept; True if it was kept."""
        insert_ = upsert_insert(self._session)
        statement = insert_(directory_copy).values(
            name=CURRENT, digest=digest, published_at=published_at, received_at=now, content=content
        )
        result = await self._session.execute(
            statement.on_conflict_do_update(
                index_elements=[directory_copy.c.name],
                set_={
                    "digest": statement.excluded.digest,
                    "published_at": statement.excluded.published_at,
                    "received_at": statement.excluded.received_at,
                    "content": statement.excluded.content,
                },
                where=directory_copy.c.published_at < statement.excluded.published_at,
            )
        )
        return bool(affected(result))

    async def current(self) -> JsonObject | None:
        """The newest publication's payload, or None before the first has arrived."""
        result = await self._session.execute(
            select(directory_copy.c.content).where(directory_copy.c.name == CURRENT)
        )
        content: JsonObject | None = result.scalar_one_or_none()
        return content
