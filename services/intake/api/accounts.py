"""Applicant accounts: SMS code, register (注册), reset the password (找回密码), log in (登录),
change the password (修改密码), who am I."""

import uuid

from fastapi import APIRouter, Request, Response

from services.intake.api.dependencies import ApplicantDep, ServicesDep
from services.intake.bootstrap import IntakeServices
from services.intake.commands import ChangePassword, LogIn, Register, ResetPassword
from services.intake.domain.account import Registration
from services.intake.domain.identity import normalise_mobile
from services.intake.domain.problems import Invalid, Problem
from services.intake.handlers.accounts import (
    WrongOldPassword,
    change_password,
    log_in,
    register,
    reset_password,
)
from services.intake.handlers.errors import AccountNotFound, BadCredentials
from services.intake.handlers.phone_codes import send_code
from services.intake.schemas.accounts import (
    AccountCreate,
    AccountRead,
    LoginIn,
    PasswordChangeIn,
    PasswordResetIn,
    PhoneCodeIn,
    PhoneCodeSent,
    RegistrationAccepted,
    TokenOut,
)
from shared.audit import source_of
from shared.privacy import mask_id_number, mask_phone
from shared.throttle import Throttled, client_of

router = APIRouter(prefix="/accounts", tags=["accounts"])


@router.post("/phone-code", status_code=202, response_model=PhoneCodeSent)
async def create_phone_code(
    body: PhoneCodeIn, request: Request, services: ServicesDep
) -> PhoneCodeSent:
    """Sends a one-time SMS code (短信验证码) to the phone, for registration or password reset;
    at most one a minute. The answer is the same whether or not the number has an account."""
    try:
        phone = normalise_mobile(body.phone)
    except ValueError as exc:
        raise Invalid([Problem("phone", str(exc))]) from exc
    _limit(services, ("code_client", client_of(request)), ("code_phone", phone))
    async with services.transaction() as uow:
        wait = await send_code(uow, phone, body.purpose)
    return PhoneCodeSent(resend_after_seconds=wait)


@router.post("", status_code=202, response_model=RegistrationAccepted)
async def create_account(
    body: AccountCreate, request: Request, services: ServicesDep
) -> RegistrationAccepted:
    """Registers an applicant (注册): name, resident ID number, mobile with its SMS code,
    password, e-mail. The answer never says whether the ID number had an account already."""
    _limit(services, ("registration_client", client_of(request)))
    fields = body.model_dump(exclude={"phone_code"})
    command = Register(Registration(**fields), body.phone_code, source=source_of(request))
    await register(services.uow_factory, command)
    return RegistrationAccepted()


@router.post("/password-reset", status_code=204)
async def reset_account_password(
    body: PasswordResetIn, request: Request, services: ServicesDep
) -> Response:
    """Sets a new password (找回密码) with the SMS code sent to the account's phone; every
    earlier login ends. Answered the same whether or not ID number and phone belong together."""
    command = ResetPassword(**body.model_dump(), source=source_of(request))
    if (account_id := await reset_password(services.uow_factory, command)) is not None:
        services.gate.forget(account_id)  # its old tokens end now, not when the memory lapses
    return Response(status_code=204)


@router.post("/token", response_model=TokenOut)
async def create_token(body: LoginIn, request: Request, services: ServicesDep) -> TokenOut:
    """Logs in (登录) with ID number and password. Failures are counted by client, by ID number
    and by the two together; past a limit the answer is 429 with Retry-After."""
    client = client_of(request)
    with services.logins.attempt(client, body.id_number) as attempt:
        try:
            token, expires_at = await log_in(
                services.uow_factory, services.tokens, LogIn(**body.model_dump())
            )
        except BadCredentials:
            attempt.failed()
            raise
    services.logins.succeeded(client, body.id_number)
    return TokenOut(access_token=token, expires_at=expires_at)


@router.post("/password", response_model=TokenOut)
async def change_own_password(
    body: PasswordChangeIn, account_id: ApplicantDep, request: Request, services: ServicesDep
) -> TokenOut:
    """Changes the applicant's own password (修改密码) with the current one. Every earlier login
    ends; the answer is this page's new token. A wrong current password counts as a failed
    login of this account (429 with Retry-After past the limit)."""
    command = ChangePassword(
        account_id, body.old_password, body.new_password, source=source_of(request)
    )
    client = client_of(request)
    with services.logins.attempt(client, str(account_id)) as attempt:
        try:
            token, expires_at = await change_password(
                services.uow_factory, services.tokens, command
            )
        except WrongOldPassword:
            attempt.failed()
            raise
    services.gate.forget(account_id)
    return TokenOut(access_token=token, expires_at=expires_at)


@router.get("/me", response_model=AccountRead)
async def read_me(account_id: ApplicantDep, services: ServicesDep) -> AccountRead:
    """The logged-in applicant's own account."""
    return await _read(services, account_id)


def _limit(services: IntakeServices, *counted: tuple[str, ...]) -> None:
    """Counts one more of each (limit, key…); 429 if any is used up."""
    wait = max(services.limits.wait(name, *keys) for name, *keys in counted)
    if wait:
        raise Throttled(wait, f"操作过于频繁，请于 {wait} 秒后再试")
    for name, *keys in counted:
        services.limits.hit(name, *keys)


async def _read(services: IntakeServices, account_id: uuid.UUID) -> AccountRead:
    async with services.transaction() as uow:
        account = await uow.accounts.get(account_id)
    if account is None:
        raise AccountNotFound()
    return AccountRead(
        id=account.id,
        name=account.name,
        id_number_masked=mask_id_number(account.id_number),
        phone_masked=mask_phone(account.phone),
        email=account.email,
    )
