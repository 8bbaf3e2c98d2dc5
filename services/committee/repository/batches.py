"""送审批次: the batches an office sent, and what each senior office has to receive."""

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from services.committee.models import batch
from shared.db.statements import affected


class BatchRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def add(self, **values: Any) -> None:
        await self._session.execute(insert(batch).values(**values))

    async def get(self, batch_id: uuid.UUID) -> Any | None:
        return (await self._session.execute(select(batch).where(batch.c.id == batch_id))).first()

    async def by_key(self, office_code: str, key: str) -> Any | None:
        query = select(batch).where(
            batch.c.office_code == office_code, batch.c.idempotency_key == key
        )
        return (await self._session.execute(query)).first()

    async def for_senior_office(self, office_code: str, *, received: bool | None) -> list[Any]:
        query = select(batch).where(batch.c.senior_office_code == office_code)
        if received is not None:
            query = query.where(
                batch.c.received_at.is_not(None) if received else batch.c.received_at.is_(None)
            )
        return list(await self._session.execute(query.order_by(batch.c.sent_at)))

    async def of_office(self, office_code: str) -> list[Any]:
        query = (
            select(batch).where(batch.c.office_code == office_code).order_by(batch.c.sent_at.desc())
        )
        return list(await self._session.execute(query))

    async def mark_received(self, batch_id: uuid.UUID, now: datetime) -> bool:
        result = await self._session.execute(
            update(batch)
            .where(batch.c.id == batch_id, batch.c.received_at.is_(None))
            .values(received_at=now)
        )
        return bool(affected(result))
