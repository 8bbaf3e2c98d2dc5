"""Applicant accounts: register, log in (throttled), change or reset the password, and check a
token against its account."""

import secrets
import uuid
from collections.abc import Callable
from datetime import datetime

import structlog
from sqlalchemy.exc import IntegrityError

from services.intake.commands import ChangePassword, LogIn, Register, ResetPassword
from services.intake.domain.account import Registration, password_problems
from services.intake.domain.account import register as checked_registration
from services.intake.domain.identity import normalise_mobile
from services.intake.domain.problems import Invalid, Problem
from services.intake.handlers.errors import BadCredentials, BadPhoneCode
from services.intake.handlers.phone_codes import take_code
from services.intake.models import account_state, audit
from services.intake.repository.records import AccountRecord
from services.intake.unit_of_work import IntakeUnitOfWork
from shared.account_state import still_stands
from shared.audit import AuditAction, Audited, record
from shared.auth import Audience, Claims, Tokens, check_password, hash_password_off_loop
from shared.contracts import CodePurpose
from shared.metrics import LOGIN_FAILURES
from shared.privacy import mask_id_number

log = structlog.get_logger(__name__)


async def register(
    uow_factory: Callable[[], IntakeUnitOfWork], command: Register
) -> uuid.UUID | None:
    """Creates the applicant's account once the phone's SMS code is right. An ID number that
    has an account already is answered exactly as a new one (None here, nothing created): the
    caller must not learn which numbers are registered.

    It takes the factory, not an open unit of work: a wrong code's try is committed before the
    refusal (which would roll it back), and a concurrent registration of the same number is
    rolled back here and answered as success."""
    account = None
    async with uow_factory() as uow:
        checked = checked_registration(command.registration, today=uow.clock().date())
        await _take_code(uow, checked.phone, CodePurpose.register, command.phone_code)
        existing = await uow.accounts.by_id_number(checked.id_number.value)
        if existing is not None:
            await uow.commit()  # the code is used up all the same
            log.info("registration_for_a_registered_id_number", account_id=str(existing.id))
            return None
        password_hash = await hash_password_off_loop(command.registration.password)
        account = uuid.uuid4()
        try:
            await uow.accounts.add(account, checked, password_hash=password_hash, now=uow.clock())
            await _audited(
                uow, account, AuditAction.account_register, command.source, checked.id_number.value
            )
            await uow.commit()
        except IntegrityError:  # registered a moment ago by a concurrent request
            log.info("registration_for_a_registered_id_number", account_id=None)
            return None
    log.info("applicant_registered", account_id=str(account))
    return account


async def reset_password(
    uow_factory: Callable[[], IntakeUnitOfWork], command: ResetPassword
) -> uuid.UUID | None:
    """Sets a new password once the SMS code sent to the account's own phone is right; every
    token issued before stops working and no lock-out remains, so the owner takes the account
    back: the account's id (None when nothing changed). An ID number and phone that do not
    belong together are answered as success and change nothing: the caller must not learn which
    numbers are registered.

    It takes the factory: the new password is hashed before the transaction opens (no
    connection waits for the hash), and a wrong code's try is committed before the refusal."""
    problems = []
    try:
        phone = normalise_mobile(command.phone)
    except ValueError as exc:
        problems.append(Problem("phone", str(exc)))
    id_number = command.id_number.strip().upper()
    strength = password_problems(
        Registration(
            name="", id_number=id_number, phone=command.phone, password=command.new_password
        )
    )
    problems += [Problem("new_password", message) for message in strength]
    if problems:
        raise Invalid(problems)
    # hashed before the unit of work: no database connection waits for the hash
    password_hash = await hash_password_off_loop(command.new_password)
    async with uow_factory() as uow:
        await _take_code(uow, phone, CodePurpose.reset, command.phone_code)
        account = await uow.accounts.by_id_number(id_number)
        if account is None or account.phone != phone:
            await uow.commit()
            log.info("password_reset_not_matching", known=account is not None)
            return None
        await uow.accounts.reset_password(account.id, password_hash=password_hash)
        await _audited(
            uow, account.id, AuditAction.account_reset_password, command.source, id_number
        )
        await uow.commit()
    log.info("applicant_password_reset", account_id=str(account.id))
    return account.id


async def _take_code(uow: IntakeUnitOfWork, phone: str, purpose: CodePurpose, code: str) -> None:
    """Uses up the phone's code, or commits the counted try and refuses (BadPhoneCode)."""
    if not await take_code(uow, phone, purpose, code):
        await uow.commit()
        raise BadPhoneCode()


async def _audited(
    uow: IntakeUnitOfWork,
    account: uuid.UUID,
    action: AuditAction,
    source: str | None,
    id_number: str,
) -> None:
    """The applicant acted on their own account: the record names it by id and shows the ID
    number masked, never in full, and no phone."""
    entry = Audited(
        actor=f"applicant:{account}",
        action=action,
        target=str(account),
        source=source,
        detail={"id_number": mask_id_number(id_number)},
    )
    await record(uow.session, audit, entry, at=uow.clock())


