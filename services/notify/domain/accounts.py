"""Whose department or operator token still stands: notify keeps each account's newest state
from review's AccountChanged events."""

import uuid
from dataclasses import dataclass
from datetime import datetime


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
    """A signed, unexpired token stands unless its account is known to be disabled, to have a
    newer token version (password reset, disabled) or to belong elsewhere. An account notify
    has not heard of yet (its event is on the way) is judged by the signature alone."""
    if state is None:
        return True
    return (
        state.active
        and state.token_version == token_version
        and state.organisation_code == organisation
    )


def is_newer(incoming: AccountState, known: AccountState | None) -> bool:
    """Events about one account may arrive out of order: the higher token version wins, then
    the later change (enabling keeps the version)."""
    if known is None:
        return True
    return (incoming.token_version, incoming.changed_at) > (known.token_version, known.changed_at)
