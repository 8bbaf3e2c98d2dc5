"""The unit of work's batched statements on PostgreSQL (shared/db/unit_of_work.py): the events it
staged go in one statement at commit, the relay's NOTIFY in it, compiled once, every event as
emitted; a window's inbox rows are claimed in one statement, each message once."""

import uuid
from typing import Any

from sqlalchemy import event, select
from sqlalchemy.engine import ExecutionContext
from sqlalchemy.engine.interfaces import CacheStats

from shared.contracts import Envelope
from tests.integration.messaging.probe import Pinged, Probe, tables


async def test_the_staged_events_go_in_one_statement_compiled_once(probe: Probe) -> None:
    writes: list[tuple[str, Any]] = []

    def seen(_: Any, __: Any, text: str, ___: Any, context: ExecutionContext, *____: Any) -> None:
        if "outbox_message" in text and "INSERT" in text:
            writes.append((text, context.cache_hit))  # type: ignore[attr-defined]

    event.listen(probe.engine.sync_engine, "before_cursor_execute", seen)
    emitted: list[Envelope] = []
    try:
        for count in (1, 3, 2):
            async with probe.uow_factory() as uow:
                for n in range(count):
                    envelope = await uow.emit(Pinged(text=f"ping {n}"), correlation_id=uuid.uuid4())
                    emitted.append(envelope)
                assert len(uow.staged) == count
                await uow.commit()
                assert uow.staged == []
    finally:
        event.remove(probe.engine.sync_engine, "before_cursor_execute", seen)
    assert len(writes) == 3, "one statement per commit"
    assert all("pg_notify" in text for text, _ in writes), "the NOTIFY rides with the rows"
    assert [hit for _, hit in writes[1:]] == [CacheStats.CACHE_HIT] * 2
    outbox = tables.outbox
    async with probe.engine.connect() as connection:
        rows = (
            await connection.execute(
                select(outbox.c.message_id, outbox.c.routing_key, outbox.c.body).order_by(
                    outbox.c.id
                )
            )
        ).all()
    assert [row.message_id for row in rows] == [e.message_id for e in emitted]
    assert {row.routing_key for row in rows} == {Pinged.routing_key()}
    assert [Envelope.model_validate_json(row.body) for row in rows] == emitted


async def test_a_batch_is_claimed_in_one_statement_each_message_once(probe: Probe) -> None:
    handled_before, repeated, new = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    async with probe.uow_factory() as uow:
        assert await uow.claim("q", handled_before)
        await uow.commit()
    async with probe.uow_factory() as uow:
        fresh = await uow.claim_all("q", [repeated, handled_before, new, repeated])
        assert fresh == {repeated, new}
        assert await uow.claim_all("another queue", [handled_before]) == {handled_before}
        await uow.commit()
    async with probe.uow_factory() as uow:
        assert await uow.claim_all("q", [repeated, new, handled_before]) == set()
    async with probe.engine.connect() as connection:
        claimed = (
            await connection.execute(select(tables.inbox.c.consumer, tables.inbox.c.message_id))
        ).all()
    assert sorted((c, str(m)) for c, m in claimed) == sorted(
        [
            ("q", str(handled_before)),
            ("q", str(repeated)),
            ("q", str(new)),
            ("another queue", str(handled_before)),
        ]
    )
