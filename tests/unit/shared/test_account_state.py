"""Whose token stands, from the newest account state a service has heard of (notify, committee)."""

import uuid
from datetime import UTC, datetime, timedelta

from shared.account_state import AccountState, is_newer, token_stands

T0 = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)
ACCOUNT = AccountState(uuid.uuid4(), "330122.county_hr", True, 2, T0)


def test_a_token_of_the_current_version_of_an_active_account_stands() -> None:
    assert token_stands(ACCOUNT, token_version=2, organisation="330122.county_hr")


def test_older_tokens_disabled_accounts_and_other_organisations_are_refused() -> None:
    assert not token_stands(ACCOUNT, token_version=1, organisation="330122.county_hr")
    disabled = AccountState(ACCOUNT.account_id, "330122.county_hr", False, 3, T0)
    assert not token_stands(disabled, token_version=3, organisation="330122.county_hr")
    assert not token_stands(ACCOUNT, token_version=2, organisation="330100.city_bureau")


def test_an_account_not_heard_of_yet_is_judged_by_its_signature() -> None:
    assert token_stands(None, token_version=1, organisation="330122.county_hr")


def test_a_late_event_does_not_undo_a_newer_state() -> None:
    newer = AccountState(ACCOUNT.account_id, "330122.county_hr", False, 3, T0)
    assert is_newer(newer, ACCOUNT)
    assert not is_newer(ACCOUNT, newer)
    enabled_later = AccountState(ACCOUNT.account_id, "330122.county_hr", True, 3, T0 + timedelta(1))
    assert is_newer(enabled_later, newer)  # enabling keeps the version: the later change wins
    assert is_newer(ACCOUNT, None)
