"""Who may open a submission's photo and scans, and which file of a submission is which."""

import uuid
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from services.intake.models import application_version, material_access
from shared.contracts.intake import FileRef
from shared.db.statements import upsert_insert


class MaterialRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def grant(
        self, application_id: uuid.UUID, submission: int, organisation_code: str, since: datetime
    ) -> None:
        """The organisation held the submission at a stage: it may read its materials for good
        (a redelivered or late announcement changes nothing)."""
        insert_ = upsert_insert(self._session)
        await self._session.execute(
            insert_(material_access)
            .values(
                application_id=application_id,
                submission=submission,
                organisation_code=organisation_code,
                since=since,
            )
            .on_conflict_do_nothing()
        )

    async def file_for(
        self,
        application_id: uuid.UUID,
        submission: int,
        file_id: uuid.UUID,
        organisation_code: str,
    ) -> FileRef | None:
        """The submission's file if the organisation may open it; None otherwise, whether the
        file does not exist or the organisation never held the case (the same 404)."""
        query = (
            select(application_version.c.files)
            .join(
                material_access,
                (material_access.c.application_id == application_version.c.application_id)
                & (material_access.c.submission == application_version.c.submission),
            )
            .where(
                application_version.c.application_id == application_id,
                application_version.c.submission == submission,
                material_access.c.organisation_code == organisation_code,
            )
        )
        files = (await self._session.execute(query)).scalar_one_or_none()
        refs = [FileRef.model_validate(f) for f in files or []]
        return next((ref for ref in refs if ref.file_id == file_id), None)
