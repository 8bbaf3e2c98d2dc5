"""Department and operator accounts (统一分配的账号): who may log in, and the login throttle."""

import re
import uuid
from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum
from zoneinfo import ZoneInfo

from shared.password_strength import weak_password_problem

USERNAME = re.compile(r"[a-z0-9][a-z0-9_.-]{2,59}")
MIN_PASSWORD = 10
CHINA = ZoneInfo("Asia/Shanghai")


class AccountKind(StrEnum):
    department = "department"  # belongs to one organisation of the directory
    admin = "admin"  # the operator (系统管理员): creates accounts, resets passwords


@dataclass(frozen=True)
class Account:
    id: uuid.UUID
    username: str
    display_name: str
    kind: AccountKind
    organisation_code: str | None
    password_hash: str
    active: bool
    token_version: int
    failed_logins: int
    locked_until: datetime | None

    def admits(self, token_version: int) -> bool:
        """A token of this version still stands: the account is active and neither disabled
        nor given a new password since the token was issued."""
        return self.active and self.token_version == token_version


class LoginRefused(Exception):
    """Why the login failed, in Chinese; never says whether the username exists.
    `retry_after` is set while the account is locked by failed attempts."""

    def __init__(self, message: str, retry_after: datetime | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class InvalidAccount(ValueError):
    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


def check_new_account(username: str, display_name: str, kind: AccountKind, org: str | None) -> None:
    if not USERNAME.fullmatch(username):
        raise InvalidAccount("username", "用户名为 3–60 位小写字母、数字或 _ . -，以字母或数字开头")
    if not display_name.strip():
        raise InvalidAccount("display_name", "姓名不能为空")
    if (kind == AccountKind.department) != (org is not None):
        raise InvalidAccount("organisation_code", "部门账号须属于一个机构；管理员账号不属于机构")


def check_password(password: str, *, field: str = "password", facts: tuple[str, ...] = ()) -> None:
    """A password long and unguessable enough (zxcvbn); `facts` are the account's own name and
    username, which a password must not be built on."""
    if len(password) < MIN_PASSWORD:
        raise InvalidAccount(field, f"密码至少 {MIN_PASSWORD} 位")
    if problem := weak_password_problem(password, user_inputs=facts):
        raise InvalidAccount(field, problem)


def after_login_attempt(account: Account, *, password_ok: bool, now: datetime) -> Account:
    """The account to save after one login attempt: a wrong password counts up (for the record:
    guessing is slowed at the edge, by client and by account, and never locks the owner out for
    long, see shared/throttle.py); a success clears the count. Raises LoginRefused when the right
    password is given for a disabled account."""
    if not password_ok:
        return replace(account, failed_logins=account.failed_logins + 1, locked_until=None)
    if not account.active:
        raise LoginRefused("账号已停用，请联系系统管理员")
    return replace(account, failed_logins=0, locked_until=None)


def disabled(account: Account) -> Account:
    """Disabled: its tokens stop working at once (the token version moves on)."""
    return replace(account, active=False, token_version=account.token_version + 1)


def enabled(account: Account) -> Account:
    return replace(account, active=True, failed_logins=0, locked_until=None)


def with_password(account: Account, password_hash: str) -> Account:
    """A new password: old tokens stop working, failed logins are forgiven."""
    return replace(
        account,
        password_hash=password_hash,
        token_version=account.token_version + 1,
        failed_logins=0,
        locked_until=None,
    )
