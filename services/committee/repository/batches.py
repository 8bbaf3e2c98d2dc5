"""送审批次: the batches an office sent, and what each senior office has to receive."""

import uuid
from datetime import datetime

from sqlalchemy import RowMapping, insert, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from services.committee.domain.batch import Batch
from services.committee.models import batch
from shared.db.statements import SelectRows, affected


def _batch(row: RowMapping) -> Batch:
    return Batch(
        id=row["id"],
        office_code=row["office_code"],
        senior_committee=row["senior_committee"],
        senior_office_code=row["senior_office_code"],
        case_count=row["case_count"],
        idempotency_key=row["idempotency_key"],
        sent_by=row["sent_by"],
        sent_at=row["sent_at"],
        received_at=row["received_at"],
    )


class BatchRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def add(self, new: Batch) -> None:
        await self._session.execute(
            insert(batch).values(
                id=new.id, office_code=new.office_code, senior_committee=new.senior_committee,
                senior_office_code=new.senior_office_code, case_count=new.case_count,
                idempotency_key=new.idempotency_key, sent_by=new.sent_by, sent_at=new.sent_at,
            )
        )  # fmt: skip

    async def _batches(self, query: SelectRows) -> list[Batch]:
        return [_batch(row) for row in (await self._session.execute(query)).mappings()]

    async def get(self, batch_id: uuid.UUID) -> Batch | None:
        found = await self._batches(select(batch).where(batch.c.id == batch_id))
        return found[0] if found else None

    async def by_key(self, office_code: str, key: str) -> Batch | None:
        query = select(batch).where(
            batch.c.office_code == office_code, batch.c.idempotency_key == key
        )
        found = await self._batches(query)
        return found[0] if found else None

    async def for_senior_office(self, office_code: str, *, received: bool | None) -> list[Batch]:
        query = select(batch).where(batch.c.senior_office_code == office_code)
        if received is not None:
            query = query.where(
                batch.c.received_at.is_not(None) if received else batch.c.received_at.is_(None)
            )
        return await self._batches(query.order_by(batch.c.sent_at))

    async def of_office(self, office_code: str) -> list[Batch]:
        query = (
            select(batch).where(batch.c.office_code == office_code).order_by(batch.c.sent_at.desc())
        )
        return await self._batches(query)

    async def mark_received(self, batch_id: uuid.UUID, now: datetime) -> bool:
        result = await self._session.execute(
            update(batch)
            .where(batch.c.id == batch_id, batch.c.received_at.is_(None))
            .values(received_at=now)
        )
        return bool(affected(result))
