"""The department accounts as review announced them (AccountChanged): whether a token still
stands here (shared/account_state.py holds the rule and the table's shape)."""

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from services.committee.models import account_state
from shared.account_state import AccountState, known_state, record_account_change
from shared.contracts import AccountChanged


class AccountStateRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def known(self, account_id: uuid.UUID) -> AccountState | None:
        """The newest state review announced of the account (None: not heard of yet)."""
        return await known_state(self._session, account_state, account_id)

    async def record(self, event: AccountChanged) -> None:
        """Keeps the event's state if it is newer than the one known."""
        await record_account_change(self._session, account_state, event)
