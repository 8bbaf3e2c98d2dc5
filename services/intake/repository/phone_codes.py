"""The one-time SMS codes intake has sent (digests only)."""

import uuid
from datetime import datetime

from sqlalchemy import insert, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from services.intake.domain.phone_codes import IssuedCode
from services.intake.models import phone_code


class PhoneCodeRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def add(
        self,
        request_id: uuid.UUID,
        *,
        phone: str,
        purpose: str,
        digest: str,
        now: datetime,
        expires_at: datetime,
    ) -> None:
        await self._session.execute(
            insert(phone_code).values(
                id=request_id,
                phone=phone,
                purpose=purpose,
                digest=digest,
                tries=0,
                created_at=now,
                expires_at=expires_at,
            )
        )

    async def newest(self, phone: str, purpose: str) -> IssuedCode | None:
        """The phone's newest code for `purpose`, locked until commit (tries are counted)."""
        row = (
            await self._session.execute(
                select(phone_code)
                .where(phone_code.c.phone == phone, phone_code.c.purpose == purpose)
                .order_by(phone_code.c.created_at.desc())
                .limit(1)
                .with_for_update()
            )
        ).first()
        if row is None:
            return None
        return IssuedCode(
            row.id, row.digest, row.tries, row.created_at, row.expires_at, row.used_at
        )

    async def count_try(self, request_id: uuid.UUID) -> None:
        await self._session.execute(
            update(phone_code)
            .where(phone_code.c.id == request_id)
            .values(tries=phone_code.c.tries + 1)
        )

    async def use(self, request_id: uuid.UUID, now: datetime) -> None:
        await self._session.execute(
            update(phone_code).where(phone_code.c.id == request_id).values(used_at=now)
        )
