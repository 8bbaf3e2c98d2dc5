"""The operator's API (系统管理员): department accounts, created and kept."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Request

from services.review.api.dependencies import CurrentAdmin, ServicesDep
from services.review.api.schemas import (
    AccountCreatedOut,
    AccountCreateIn,
    AccountOut,
    PasswordResetOut,
    account_out,
)
from services.review.audit import audit
from services.review.commands import CreateAccount
from services.review.domain.accounts import Account, AccountKind, InvalidAccount
from services.review.handlers.accounts import create_account, reset_password, set_active
from services.review.repository.accounts import AccountFilter
from shared.audit import AuditAction, Audited, source_of
from shared.contracts.vocabulary import Role
from shared.refusals import InvalidInput

router = APIRouter(prefix="/admin/accounts", tags=["admin"])


@router.post("", status_code=201, response_model=AccountCreatedOut)
async def create(
    body: AccountCreateIn, admin: CurrentAdmin, services: ServicesDep, request: Request
) -> AccountCreatedOut:
    """Creates an account (统一分配的账号); its initial password is in this answer only."""
    command = CreateAccount(**body.model_dump())
    try:
        async with services.transaction() as uow:
            await audit(
                uow, _by(admin, request, AuditAction.account_create, command.username, body)
            )
            account, password = await create_account(uow, command, services.reference)
    except InvalidAccount as invalid:
        raise InvalidInput([(invalid.field, str(invalid))]) from None
    return AccountCreatedOut(account=account_out(account, services.reference), password=password)


@router.get("", response_model=list[AccountOut])
async def list_accounts(
    _: CurrentAdmin,
    services: ServicesDep,
    organisation_code: Annotated[str | None, Query(max_length=60, title="所属机构代码")] = None,
    role: Annotated[Role | None, Query(title="机构类别")] = None,
    kind: Annotated[AccountKind | None, Query(title="账号类别")] = None,
    active: Annotated[bool | None, Query(title="是否启用")] = None,
    q: Annotated[str | None, Query(max_length=60, title="用户名或姓名")] = None,
) -> list[AccountOut]:
    """Every account, or those of one organisation, of one role of organisation, of one kind,
    enabled or disabled, whose username or holder's name holds `q`."""
    codes = None
    if role is not None:
        codes = [org.code for org in services.reference.directory if org.role == role]
    where = AccountFilter(kind=kind, active=active, organisation_codes=codes, text=q)
    async with services.transaction() as uow:
        accounts = await uow.accounts.list(organisation_code, where=where)
    return [account_out(a, services.reference) for a in accounts]


@router.post("/{account_id}/reset-password", response_model=PasswordResetOut)
async def new_password(
    account_id: uuid.UUID, admin: CurrentAdmin, services: ServicesDep, request: Request
) -> PasswordResetOut:
    """A new generated password; the account's tokens stop working at once."""
    async with services.transaction() as uow:
        await audit(uow, _by(admin, request, AuditAction.account_reset_password, str(account_id)))
        password = await reset_password(uow, account_id)
    services.gate.forget(account_id)
    return PasswordResetOut(password=password)


@router.post("/{account_id}/disable", response_model=AccountOut)
async def disable(
    account_id: uuid.UUID, admin: CurrentAdmin, services: ServicesDep, request: Request
) -> AccountOut:
    """Disables the account; its tokens stop working at once."""
    done = _by(admin, request, AuditAction.account_disable, str(account_id))
    return await _set_active(account_id, services, done, active=False)


@router.post("/{account_id}/enable", response_model=AccountOut)
async def enable(
    account_id: uuid.UUID, admin: CurrentAdmin, services: ServicesDep, request: Request
) -> AccountOut:
    """Lets a disabled account log in again."""
    done = _by(admin, request, AuditAction.account_enable, str(account_id))
    return await _set_active(account_id, services, done, active=True)


def _by(
    admin: Account,
    request: Request,
    action: AuditAction,
    target: str,
    body: AccountCreateIn | None = None,
) -> Audited:
    detail = (
        None
        if body is None
        else body.model_dump(mode="json", include={"kind", "organisation_code"})
    )
    return Audited(str(admin.id), action, target, source_of(request), detail)


async def _set_active(
    account_id: uuid.UUID, services: ServicesDep, done: Audited, *, active: bool
) -> AccountOut:
    async with services.transaction() as uow:
        await audit(uow, done)
        account = await set_active(uow, account_id, active=active)
    services.gate.forget(account_id)
    return account_out(account, services.reference)
