"""Which errors mean "the database could not be reached" (wait) and which are a message's own
failure (count it)."""

from datetime import timedelta

import asyncpg
import pytest
from sqlalchemy import exc as sa

from shared.db.availability import is_unavailable
from shared.messaging.relay import MAX_ROW_BACKOFF, row_backoff


def _raised_from(cause: BaseException, error: BaseException) -> BaseException:
    try:
        raise error from cause
    except BaseException as raised:
        return raised


@pytest.mark.parametrize(
    "error",
    [
        ConnectionRefusedError(111, "Connect call failed"),
        ConnectionResetError(104, "reset by peer"),
        TimeoutError(),
        asyncpg.ConnectionDoesNotExistError("connection was closed in the middle of operation"),
        asyncpg.CannotConnectNowError("the database system is starting up"),
        asyncpg.TooManyConnectionsError("too many clients"),
        sa.OperationalError("select 1", {}, Exception("server closed the connection")),
        sa.TimeoutError("QueuePool limit reached"),
        sa.DBAPIError("select 1", {}, Exception("gone"), connection_invalidated=True),
        _raised_from(OSError("unreachable"), RuntimeError("wrapped by a library")),
    ],
    ids=lambda e: type(e).__name__,
)
def test_an_unreachable_database_is_unavailable(error: BaseException) -> None:
    assert is_unavailable(error)


@pytest.mark.parametrize(
    "error",
    [
        ValueError("a bad payload"),
        RuntimeError("the handler fails"),
        sa.IntegrityError("insert", {}, Exception("duplicate key")),
        sa.DBAPIError("select 1", {}, Exception("division by zero")),
        KeyError("missing"),
    ],
    ids=lambda e: type(e).__name__,
)
def test_a_failure_of_the_message_itself_is_not(error: BaseException) -> None:
    assert not is_unavailable(error)


def test_a_refused_row_waits_two_four_eight_then_at_most_ten_seconds() -> None:
    waits = [row_backoff(n).total_seconds() for n in range(1, 8)]
    assert waits == [2, 4, 8, 10, 10, 10, 10]
    assert row_backoff(10_000) == MAX_ROW_BACKOFF == timedelta(seconds=10)
