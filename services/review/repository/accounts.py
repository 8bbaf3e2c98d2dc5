"""Accounts in review's database."""

import uuid
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, RowMapping, insert, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from services.review.domain.accounts import Account, AccountKind
from services.review.models import account


@dataclass(frozen=True)
class AccountFilter:
    """The operator's filters of the account list; None leaves that one open."""

    kind: AccountKind | None = None
    active: bool | None = None
    organisation_codes: Sequence[str] | None = None  # e.g. every organisation of one role
    text: str | None = None  # a part of the username or the holder's name

    def clauses(self) -> list[ColumnElement[bool]]:
        found: list[ColumnElement[bool]] = []
        if self.kind is not None:
            found.append(account.c.kind == self.kind)
        if self.active is not None:
            found.append(account.c.active.is_(self.active))
        if self.organisation_codes is not None:
            found.append(account.c.organisation_code.in_(list(self.organisation_codes)))
        if self.text:
            found.append(
                or_(
                    account.c.username.contains(self.text, autoescape=True),
                    account.c.display_name.contains(self.text, autoescape=True),
                )
            )
        return found


class AccountRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def add(self, new: Account, *, now: datetime) -> None:
        await self._session.execute(
            insert(account).values(**asdict(new), created_at=now, updated_at=now)
        )

    async def get(self, account_id: uuid.UUID) -> Account | None:
        return await self._one(account.c.id == account_id)

    async def by_username(self, username: str) -> Account | None:
        return await self._one(account.c.username == username)

    async def save(self, changed: Account, *, now: datetime) -> None:
        values = asdict(changed)
        del values["id"], values["username"], values["kind"]
        await self._session.execute(
            update(account).where(account.c.id == changed.id).values(**values, updated_at=now)
        )

    async def list(
        self, organisation_code: str | None = None, *, where: AccountFilter | None = None
    ) -> list[Account]:
        query = select(account).order_by(account.c.organisation_code, account.c.username)
        if organisation_code is not None:
            query = query.where(account.c.organisation_code == organisation_code)
        if where is not None:
            query = query.where(*where.clauses())
        return [_account(row) for row in (await self._session.execute(query)).mappings()]

    async def _one(self, where: ColumnElement[bool]) -> Account | None:
        row = (await self._session.execute(select(account).where(where))).mappings().first()
        return _account(row) if row else None


def _account(row: RowMapping) -> Account:
    return Account(
        id=row["id"],
        username=row["username"],
        display_name=row["display_name"],
        kind=AccountKind(row["kind"]),
        organisation_code=row["organisation_code"],
        password_hash=row["password_hash"],
        active=row["active"],
        token_version=row["token_version"],
        failed_logins=row["failed_logins"],
        locked_until=row["locked_until"],
    )
