"""The operator's view of notices: by application, by status, by channel, with counts."""

import re
import uuid

from sqlalchemy import RowMapping, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from services.notify.adapters.ports import masked_address
from services.notify.api.schemas import NoticeOut, NoticePage
from services.notify.domain.notices import (
    CHANNEL_LABELS,
    PHONE_CODE,
    STATUS_LABELS,
    Channel,
    Status,
)
from services.notify.models import notice


async def notice_page(
    session: AsyncSession,
    *,
    application_id: uuid.UUID | None,
    status: Status | None,
    channel: Channel | None,
    limit: int,
    offset: int,
) -> NoticePage:
    where = []
    if application_id is not None:
        where.append(notice.c.application_id == application_id)
    if channel is not None:
        where.append(notice.c.channel == channel)
    counted = await session.execute(
        select(notice.c.status, func.count()).where(*where).group_by(notice.c.status)
    )
    counts = {s: 0 for s in Status} | {Status(s): n for s, n in counted.all()}
    if status is not None:
        where.append(notice.c.status == status)
    rows = await session.execute(
        select(notice)
        .where(*where)
        .order_by(notice.c.created_at.desc(), notice.c.id)
        .limit(limit)
        .offset(offset)
    )
    total = counts[status] if status else sum(counts.values())
    return NoticePage(
        counts=counts,
        status_labels=STATUS_LABELS,
        channel_labels=CHANNEL_LABELS,
        total=total,
        items=[notice_out(r) for r in rows.mappings()],
    )


async def one_notice(session: AsyncSession, notice_id: uuid.UUID) -> NoticeOut | None:
    query = select(notice).where(notice.c.id == notice_id)
    row = (await session.execute(query)).mappings().first()
    return notice_out(row) if row else None


def notice_out(row: RowMapping) -> NoticeOut:
    return NoticeOut(
        id=row["id"],
        event_id=row["event_id"],
        event_type=row["event_type"],
        kind=row["kind"],
        application_id=row["application_id"],
        submission=row["submission"],
        case_id=row["case_id"],
        correlation_id=row["correlation_id"],
        recipient=row["recipient"],
        recipient_name=row["recipient_name"],
        channel=row["channel"],
        channel_label=CHANNEL_LABELS[Channel(row["channel"])],
        address_masked=masked_address(row["address"]) if row["address"] else None,
        subject=row["subject"],
        body=re.sub(r"\d{6}", "******", row["body"])
        if row["kind"] == PHONE_CODE and row["body"]
        else row["body"],
        status=row["status"],
        status_label=STATUS_LABELS[Status(row["status"])],
        attempts=row["attempts"],
        next_attempt_at=row["next_attempt_at"] if row["status"] == Status.pending else None,
        last_error=row["last_error"],
        provider_ref=row["provider_ref"],
        created_at=row["created_at"],
        sent_at=row["sent_at"],
    )
