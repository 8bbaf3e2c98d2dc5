"""Department and operator tokens checked outside review, the service that owns the accounts.

Review announces every account change (AccountChanged). A service that accepts its tokens keeps
the newest state per account in its own `account_state` table and refuses a token whose account
is disabled, has moved on to a newer token version (password reset, disabled), or belongs to
another organisation: such an account is shut out everywhere as of the event. An account not
heard of yet (its event is on the way) is judged by the token's signature alone."""

import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Boolean, Column, Integer, MetaData, String, Table, Uuid, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from shared.auth import Claims
from shared.contracts import AccountChanged
from shared.db import UnitOfWork, UTCDateTime
from shared.db.statements import affected, upsert_insert


@dataclass(frozen=True)
class AccountState:
    account_id: uuid.UUID
    organisation_code: str | None
    active: bool
    token_version: int
    changed_at: datetime


def token_stands(
    state: AccountState | None, *, token_version: int, organisation: str | None
) -> bool:
    """A signed, unexpired token stands unless its account is known to be disabled, to have
    moved past the token's version, or to belong to another organisation."""
    if state is None:
        return True
    return (
        state.active
        and token_version >= state.token_version
        and state.organisation_code == organisation
    )


def is_newer(incoming: AccountState, known: AccountState | None) -> bool:
    """Events about one account may arrive out of order: the higher token version wins, then
    the later change (enabling keeps the version)."""
    if known is None:
        return True
    return (incoming.token_version, incoming.changed_at) > (known.token_version, known.changed_at)


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


async def known_state(
    session: AsyncSession, table: Table, account_id: uuid.UUID, *, for_update: bool = False
) -> AccountState | None:
    query = select(table).where(table.c.account_id == account_id)
    row = (await session.execute(query.with_for_update() if for_update else query)).first()
    if row is None:
        return None
    return AccountState(
        row.account_id, row.organisation_code, row.active, row.token_version, row.changed_at
    )


async def record_account_change(session: AsyncSession, table: Table, event: AccountChanged) -> None:
    """Keeps the event's state if it is newer than the one known."""
    incoming = AccountState(
        event.account_id,
        event.organisation_code,
        event.active,
        event.token_version,
        event.changed_at,
    )
    values = {
        "organisation_code": incoming.organisation_code,
        "active": incoming.active,
        "token_version": incoming.token_version,
        "changed_at": incoming.changed_at,
    }
    insert_ = upsert_insert(session)
    created = await session.execute(
        insert_(table).values(account_id=incoming.account_id, **values).on_conflict_do_nothing()
    )
    if affected(created):
        return
    known = await known_state(session, table, incoming.account_id, for_update=True)
    if is_newer(incoming, known):
        await session.execute(
            update(table).where(table.c.account_id == incoming.account_id).values(**values)
        )


async def still_stands(session: AsyncSession, table: Table, claims: Claims) -> bool:
    state = await known_state(session, table, claims.account_id)
    return token_stands(state, token_version=claims.token_version, organisation=claims.organisation)


def announced_standing(
    uow_factory: Callable[[], UnitOfWork], table: Table
) -> Callable[[Claims], Awaitable[bool]]:
    """The Gate's `stands` of a service that keeps review's accounts in `table`: one read of
    its own per check, nothing written (it runs before the route's transaction opens)."""

    async def stands(claims: Claims) -> bool:
        async with uow_factory() as uow:
            return await still_stands(uow.session, table, claims)

    return stands
