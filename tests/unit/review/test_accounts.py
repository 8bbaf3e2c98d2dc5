"""Login attempts: failures lock the account for a while; a disabled account cannot log in."""

import uuid
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from services.review.domain.accounts import (
    Account,
    AccountKind,
    InvalidAccount,
    LoginRefused,
    after_login_attempt,
    check_new_account,
    check_password,
    disabled,
    with_password,
)

NOW = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)
ACCOUNT = Account(
    uuid.uuid4(),
    "xihu_hr",
    "王芳",
    AccountKind.department,
    "330106.county_hr",
    "h",
    True,
    1,
    0,
    None,
)


def test_wrong_passwords_are_counted_but_never_lock_the_owner_out() -> None:
    account = ACCOUNT
    for _ in range(12):
        account = after_login_attempt(account, password_ok=False, now=NOW)
    assert (account.failed_logins, account.locked_until) == (12, None)
    back = after_login_attempt(account, password_ok=True, now=NOW + timedelta(seconds=1))
    assert back.failed_logins == 0, "the right password still works: the edge throttles"


@pytest.mark.parametrize("weak", ["aaaaaaaaaa", "password123", "qwertyuiop", "1234567890"])
def test_weak_department_passwords_are_refused_saying_what_would_do(weak: str) -> None:
    with pytest.raises(InvalidAccount, match="密码强度不足") as refused:
        check_password(weak)
    assert "不相关的词语" in str(refused.value)
    check_password("xihu-Hr-2026-quiet-river")


def test_a_disabled_account_cannot_log_in_and_its_tokens_end() -> None:
    off = disabled(ACCOUNT)
    assert off.token_version == ACCOUNT.token_version + 1
    with pytest.raises(LoginRefused, match="账号已停用"):
        after_login_attempt(off, password_ok=True, now=NOW)


def test_a_new_password_ends_old_tokens_and_forgives_failures() -> None:
    locked = replace(ACCOUNT, failed_logins=7, locked_until=NOW + timedelta(hours=1))
    fresh = with_password(locked, "new-hash")
    assert (fresh.failed_logins, fresh.locked_until, fresh.token_version) == (0, None, 2)


@pytest.mark.parametrize(
    ("username", "name", "kind", "org", "field"),
    [
        ("AB", "x", AccountKind.department, "o", "username"),
        ("ok_name", " ", AccountKind.department, "o", "display_name"),
        ("ok_name", "x", AccountKind.department, None, "organisation_code"),
        ("ok_name", "x", AccountKind.admin, "o", "organisation_code"),
    ],
)
def test_new_accounts_are_checked(
    username: str, name: str, kind: AccountKind, org: str | None, field: str
) -> None:
    with pytest.raises(InvalidAccount) as invalid:
        check_new_account(username, name, kind, org)
    assert invalid.value.field == field
