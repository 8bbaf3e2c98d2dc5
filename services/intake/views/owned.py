"""An applicant's own application, or nothing: what every portal screen reads first (another
applicant's application is answered 404, as if it did not exist)."""

import uuid

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from services.intake.models import application
from services.intake.repository.records import ApplicationRecord


async def owned(
    session: AsyncSession, account_id: uuid.UUID, application_id: uuid.UUID
) -> ApplicationRecord | None:
    """The application if it is this applicant's, else None (shown as 404)."""
    result = await session.execute(
        select(application).where(
            application.c.id == application_id, application.c.account_id == account_id
        )
    )
    row = result.mappings().first()
    return None if row is None else ApplicationRecord.of(row)
