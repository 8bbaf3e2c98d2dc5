"""Each submission as it was sent, and the timeline of what happened to it."""

import uuid
from dataclasses import asdict

from sqlalchemy import insert, select
from sqlalchemy.ext.asyncio import AsyncSession

from services.intake.domain.progress import Milestone
from services.intake.models import application_version, timeline_entry
from services.intake.repository.records import VersionRecord


class HistoryRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def add_version(self, version: VersionRecord) -> None:
        """Raises IntegrityError if the idempotency key was used for this application before."""
        await self._session.execute(insert(application_version).values(**asdict(version)))

    async def version(self, application_id: uuid.UUID, submission: int) -> VersionRecord | None:
        """One submission as it was sent (forms unmasked), or None."""
        result = await self._session.execute(
            select(application_version).where(
                application_version.c.application_id == application_id,
                application_version.c.submission == submission,
            )
        )
        row = result.mappings().first()
        return None if row is None else VersionRecord.of(row)

    async def version_with_key(self, application_id: uuid.UUID, key: str) -> int | None:
        """The submission first made with idempotency key `key`."""
        result = await self._session.execute(
            select(application_version.c.submission).where(
                application_version.c.application_id == application_id,
                application_version.c.idempotency_key == key,
            )
        )
        return result.scalar_one_or_none()

    async def record(
        self, application_id: uuid.UUID, *, submission: int, sequence: int, milestone: Milestone
    ) -> None:
        await self._session.execute(
            insert(timeline_entry).values(
                application_id=application_id,
                submission=submission,
                sequence=sequence,
                occurred_at=milestone.at,
                organisation=milestone.organisation,
                summary=milestone.summary,
                reasons=list(milestone.reasons) or None,
            )
        )
