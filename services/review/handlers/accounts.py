"""Accounts: the operator creates them and resets passwords; departments log in."""

import secrets
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

import structlog

from services.review.commands import CreateAccount, LogIn
from services.review.domain.accounts import (
    Account,
    AccountKind,
    InvalidAccount,
    LoginRefused,
    after_login_attempt,
    check_new_account,
    check_password,
    disabled,
    enabled,
    with_password,
)
from services.review.reference_data import ReferenceData
from services.review.unit_of_work import ReviewUnitOfWork
from shared.auth import Audience, Tokens, hash_password_off_loop
from shared.auth import check_password as check_password_off_loop
from shared.contracts import AccountChanged
from shared.refusals import NotFound

log = structlog.get_logger(__name__)


class AccountNotFound(NotFound):
    message = "账号不存在"


@dataclass(frozen=True)
class Session:
    token: str
    account: Account
    expires_at: datetime


async def create_account(
    uow: ReviewUnitOfWork, command: CreateAccount, reference: ReferenceData
) -> tuple[Account, str]:
    """A new account and its password (generated unless given: shown this once)."""
    check_new_account(
        command.username, command.display_name, command.kind, command.organisation_code
    )
    # "" is no organisation either: it must not reach the database's foreign key as one
    if (
        command.organisation_code is not None
        and reference.directory.get(command.organisation_code) is None
    ):
        raise InvalidAccount("organisation_code", "机构目录中没有此机构")
    if await uow.accounts.by_username(command.username):
        raise InvalidAccount("username", "用户名已被使用")
    password = command.password or secrets.token_urlsafe(12)
    check_password(password, facts=(command.username, command.display_name))
    account = Account(
        id=uuid.uuid4(),
        username=command.username,
        display_name=command.display_name.strip(),
        kind=command.kind,
        organisation_code=command.organisation_code,
        password_hash=await hash_password_off_loop(password),
        active=True,
        token_version=1,
        failed_logins=0,
        locked_until=None,
    )
    await uow.accounts.add(account, now=uow.clock())
    await _announce(uow, account)
    log.info("account_created", account_id=str(account.id), organisation=account.organisation_code)
    return account, password


async def reset_password(uow: ReviewUnitOfWork, account_id: uuid.UUID) -> str:
    """A new generated password; the account's tokens stop working."""
    account = await _existing(uow, account_id)
    password = secrets.token_urlsafe(12)
    await _save(uow, with_password(account, await hash_password_off_loop(password)))
    log.info("account_password_reset", account_id=str(account_id))
    return password


async def set_active(uow: ReviewUnitOfWork, account_id: uuid.UUID, *, active: bool) -> Account:
    """Disabling stops the account's tokens at once; enabling lets it log in again."""
    account = await _existing(uow, account_id)
    changed = enabled(account) if active else disabled(account)
    await _save(uow, changed)
    log.info("account_enabled" if active else "account_disabled", account_id=str(account_id))
    return changed


async def change_password(
    uow: ReviewUnitOfWork, account_id: uuid.UUID, *, old: str, new: str
) -> None:
    account = await _existing(uow, account_id)
    if not await check_password_off_loop(old, account.password_hash):
        raise InvalidAccount("old_password", "原密码不正确")
    check_password(new, field="new_password", facts=(account.username, account.display_name))
    await _save(uow, with_password(account, await hash_password_off_loop(new)))


async def log_in(
    uow_factory: Callable[[], ReviewUnitOfWork],
    command: LogIn,
    tokens: Tokens,
    reference: ReferenceData,
) -> Session:
    """A token for the account, or LoginRefused; failures are counted and throttled.

    Takes the factory, not an open unit of work, and commits itself: the account is read and
    its database connection given back before the password is checked
    (off the loop, on the bounded hashing threads), so logins waiting for a hash hold no
    connection; the outcome is recorded in a unit of work of its own, on the account as it is
    then (a password changed meanwhile refuses this attempt)."""
    username = command.username.strip()
    async with uow_factory() as uow:
        account = await uow.accounts.by_username(username)
    # an unknown name costs a dummy hash's check, as long as a real one
    stored = account.password_hash if account is not None else None
    password_ok = await check_password_off_loop(command.password, stored)
    if account is None:
        raise LoginRefused("用户名或密码错误")
    async with uow_factory() as uow:
        current = await uow.accounts.by_username(username)
        if current is None or current.password_hash != stored:
            raise LoginRefused("用户名或密码错误")
        attempted = after_login_attempt(current, password_ok=password_ok, now=uow.clock())
        await uow.accounts.save(attempted, now=uow.clock())
        await uow.commit()
    account = current
    if not password_ok:
        log.info("login_failed", account_id=str(account.id), failures=attempted.failed_logins)
        raise LoginRefused("用户名或密码错误")
    organisation = reference.directory.get(account.organisation_code or "")
    token, expires_at = tokens.issue(
        account_id=account.id,
        audience=Audience.admin if account.kind == AccountKind.admin else Audience.department,
        token_version=account.token_version,
        organisation=account.organisation_code,
        role=organisation.role.value if organisation else None,
    )
    log.info("logged_in", account_id=str(account.id))
    return Session(token=token, account=attempted, expires_at=expires_at)


async def _save(uow: ReviewUnitOfWork, changed: Account) -> None:
    await uow.accounts.save(changed, now=uow.clock())
    await _announce(uow, changed)


async def _announce(uow: ReviewUnitOfWork, account: Account) -> None:
    """Tells the other services that accept department tokens how the account stands now."""
    await uow.emit(
        AccountChanged(
            account_id=account.id,
            organisation_code=account.organisation_code,
            active=account.active,
            token_version=account.token_version,
            changed_at=uow.clock(),
        ),
        correlation_id=uuid.uuid4(),
    )


async def _existing(uow: ReviewUnitOfWork, account_id: uuid.UUID) -> Account:
    account = await uow.accounts.get(account_id)
    if account is None:
        raise AccountNotFound()
    return account
