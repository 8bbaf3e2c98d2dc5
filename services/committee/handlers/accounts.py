"""The department accounts as review announces them (AccountChanged): the newest state of each
is kept, for the Gate's word on whether a token still stands (shared/account_state.py)."""

from services.committee.unit_of_work import CommitteeUnitOfWork
from shared.contracts import AccountChanged, Envelope


async def on_account_changed(uow: CommitteeUnitOfWork, event: AccountChanged, _: Envelope) -> None:
    await uow.accounts.record(event)
