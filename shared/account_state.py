"""Department tokens checked outside review, the service that owns the accounts.

Review announces every account change (AccountChanged). A service that accepts department
tokens keeps the newest state per account in its own `account_state` table and refuses a token
whose account is disabled or whose token version is older than the account's: a disabled
account, or one whose password was reset, is shut out everywhere at once."""

from collections.abc import Collection

from fastapi import Request
from sqlalchemy import Boolean, Column, Integer, MetaData, String, Table, Uuid, or_, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from shared.auth import Audience, Claims, InvalidToken, Tokens, bearer_token, unauthenticated
from shared.contracts import AccountChanged
from shared.db import UTCDateTime


def account_state_table(metadata: MetaData) -> Table:
    return Table(
        "account_state",
        metadata,
        Column("account_id", Uuid, primary_key=True),
        Column("organisation_code", String(60)),
        Column("active", Boolean, nullable=False),
        Column("token_version", Integer, nullable=False),
        Column("changed_at", UTCDateTime, nullable=False),
    )


async def record_account_change(session: AsyncSession, table: Table, event: AccountChanged) -> None:
    """Keeps the newest state: a higher token version, or the same one changed later."""
    insert_ = (
        postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert
    )
    statement = insert_(table).values(
        account_id=event.account_id,
        organisation_code=event.organisation_code,
        active=event.active,
        token_version=event.token_version,
        changed_at=event.changed_at,
    )
    newer = or_(
        statement.excluded.token_version > table.c.token_version,
        (statement.excluded.token_version == table.c.token_version)
        & (statement.excluded.changed_at >= table.c.changed_at),
    )
    await session.execute(
        statement.on_conflict_do_update(
            index_elements=[table.c.account_id],
            set_={
                k: statement.excluded[k]
                for k in ("organisation_code", "active", "token_version", "changed_at")
            },
            where=newer,
        )
    )


async def still_stands(session: AsyncSession, table: Table, claims: Claims) -> bool:
    """False if the account is known to be disabled or to have moved past this token."""
    row = (
        await session.execute(select(table).where(table.c.account_id == claims.account_id))
    ).first()
    return row is None or (row.active and claims.token_version >= row.token_version)


async def verify_department(
    request: Request,
    *,
    tokens: Tokens,
    sessions: async_sessionmaker[AsyncSession],
    table: Table,
    roles: Collection[str],
) -> Claims:
    """The claims of the request's department token, if it is valid, its organisation has one
    of `roles`, and its account still stands; else 401."""
    try:
        claims = tokens.verify(bearer_token(request), audience=Audience.department)
    except InvalidToken:
        raise unauthenticated() from None
    if claims.organisation is None or claims.role not in roles:
        raise unauthenticated()
    async with sessions() as session:
        if not await still_stands(session, table, claims):
            raise unauthenticated()
    return claims
