"""Applications in intake's database."""

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from services.intake.domain.application import Status, Submission
from services.intake.models import application


class ApplicationRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def add(
        self, submission: Submission, *, idempotency_key: str | None, fingerprint: str
    ) -> None:
        applicant, employer = submission.applicant, submission.employer
        await self._session.execute(
            insert(application).values(
                id=submission.id,
                submission=submission.number,
                applicant_name=applicant.name,
                id_number=applicant.id_number,
                phone=applicant.phone,
                employer_name=employer.name,
                ownership=employer.ownership,
                level=employer.level,
                region_code=employer.region_code,
                provincial_unit=employer.provincial_unit,
                status=Status.submitted,
                last_sequence=submission.sequence,
                correlation_id=submission.correlation_id,
                idempotency_key=idempotency_key,
                request_fingerprint=fingerprint,
                submitted_at=submission.submitted_at,
                updated_at=submission.submitted_at,
            )
        )

    async def find_by_idempotency_key(self, key: str) -> tuple[uuid.UUID, str] | None:
        """The application first submitted with `key`, and that request's fingerprint."""
        result = await self._session.execute(
            select(application.c.id, application.c.request_fingerprint).where(
                application.c.idempotency_key == key
            )
        )
        row = result.first()
        return (row.id, row.request_fingerprint) if row else None

    async def exists(self, application_id: uuid.UUID) -> bool:
        result = await self._session.execute(
            select(application.c.id).where(application.c.id == application_id)
        )
        return result.first() is not None

    async def update_if_newer(
        self,
        application_id: uuid.UUID,
        *,
        submission: int,
        sequence: int,
        at: datetime,
        **values: Any,
    ) -> bool:
        """Applies `values` only if `sequence` is newer than the last one applied to the same
        submission. One conditional UPDATE, so concurrent deliveries cannot move it backwards."""
        result = await self._session.execute(
            update(application)
            .where(
                application.c.id == application_id,
                application.c.submission == submission,
                application.c.last_sequence < sequence,
            )
            .values(last_sequence=sequence, updated_at=at, **values)
        )
        return bool(result.rowcount)  # type: ignore[attr-defined]
