"""Notify's words for its audit records' targets (shared/audit.py): a resent notice by whom it
was for and on which channel, a resend of every failed notice by its channel."""

import uuid
from collections.abc import Mapping, Sequence

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from services.notify.commands import EVERY_CHANNEL
from services.notify.domain.notices import APPLICANT, CHANNEL_LABELS, Channel
from services.notify.models import notice
from shared.audit import AuditAction, AuditRecordOut


async def notice_targets(
    session: AsyncSession, records: Sequence[AuditRecordOut]
) -> Mapping[str, str]:
    """target -> label for the page's records: 发给<recipient>的<channel>, or which channel's
    failed notices were all sent again."""
    labels: dict[str, str] = {}
    ids = set()
    for record in records:
        if record.action == AuditAction.notice_resend_failed:
            labels[record.target] = _every_failed(record.target)
        elif record.action == AuditAction.notice_resend and (found := _uuid(record.target)):
            ids.add(found)
    if ids:
        rows = await session.execute(
            select(
                notice.c.id, notice.c.recipient, notice.c.recipient_name, notice.c.channel
            ).where(notice.c.id.in_(ids))
        )
        for row in rows:
            who = row.recipient_name or ("申报人" if row.recipient == APPLICANT else row.recipient)
            labels[str(row.id)] = f"发给{who}的{CHANNEL_LABELS[Channel(row.channel)]}"
    return labels


def _every_failed(target: str) -> str:
    if target == EVERY_CHANNEL:
        return "全部渠道发送失败的通知"
    try:
        return f"{CHANNEL_LABELS[Channel(target)]}发送失败的通知"
    except ValueError:
        return target


def _uuid(text: str) -> uuid.UUID | None:
    try:
        return uuid.UUID(text)
    except ValueError:
        return None
