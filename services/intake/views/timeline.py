"""A submission's timeline and every refusal's reasons, as the progress page shows them."""

import uuid

from sqlalchemy import RowMapping, select
from sqlalchemy.ext.asyncio import AsyncSession

from services.intake.models import timeline_entry
from services.intake.schemas.applications import TimelineEntryOut


async def timeline(
    session: AsyncSession, application_id: uuid.UUID, submission: int
) -> list[TimelineEntryOut]:
    """The submission's events in sequence order (ties: in the order they were recorded)."""
    rows = await session.execute(
        select(timeline_entry)
        .where(
            timeline_entry.c.application_id == application_id,
            timeline_entry.c.submission == submission,
        )
        .order_by(timeline_entry.c.sequence, timeline_entry.c.id)
    )
    return [_line(row) for row in rows.mappings()]


async def refusals(session: AsyncSession, application_id: uuid.UUID) -> list[TimelineEntryOut]:
    """Every line of every submission that gave reasons (不予接收, 审核不同意, not recommended, a
    withdrawal refused), oldest submission first."""
    rows = await session.execute(
        select(timeline_entry)
        .where(timeline_entry.c.application_id == application_id)
        .order_by(timeline_entry.c.submission, timeline_entry.c.sequence, timeline_entry.c.id)
    )
    return [_line(row) for row in rows.mappings() if row["reasons"]]


def _line(row: RowMapping) -> TimelineEntryOut:
    return TimelineEntryOut(
        submission=row["submission"],
        at=row["occurred_at"],
        organisation=row["organisation"],
        summary=row["summary"],
        reasons=row["reasons"] or [],
    )
