"""The newest known state of each department or operator account."""

import uuid

from sqlalchemy import insert, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from services.notify.domain.accounts import AccountState
from services.notify.models import account_state


class AccountStateRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def get(self, account_id: uuid.UUID, *, for_update: bool = False) -> AccountState | None:
        query = select(account_state).where(account_state.c.account_id == account_id)
        row = (
            await self._session.execute(query.with_for_update() if for_update else query)
        ).first()
        if row is None:
            return None
        return AccountState(
            row.account_id, row.organisation_code, row.active, row.token_version, row.changed_at
        )

    async def put(self, state: AccountState, *, known: bool) -> None:
        values = {
            "organisation_code": state.organisation_code,
            "active": state.active,
            "token_version": state.token_version,
            "changed_at": state.changed_at,
        }
        if known:
            await self._session.execute(
                update(account_state)
                .where(account_state.c.account_id == state.account_id)
                .values(**values)
            )
        else:
            await self._session.execute(
                insert(account_state).values(account_id=state.account_id, **values)
            )
