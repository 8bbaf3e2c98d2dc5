"""The login throttle: an attack on one account from many clients holds new clients at the
account's window, but not a client the owner logged in from lately."""

import pytest

from shared.throttle import LoginLimits, LoginThrottle, Throttled

LIMITS = LoginLimits(per_pair="5/5minutes", per_client="30/10minutes", per_account="20/15minutes")


class Clock:
    now = 1000.0

    def __call__(self) -> float:
        return self.now


def fail(throttle: LoginThrottle, client: str, account: str) -> None:
    with throttle.attempt(client, account) as attempt:
        attempt.failed()


def test_many_clients_hold_a_new_client_but_not_the_owners_known_one() -> None:
    clock = Clock()
    throttle = LoginThrottle(LIMITS, kind="applicant", clock=clock)
    with throttle.attempt("10.0.0.9", "owner"):
        pass
    throttle.succeeded("10.0.0.9", "owner")  # the owner's office, last week
    for attacker in range(4):  # 4 clients × 5 guesses: the account's 20 are used up
        for _ in range(5):
            fail(throttle, f"192.0.2.{attacker}", "owner")
    with pytest.raises(Throttled) as held, throttle.attempt("198.51.100.7", "owner"):
        pass
    assert held.value.seconds > 0
    with throttle.attempt("10.0.0.9", "owner") as attempt:  # the owner's own client gets in
        assert not attempt.refused


def test_a_known_client_is_forgotten_after_the_configured_time() -> None:
    clock = Clock()
    limits = LoginLimits(per_account="2/15minutes")
    throttle = LoginThrottle(limits, kind="admin", clock=clock)
    throttle.succeeded("10.0.0.9", "Clerk")
    clock.now += limits.known_for.total_seconds() + 1
    fail(throttle, "192.0.2.1", "clerk")
    fail(throttle, "192.0.2.2", "clerk")
    with pytest.raises(Throttled), throttle.attempt("10.0.0.9", "clerk"):
        pass


def test_a_known_client_is_still_held_by_its_own_failures() -> None:
    throttle = LoginThrottle(LIMITS, kind="applicant")
    throttle.succeeded("10.0.0.9", "owner")
    for _ in range(5):
        fail(throttle, "10.0.0.9", "owner")
    with pytest.raises(Throttled), throttle.attempt("10.0.0.9", "owner"):
        pass
