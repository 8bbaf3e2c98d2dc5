"""Whether a department token still stands at the committee: its account as review last
announced it (disabled, a newer token version, another organisation: shut out at once)."""

from collections.abc import Awaitable, Callable

from services.committee.unit_of_work import CommitteeUnitOfWork
from shared.account_state import token_stands
from shared.auth import Claims
from shared.contracts import AccountChanged, Envelope


def account_stands(
    uow_factory: Callable[[], CommitteeUnitOfWork],
) -> Callable[[Claims], Awaitable[bool]]:
    """The Gate's `stands`: one read of its own per check, nothing written (it runs before
    the route's transaction opens)."""

    async def stands(claims: Claims) -> bool:
        async with uow_factory() as uow:
            state = await uow.accounts.known(claims.account_id)
        return token_stands(
            state, token_version=claims.token_version, organisation=claims.organisation
        )

    return stands


async def on_account_changed(uow: CommitteeUnitOfWork, event: AccountChanged, _: Envelope) -> None:
    await uow.accounts.record(event)
