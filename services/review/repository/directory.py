"""The organisation directory in review's database, kept in step with the directory file, and
which of its versions review has published."""

from datetime import datetime

from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession

from services.review.domain.directory import Directory
from services.review.models import directory_publication, organisation
from shared.db.statements import affected, upsert_insert


async def sync_directory(session: AsyncSession, directory: Directory) -> None:
    """Makes the organisation table match the directory file; organisations no longer listed
    stay (cases refer to them) but are marked inactive."""
    insert_ = upsert_insert(session)
    await session.execute(update(organisation).values(active=False))
    rows = [
        {
            "code": org.code,
            "name": org.name,
            "role": org.role,
            "region_code": org.region_code,
            "sends_to": org.sends_to,
            "email": org.email,
            "active": True,
        }
        for org in directory
    ]
    statement = insert_(organisation)
    await session.execute(
        statement.on_conflict_do_update(
            index_elements=[organisation.c.code],
            set_={
                k: statement.excluded[k]
                for k in ("name", "role", "region_code", "sends_to", "email", "active")
            },
        ),
        rows,
    )


class DirectoryRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def record_publication(self, digest: str, *, now: datetime) -> bool:
        """Notes that the content with this digest is being published; False if it already was
        (by this process or another one)."""
        insert_ = upsert_insert(self._session)
        result = await self._session.execute(
            insert_(directory_publication)
            .values(digest=digest, published_at=now)
            .on_conflict_do_nothing()
        )
        return bool(affected(result))
