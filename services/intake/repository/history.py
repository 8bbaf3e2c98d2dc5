"""Each submission as it was sent, and the timeline of what happened to it."""

import uuid
from dataclasses import fields

from sqlalchemy import Insert, insert, select
from sqlalchemy.ext.asyncio import AsyncSession

from services.intake.domain.progress import Milestone
from services.intake.models import application_version, timeline_entry
from services.intake.repository.records import VersionRecord


class HistoryRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

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

    async def record(
        self, application_id: uuid.UUID, *, submission: int, sequence: int, milestone: Milestone
    ) -> None:
        await self._session.execute(
            entry_insert(
                application_id, submission=submission, sequence=sequence, milestone=milestone
            )
        )


def version_insert(version: VersionRecord) -> Insert:
    """Keeps a submission as it was sent; fails (IntegrityError) if its idempotency key was used
    for this application before. The values as they are (`asdict` would deep-copy the forms,
    the report and the file references: a few milliseconds of a submit for nothing)."""
    return insert(application_version).values(
        {field.name: getattr(version, field.name) for field in fields(version)}
    )


def entry_insert(
    application_id: uuid.UUID, *, submission: int, sequence: int, milestone: Milestone
) -> Insert:
    """A line of the submission's timeline."""
    return insert(timeline_entry).values(
        application_id=application_id,
        submission=submission,
        sequence=sequence,
        occurred_at=milestone.at,
        organisation=milestone.organisation,
        summary=milestone.summary,
        reasons=list(milestone.reasons) or None,
    )
