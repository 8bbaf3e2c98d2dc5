"""The operator's look-up (申报查询) in intake: applications by the applicant's name or the
application's id, with their status, drafts included; the ID number masked."""

import uuid
from datetime import datetime

from pydantic import BaseModel
from sqlalchemy import ColumnElement, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from services.intake.domain.application import STATUS_LABELS, Status
from services.intake.models import applicant_account, application
from shared.privacy import mask_id_number


class ApplicationFound(BaseModel):
    application_id: uuid.UUID
    applicant_name: str
    id_number_masked: str
    status: Status
    status_label: str
    submission: int
    created_at: datetime
    submitted_at: datetime | None
    updated_at: datetime


class ApplicationLookupPage(BaseModel):
    total: int
    items: list[ApplicationFound]


def _matching(text: str) -> ColumnElement[bool]:
    try:
        wanted = uuid.UUID(text)
    except ValueError:
        return applicant_account.c.name.contains(text, autoescape=True)
    return application.c.id == wanted


async def find_applications(
    session: AsyncSession, text: str, *, limit: int
) -> ApplicationLookupPage:
    joined = application.join(applicant_account, applicant_account.c.id == application.c.account_id)
    where = _matching(text.strip())
    total = (
        await session.execute(select(func.count()).select_from(joined).where(where))
    ).scalar_one()
    rows = await session.execute(
        select(application, applicant_account.c.name, applicant_account.c.id_number)
        .select_from(joined)
        .where(where)
        .order_by(application.c.updated_at.desc(), application.c.id)
        .limit(limit)
    )
    items = [
        ApplicationFound(
            application_id=row.id,
            applicant_name=row.name,
            id_number_masked=mask_id_number(row.id_number),
            status=Status(row.status),
            status_label=STATUS_LABELS[Status(row.status)],
            submission=row.submission,
            created_at=row.created_at,
            submitted_at=row.submitted_at,
            updated_at=row.updated_at,
        )
        for row in rows
    ]
    return ApplicationLookupPage(total=total, items=items)
