"""Accounts in review's database."""

import uuid
from dataclasses import asdict
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from services.review.domain.accounts import Account, AccountKind
from services.review.models import account


class AccountRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def add(self, new: Account, *, now: Any) -> None:
        await self._session.execute(
            insert(account).values(**asdict(new), created_at=now, updated_at=now)
        )

    async def get(self, account_id: uuid.UUID) -> Account | None:
        return await self._one(account.c.id == account_id)

    async def by_username(self, username: str) -> Account | None:
        return await self._one(account.c.username == username)

    async def save(self, changed: Account, *, now: Any) -> None:
        values = asdict(changed)
        del values["id"], values["username"], values["kind"]
        await self._session.execute(
            update(account).where(account.c.id == changed.id).values(**values, updated_at=now)
        )

    async def list(self, organisation_code: str | None = None) -> list[Account]:
        query = select(account).order_by(account.c.organisation_code, account.c.username)
        if organisation_code is not None:
            query = query.where(account.c.organisation_code == organisation_code)
        return [_account(row) for row in await self._session.execute(query)]

    async def _one(self, where: Any) -> Account | None:
        row = (await self._session.execute(select(account).where(where))).first()
        return _account(row) if row else None


def _account(row: Any) -> Account:
    return Account(
        id=row.id,
        username=row.username,
        display_name=row.display_name,
        kind=AccountKind(row.kind),
        organisation_code=row.organisation_code,
        password_hash=row.password_hash,
        active=row.active,
        token_version=row.token_version,
        failed_logins=row.failed_logins,
        locked_until=row.locked_until,
    )
