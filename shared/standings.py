"""A few seconds' memory of the Gate's answer that a token's account still stands, so that a
user clicking through a screen costs one account read every `seconds`, not one per request.

The bound is the point: an account disabled, or whose password was reset, in another process
(another replica, or review announcing it to intake, committee and notify) is refused at the
latest `seconds` after that process committed; in the process that made the change it is
refused at once, because the change calls `forget` after its commit. Only standing answers are
kept: a refusal is read afresh every time, so that an account enabled again is let in at once.

The memory is keyed by account and remembers which token it answered for (audience, token
version, organisation, role): a token with other claims, e.g. one issued after a password reset,
is checked afresh. In memory, per process, bounded in size (the oldest are dropped first)."""

import time
import uuid
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Generic, TypeVar

from cachetools import TTLCache

StandingT = TypeVar("StandingT")

# far more accounts than work in one process within a few seconds; a full memory drops the oldest
MAX_ACCOUNTS = 50_000


@dataclass
class RememberedStandings(Generic[StandingT]):
    seconds: float
    timer: Callable[[], float] = time.monotonic

    def __post_init__(self) -> None:
        self._kept: TTLCache[uuid.UUID, tuple[Hashable, StandingT]] = TTLCache(
            maxsize=MAX_ACCOUNTS, ttl=self.seconds, timer=self.timer
        )

    def recall(self, account_id: uuid.UUID, token: Hashable) -> StandingT | None:
        """What was answered for this account and these claims within `seconds`, else None."""
        kept = self._kept.get(account_id)
        if kept is None or kept[0] != token:
            return None
        return kept[1]

    def keep(self, account_id: uuid.UUID, token: Hashable, standing: StandingT) -> None:
        self._kept[account_id] = (token, standing)

    def forget(self, account_id: uuid.UUID) -> None:
        self._kept.pop(account_id, None)


def remembered_standings(seconds: float) -> RememberedStandings[StandingT] | None:
    """The memory for a service's Gate; None (every request reads) when `seconds` is 0."""
    return RememberedStandings(seconds) if seconds > 0 else None
