"""Retention on PostgreSQL: published outbox rows older than their retention go, unpublished
ones never do, however old; inbox rows go only after the (much longer) inbox retention."""

import uuid
from datetime import UTC, datetime, timedelta

from sqlalchemy import insert, select

from shared.db import session_factory
from shared.messaging.retention import Retention
from tests.integration.messaging.probe import Probe, tables

NOW = datetime(2026, 12, 2, 3, 0, tzinfo=UTC)


def _days_ago(days: float) -> datetime:
    return NOW - timedelta(days=days)


async def test_retention_purges_only_what_deduplication_and_publishing_no_longer_need(
    probe: Probe,
) -> None:
    outbox, inbox = tables.outbox, tables.inbox
    rows = {
        "published long ago": _days_ago(10),
        "published yesterday": _days_ago(1),
        "never published": None,
    }
    async with probe.engine.begin() as connection:
        for name, published_at in rows.items():
            await connection.execute(
                insert(outbox).values(
                    message_id=uuid.uuid4(),
                    routing_key=name,
                    body="{}",
                    created_at=_days_ago(30),
                    published_at=published_at,
                )
            )
        for days in (100, 80, 1):
            await connection.execute(
                insert(inbox).values(
                    consumer=f"handled {days} days ago",
                    message_id=uuid.uuid4(),
                    processed_at=_days_ago(days),
                )
            )
    retention = Retention(
        session_factory(probe.engine),
        outbox=outbox,
        inbox=inbox,
        clock=lambda: NOW,
        outbox_days=7,
        inbox_days=90,
        every_seconds=3600,
    )

    assert await retention.purge() == (1, 1)
    assert await retention.purge() == (0, 0)
    async with probe.engine.connect() as connection:
        kept_outbox = set((await connection.execute(select(outbox.c.routing_key))).scalars())
        kept_inbox = set((await connection.execute(select(inbox.c.consumer))).scalars())
    assert kept_outbox == {"published yesterday", "never published"}
    assert kept_inbox == {"handled 80 days ago", "handled 1 days ago"}
