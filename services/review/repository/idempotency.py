"""Answers already given to (account, Idempotency-Key): a retried request gets the same one."""

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import insert, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from services.review.models import idempotent_request
from shared.json_object import JsonObject


@dataclass(frozen=True)
class StoredAnswer:
    """An answer as the HTTP edge gave it: its status and its JSON body."""

    status_code: int
    body: JsonObject


@dataclass(frozen=True)
class Remembered:
    fingerprint: str  # of the request first made with the key
    answer: StoredAnswer


class IdempotencyRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def find(self, account_id: uuid.UUID, key: str) -> Remembered | None:
        result = await self._session.execute(
            select(
                idempotent_request.c.fingerprint,
                idempotent_request.c.status_code,
                idempotent_request.c.body,
            ).where(idempotent_request.c.account_id == account_id, idempotent_request.c.key == key)
        )
        row = result.first()
        if row is None:
            return None
        return Remembered(row.fingerprint, StoredAnswer(row.status_code, dict(row.body)))

    async def claim(self, account_id: uuid.UUID, key: str, fingerprint: str, now: datetime) -> None:
        """Takes the key before acting (IntegrityError if another request holds it); on
        PostgreSQL a concurrent claim of the same key waits for this transaction to end."""
        await self._session.execute(
            insert(idempotent_request).values(
                account_id=account_id,
                key=key,
                fingerprint=fingerprint,
                status_code=0,
                body={},
                created_at=now,
            )
        )

    async def settle(self, account_id: uuid.UUID, key: str, answer: StoredAnswer) -> None:
        """Records the answer given under the claimed key."""
        await self._session.execute(
            update(idempotent_request)
            .where(idempotent_request.c.account_id == account_id, idempotent_request.c.key == key)
            .values(status_code=answer.status_code, body=answer.body)
        )
