"""Slowing down guessing, with the `limits` library: failed logins counted by client, by account
(by the name typed, whether or not it exists) and by the two together, and any other action
counted per key. In memory, per process: each API replica counts on its own.

A refusal is `Throttled`, answered 429 with `Retry-After` and a Chinese message. Nobody is
locked out by others: the owner's own client is slowed only by its own failures; an attack on an
account from many clients makes new clients wait the account window (15 minutes), but not a
client the owner logged in from in the last 30 days (their office, their phone)."""

import math
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import timedelta

from cachetools import TTLCache
from fastapi import Request
from limits import RateLimitItem, parse
from limits.storage import MemoryStorage
from limits.strategies import MovingWindowRateLimiter

from shared.metrics import LOGIN_FAILURES, LOGIN_THROTTLED
from shared.refusals import TooManyRequests


class Throttled(TooManyRequests):
    """429 with Retry-After, answered like every refusal (shared/refusals.py)."""


def client_of(request: Request) -> str:
    """The client's address as the server saw it (behind a proxy: run uvicorn with
    --proxy-headers and --forwarded-allow-ips so that it is the real client's)."""
    return request.client.host if request.client else "unknown"


class Limits:
    """Named rate limits ("5/5minutes") over keys."""

    def __init__(self, limits: dict[str, str], *, clock: Callable[[], float] = time.time) -> None:
        self._items: dict[str, RateLimitItem] = {name: parse(spec) for name, spec in limits.items()}
        self._limiter = MovingWindowRateLimiter(MemoryStorage())
        self._clock = clock

    def wait(self, name: str, *keys: str, cost: int = 1) -> int:
        """Seconds before `cost` more hits are allowed (0: now)."""
        item = self._items[name]
        if self._limiter.test(item, *keys, cost=cost):
            return 0
        reset_at = self._limiter.get_window_stats(item, *keys).reset_time
        return max(1, math.ceil(reset_at - self._clock()))

    def hit(self, name: str, *keys: str) -> None:
        self._limiter.hit(self._items[name], *keys)

    def clear(self, name: str, *keys: str) -> None:
        self._limiter.clear(self._items[name], *keys)


@dataclass(frozen=True)
class LoginLimits:
    per_pair: str = "5/5minutes"  # one client guessing one account
    per_client: str = "30/10minutes"  # one client trying many accounts
    per_account: str = "20/15minutes"  # many clients trying one account, except known ones
    known_for: timedelta = timedelta(days=30)  # a client the owner logged in from stays known
    known_pairs: int = 100_000  # at most this many remembered (client, account) pairs


LOGIN_WAIT_MESSAGE = "登录失败次数过多，请于 {seconds} 秒后再试"


class LoginAttempt:
    refused = False

    def failed(self) -> None:
        """The password was wrong (or the account unknown): the attempt counts."""
        self.refused = True


class LoginThrottle:
    """`kind` labels the login_throttled series: whose logins these are (admin, applicant)."""

    def __init__(
        self, limits: LoginLimits, *, kind: str, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self._kind = kind
        LOGIN_THROTTLED.labels(kind)  # served at 0 from the start
        LOGIN_FAILURES.labels(kind)
        self._limits = Limits(
            {"pair": limits.per_pair, "client": limits.per_client, "account": limits.per_account}
        )
        self._pending: Counter[tuple[str, tuple[str, ...]]] = Counter()
        # (client, account) pairs that logged in: the account-wide window does not hold them
        self._known: TTLCache[tuple[str, str], bool] = TTLCache(
            maxsize=limits.known_pairs, ttl=limits.known_for.total_seconds(), timer=clock
        )

    @contextmanager
    def attempt(self, client: str, account: str) -> Iterator["LoginAttempt"]:
        """One login attempt, entered before the password is hashed. Raises Throttled while this
        client, this account or the two together must wait, counting the attempts still being
        hashed as if they had failed: concurrent guesses cannot all pass a check made before
        any of them failed. Only a failure (`.failed()`) is kept in the windows. A client the
        owner logged in from lately is not held by the account's window, only by its own."""
        account = account.strip().lower()
        keys: tuple[tuple[str, tuple[str, ...]], ...] = (
            ("pair", (client, account)),
            ("client", (client,)),
        )
        if (client, account) not in self._known:
            keys += (("account", (account,)),)
        wait = max(
            self._limits.wait(name, *key, cost=1 + self._pending[(name, key)]) for name, key in keys
        )
        if wait:
            LOGIN_THROTTLED.labels(self._kind).inc()
            raise Throttled(wait, LOGIN_WAIT_MESSAGE.format(seconds=wait))
        for name, key in keys:
            self._pending[(name, key)] += 1
        attempt = LoginAttempt()
        try:
            yield attempt
        finally:
            for name, key in keys:
                self._pending[(name, key)] -= 1
                if not self._pending[(name, key)]:
                    del self._pending[(name, key)]
                if attempt.refused:
                    self._limits.hit(name, *key)

    def succeeded(self, client: str, account: str) -> None:
        """The owner got in: their own client's failures on it are forgotten, and the client is
        known to the account from now on (`LoginLimits.known_for`)."""
        account = account.strip().lower()
        self._limits.clear("pair", client, account)
        self._known[(client, account)] = True
