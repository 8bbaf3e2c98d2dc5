"""What the committee hears: cases handed off by review, and account changes."""

from services.committee.handlers.hand_off import take_case
from services.committee.models import account_state
from services.committee.unit_of_work import CommitteeUnitOfWork
from shared.account_state import record_account_change
from shared.contracts import AccountChanged, CaseHandedOff, Envelope
from shared.messaging import Subscription


async def on_account_changed(
    uow: CommitteeUnitOfWork, event: AccountChanged, envelope: Envelope
) -> None:
    await record_account_change(uow.session, account_state, event)


SUBSCRIPTIONS = (
    Subscription(CaseHandedOff, take_case),
    Subscription(AccountChanged, on_account_changed),
)
