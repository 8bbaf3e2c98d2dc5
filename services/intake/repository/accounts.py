"""Applicant accounts in intake's database."""

import uuid
from datetime import datetime

from sqlalchemy import ColumnElement, insert, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from services.intake.domain.account import NewAccount
from services.intake.models import applicant_account
from services.intake.repository.records import AccountRecord


class AccountRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def add(
        self, account_id: uuid.UUID, account: NewAccount, *, password_hash: str, now: datetime
    ) -> None:
        """Raises IntegrityError if the ID number is registered already."""
        await self._session.execute(
            insert(applicant_account).values(
                id=account_id,
                name=account.name,
                id_number=account.id_number.value,
                phone=account.phone,
                email=account.email,
                password_hash=password_hash,
                token_version=1,
                failed_logins=0,
                created_at=now,
            )
        )

    async def get(self, account_id: uuid.UUID) -> AccountRecord | None:
        return await self._first(applicant_account.c.id == account_id)

    async def by_id_number(self, id_number: str) -> AccountRecord | None:
        """The account row, locked: concurrent failed logins must all be counted."""
        return await self._first(applicant_account.c.id_number == id_number, for_update=True)

    async def token_version(self, account_id: uuid.UUID) -> int | None:
        result = await self._session.execute(
            select(applicant_account.c.token_version).where(applicant_account.c.id == account_id)
        )
        return result.scalar_one_or_none()

    async def record_login(
        self, account_id: uuid.UUID, *, failed_logins: int, locked_until: datetime | None
    ) -> None:
        await self._session.execute(
            update(applicant_account)
            .where(applicant_account.c.id == account_id)
            .values(failed_logins=failed_logins, locked_until=locked_until)
        )

    async def has_phone(self, phone: str) -> bool:
        found = await self._session.execute(
            select(applicant_account.c.id).where(applicant_account.c.phone == phone).limit(1)
        )
        return found.first() is not None

    async def reset_password(self, account_id: uuid.UUID, *, password_hash: str) -> None:
        """A new password; every token issued before stops working; no lock-out remains."""
        await self._session.execute(
            update(applicant_account)
            .where(applicant_account.c.id == account_id)
            .values(
                password_hash=password_hash,
                token_version=applicant_account.c.token_version + 1,
                failed_logins=0,
                locked_until=None,
            )
        )

    async def take_back(self, account_id: uuid.UUID, *, phone: str, password_hash: str) -> None:
        """The account goes to the holder of `phone`: every token issued before stops working
        and the old password with them (`password_hash` is of a password nobody knows)."""
        await self._session.execute(
            update(applicant_account)
            .where(applicant_account.c.id == account_id)
            .values(
                phone=phone,
                password_hash=password_hash,
                token_version=applicant_account.c.token_version + 1,
                failed_logins=0,
                locked_until=None,
            )
        )

    async def _first(
        self, condition: ColumnElement[bool], *, for_update: bool = False
    ) -> AccountRecord | None:
        query = select(applicant_account).where(condition)
        if for_update:
            query = query.with_for_update()
        row = (await self._session.execute(query)).mappings().first()
        return None if row is None else AccountRecord.of(row)
