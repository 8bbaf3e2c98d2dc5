"""A department's in-system messages: unread first, then newest first."""

import uuid

from sqlalchemy import RowMapping, case, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from services.notify.api.schemas import MessageOut, MessagePage
from services.notify.domain.notices import Channel
from services.notify.domain.screens import unit_screen
from services.notify.models import notice

_MINE = notice.c.channel == Channel.inbox


async def message_page(
    session: AsyncSession, organisation_code: str, *, unread_only: bool, limit: int, offset: int
) -> MessagePage:
    where = (_MINE, notice.c.recipient == organisation_code)
    unread_filter = notice.c.read_at.is_(None)
    total, unread = (
        await session.execute(
            select(func.count(), func.count().filter(unread_filter)).where(*where)
        )
    ).one()
    mine = select(notice).where(*where)
    if unread_only:
        mine = mine.where(unread_filter)
    rows = await session.execute(
        mine.order_by(
            case((notice.c.read_at.is_(None), 0), else_=1),
            notice.c.created_at.desc(),
            notice.c.id,
        )
        .limit(limit)
        .offset(offset)
    )
    return MessagePage(
        total=unread if unread_only else total,
        unread=unread,
        items=[message_out(r) for r in rows.mappings()],
    )


async def one_message(
    session: AsyncSession, organisation_code: str, message_id: uuid.UUID
) -> MessageOut | None:
    row = (
        (
            await session.execute(
                select(notice).where(
                    _MINE, notice.c.recipient == organisation_code, notice.c.id == message_id
                )
            )
        )
        .mappings()
        .first()
    )
    return message_out(row) if row else None


def message_out(row: RowMapping) -> MessageOut:
    screen = unit_screen(row["kind"], row["case_id"])
    return MessageOut(
        id=row["id"],
        subject=row["subject"] or "",
        body=row["body"] or "",
        application_id=row["application_id"],
        submission=row["submission"],
        case_id=row["case_id"],
        link=screen.path if screen else None,
        link_label=screen.label if screen else None,
        created_at=row["created_at"],
        read=row["read_at"] is not None,
        read_at=row["read_at"],
    )
