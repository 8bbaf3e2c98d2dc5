"""Notify's own series: notices by status and channel, read from its database by the worker."""

from prometheus_client import Gauge
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from services.notify.domain.notices import Channel, Status
from services.notify.models import notice

NOTICES = Gauge("notices", "notices held, by status and channel", ["status", "channel"])


async def sample_notices(session: AsyncSession) -> None:
    counts: dict[tuple[str, str], int] = {
        (row.status, row.channel): int(row[2])
        for row in await session.execute(
            select(notice.c.status, notice.c.channel, func.count().label("count")).group_by(
                notice.c.status, notice.c.channel
            )
        )
    }
    for status in Status:
        for channel in Channel:
            NOTICES.labels(status.value, channel.value).set(counts.get((status, channel), 0))
