"""Applicant accounts: register, log in (throttled), and check a token against its account."""

import asyncio
import functools
import uuid
from collections.abc import Callable
from datetime import datetime
from typing import Any

import structlog
from sqlalchemy.exc import IntegrityError

from services.intake.commands import LogIn, Register
from services.intake.domain.account import register as checked_registration
from services.intake.handlers.errors import AlreadyRegistered, BadCredentials, LockedOut
from services.intake.unit_of_work import IntakeUnitOfWork
from shared.auth import Audience, Tokens, hash_password, locked_until, verify_password

log = structlog.get_logger(__name__)


async def register(uow_factory: Callable[[], IntakeUnitOfWork], command: Register) -> uuid.UUID:
    """Creates the applicant's account; AlreadyRegistered if the ID number has one."""
    async with uow_factory() as uow:
        account = checked_registration(command.registration, today=uow.clock().date())
        # argon2 takes ~0.1 s of CPU: off the event loop, and before any lock is taken
        password_hash = await asyncio.to_thread(hash_password, command.registration.password)
        account_id = uuid.uuid4()
        try:
            await uow.accounts.add(
                account_id, account, password_hash=password_hash, now=uow.clock()
            )
            await uow.commit()
        except IntegrityError as exc:
            raise AlreadyRegistered() from exc
    log.info("applicant_registered", account_id=str(account_id))
    return account_id


async def log_in(
    uow_factory: Callable[[], IntakeUnitOfWork], tokens: Tokens, command: LogIn
) -> tuple[str, datetime]:
    """A token and its expiry; BadCredentials or LockedOut otherwise."""
    async with uow_factory() as uow:
        now = uow.clock()
        account = await uow.accounts.by_id_number(command.id_number.strip().upper())
        if account is None:
            # as slow as a real check, so timing does not tell which ID numbers have accounts
            await asyncio.to_thread(verify_password, command.password, _decoy_hash())
            raise BadCredentials()
        if account.locked_until is not None and account.locked_until > now:
            raise LockedOut(account.locked_until)
        if not await asyncio.to_thread(verify_password, command.password, account.password_hash):
            await _count_failure(uow, account, now)
            raise BadCredentials()
        if account.failed_logins or account.locked_until:
            await uow.accounts.record_login(account.id, failed_logins=0, locked_until=None)
            await uow.commit()
    return tokens.issue(
        account_id=account.id, audience=Audience.applicant, token_version=account.token_version
    )


async def _count_failure(uow: IntakeUnitOfWork, account: Any, now: datetime) -> None:
    failures = account.failed_logins + 1
    until = locked_until(failures, now)
    await uow.accounts.record_login(account.id, failed_logins=failures, locked_until=until)
    await uow.commit()
    log.info("applicant_login_failed", account_id=str(account.id), failures=failures)


async def token_is_current(
    uow_factory: Callable[[], IntakeUnitOfWork], account_id: uuid.UUID, token_version: int
) -> bool:
    """False once the account is gone or has revoked the tokens issued before (token_version)."""
    async with uow_factory() as uow:
        return await uow.accounts.token_version(account_id) == token_version


@functools.cache
def _decoy_hash() -> str:
    return hash_password(uuid.uuid4().hex)
