"""Logging in (统一分配的账号) and changing one's own password."""

from fastapi import APIRouter, Request

from services.review.api.dependencies import CurrentAccount, ServicesDep
from services.review.api.schemas import AccountOut, LoginIn, LoginOut, PasswordChangeIn, account_out
from services.review.audit import audit
from services.review.commands import LogIn
from services.review.domain.accounts import InvalidAccount, LoginRefused
from services.review.handlers.accounts import change_password, log_in
from shared.audit import AuditAction, Audited, source_of
from shared.metrics import LOGIN_FAILURES
from shared.refusals import InvalidInput, Unauthenticated
from shared.throttle import client_of

router = APIRouter(prefix="/auth", tags=["accounts"])


@router.post("/login", response_model=LoginOut)
async def login(body: LoginIn, request: Request, services: ServicesDep) -> LoginOut:
    """A short-lived token for a department's or the operator's account. Failures are counted
    by client, by username and by the two together; past a limit: 429 with Retry-After."""
    client = client_of(request)
    with services.logins.attempt(client, body.username) as attempt:
        try:
            session = await log_in(
                services.uow_factory,
                LogIn(body.username, body.password),
                services.tokens,
                services.reference,
            )
        except LoginRefused as refused:
            attempt.failed()
            LOGIN_FAILURES.labels("admin").inc()
            raise Unauthenticated(str(refused)) from None
    services.logins.succeeded(client, body.username)
    return LoginOut(
        access_token=session.token,
        expires_at=session.expires_at,
        account=account_out(session.account, services.reference),
    )


@router.get("/me", response_model=AccountOut)
async def me(account: CurrentAccount, services: ServicesDep) -> AccountOut:
    """The logged-in account."""
    return account_out(account, services.reference)


@router.post("/password", status_code=204)
async def new_password(
    body: PasswordChangeIn, account: CurrentAccount, services: ServicesDep, request: Request
) -> None:
    """Changes the account's own password; its other tokens stop working."""
    done = Audited(
        str(account.id), AuditAction.account_change_password, str(account.id), source_of(request)
    )
    try:
        async with services.transaction() as uow:
            await audit(uow, done)
            await change_password(uow, account.id, old=body.old_password, new=body.new_password)
    except InvalidAccount as invalid:
        raise InvalidInput([(invalid.field, str(invalid))]) from None
    services.gate.forget(account.id)