class WrongOldPassword(Invalid):
    """修改密码 with a current password that is not the account's: counted as a failed login."""

    def __init__(self) -> None:
        super().__init__([Problem("old_password", "原密码不正确")])


async def change_password(
    uow_factory: Callable[[], IntakeUnitOfWork], tokens: Tokens, command: ChangePassword
) -> tuple[str, datetime]:
    """The applicant's own new password (修改密码), the current one given first. Every token
    issued before stops working, this one too: the answer is a fresh token for the page that
    asked. It takes the factory: the hashes are computed between two short transactions, with
    no database connection held."""
    async with uow_factory() as uow:
        account = await uow.accounts.get(command.account_id)
    if account is None:
        raise _bad_credentials()
    if not await check_password(command.old_password, account.password_hash):
        raise WrongOldPassword()
    changed = Registration(
        name=account.name,
        id_number=account.id_number,
        phone=account.phone,
        password=command.new_password,
    )
    problems = [Problem("new_password", message) for message in password_problems(changed)]
    if not problems and command.new_password == command.old_password:
        problems.append(Problem("new_password", "新密码不能与原密码相同"))
    if problems:
        raise Invalid(problems)
    password_hash = await hash_password_off_loop(command.new_password)
    async with uow_factory() as uow:
        await uow.accounts.reset_password(account.id, password_hash=password_hash)
        version = await uow.accounts.token_version(account.id)
        await _audited(
            uow, account.id, AuditAction.account_change_password, command.source, account.id_number
        )
        await uow.commit()
    log.info("applicant_password_changed", account_id=str(account.id))
    return tokens.issue(
        account_id=account.id, audience=Audience.applicant, token_version=version or 0
    )


async def log_in(
    uow_factory: Callable[[], IntakeUnitOfWork], tokens: Tokens, command: LogIn
) -> tuple[str, datetime]:
    """A token and its expiry; BadCredentials otherwise. The account is read and its database
    connection given back before the password is checked (off the loop, on the bounded hashing
    threads): logins waiting for a hash hold no connection, so a flood of them cannot take the
    pool from every other request. The outcome is recorded in a unit of work of its own, which
    is why this handler takes the factory."""
    async with uow_factory() as uow:
        account = await uow.accounts.by_id_number(command.id_number.strip().upper())
    # an unknown ID number is checked against a dummy hash: as slow as a real check, so timing
    # does not tell which ID numbers have accounts
    password_ok = await check_password(
        command.password, account.password_hash if account is not None else None
    )
    if account is None:
        raise _bad_credentials()
    if not password_ok:
        async with uow_factory() as uow:  # counted on the row as it is now, locked
            current = await uow.accounts.by_id_number(account.id_number)
            await _count_failure(uow, current or account)
            await uow.commit()
        raise _bad_credentials()
    if account.failed_logins or account.locked_until:
        async with uow_factory() as uow:
            await uow.accounts.record_login(account.id, failed_logins=0, locked_until=None)
            await uow.commit()
    return tokens.issue(
        account_id=account.id, audience=Audience.applicant, token_version=account.token_version
    )


def _bad_credentials() -> BadCredentials:
    """The refusal of a login (401), counted as one failed applicant login."""
    LOGIN_FAILURES.labels("applicant").inc()
    return BadCredentials()


class NoSuchApplicant(LookupError):
    """No applicant account holds that ID number."""


async def take_back(uow: IntakeUnitOfWork, id_number: str, phone: str) -> uuid.UUID:
    """The operator gives a squatted ID number's account to its owner, whose ID card and phone
    were checked in person: the account's phone becomes the owner's, every login and the
    password end, and the owner sets a new password with 忘记密码 (an SMS code to that phone).
    Whoever registered the number first with a phone of their own is out."""
    account = await uow.accounts.by_id_number(id_number.strip().upper())
    if account is None:
        raise NoSuchApplicant(id_number)
    mobile = normalise_mobile(phone)  # ValueError with the rule, in Chinese
    unknown = await hash_password_off_loop(secrets.token_urlsafe(32))
    await uow.accounts.take_back(account.id, phone=mobile, password_hash=unknown)
    log.info("applicant_account_taken_back", account_id=str(account.id))
    return uuid.UUID(str(account.id))


async def _count_failure(uow: IntakeUnitOfWork, account: AccountRecord) -> None:
    """Counted for the record only: the throttle at the edge slows guessing, by client and by
    account, without locking the owner out (shared/throttle.py)."""
    failures = account.failed_logins + 1
    await uow.accounts.record_login(account.id, failed_logins=failures, locked_until=None)
    log.info("applicant_login_failed", account_id=str(account.id), failures=failures)


async def account_stands(uow: IntakeUnitOfWork, claims: Claims) -> bool:
    """Whether a signed, unexpired token's account still stands: an applicant's while its
    account has not revoked the tokens issued before (token_version); a department's or the
    operator's as review last announced the account (shared/account_state.py)."""
    if claims.audience is Audience.applicant:
        return await uow.accounts.token_version(claims.account_id) == claims.token_version
    return await still_stands(uow.session, account_state, claims)
