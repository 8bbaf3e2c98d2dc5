"""Exponential backoff, a bounded number of tries, no retry of a permanent refusal."""

from datetime import UTC, datetime, timedelta

from services.notify.domain.delivery import RetryPolicy

NOW = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)
POLICY = RetryPolicy(max_attempts=5, base=timedelta(seconds=30), longest=timedelta(minutes=2))


def test_each_failed_try_waits_twice_as_long_up_to_the_longest_wait() -> None:
    waits = [POLICY.backoff(n) for n in range(1, 6)]
    assert waits == [timedelta(seconds=s) for s in (30, 60, 120, 120, 120)]


def test_after_the_configured_tries_the_notice_is_given_up() -> None:
    assert POLICY.next_try(1, permanent=False, now=NOW) == NOW + timedelta(seconds=30)
    assert POLICY.next_try(4, permanent=False, now=NOW) == NOW + timedelta(minutes=2)
    assert POLICY.next_try(5, permanent=False, now=NOW) is None


def test_a_permanent_refusal_is_not_tried_again() -> None:
    assert POLICY.next_try(1, permanent=True, now=NOW) is None


def test_a_huge_number_of_tries_does_not_overflow() -> None:
    assert POLICY.backoff(10_000) == timedelta(minutes=2)
