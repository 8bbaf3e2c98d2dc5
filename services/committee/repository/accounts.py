"""The department accounts as review announced them (AccountChanged): whether a token still
stands here (shared/account_state.py holds the rule and the table's shape)."""

from sqlalchemy.ext.asyncio import AsyncSession

from services.committee.models import account_state
from shared.account_state import record_account_change
from shared.contracts import AccountChanged


class AccountStateRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def record(self, event: AccountChanged) -> None:
        """Keeps the event's state if it is newer than the one known."""
        await record_account_change(self._session, account_state, event)
