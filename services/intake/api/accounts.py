"""Applicant accounts: register (注册), log in (登录), who am I."""

import uuid

from fastapi import APIRouter, HTTPException

from services.intake.api.deps import ApplicantDep, ServicesDep
from services.intake.bootstrap import IntakeServices
from services.intake.commands import LogIn, Register
from services.intake.domain.account import Registration
from services.intake.handlers.accounts import log_in, register
from services.intake.schemas.accounts import AccountCreate, AccountRead, LoginIn, TokenOut
from shared.privacy import mask_id_number, mask_phone

router = APIRouter(prefix="/accounts", tags=["accounts"])


@router.post("", status_code=201, response_model=AccountRead)
async def create_account(body: AccountCreate, services: ServicesDep) -> AccountRead:
    """Registers an applicant (注册): name, resident ID number, mobile, password, e-mail."""
    account_id = await register(services.uow_factory, Register(Registration(**body.model_dump())))
    return await _read(services, account_id)


@router.post("/token", response_model=TokenOut)
async def create_token(body: LoginIn, services: ServicesDep) -> TokenOut:
    """Logs in (登录) with ID number and password; repeated failures wait, longer each time."""
    token, expires_at = await log_in(
        services.uow_factory, services.tokens, LogIn(**body.model_dump())
    )
    return TokenOut(access_token=token, expires_at=expires_at)


@router.get("/me", response_model=AccountRead)
async def read_me(account_id: ApplicantDep, services: ServicesDep) -> AccountRead:
    """The logged-in applicant's own account."""
    return await _read(services, account_id)


async def _read(services: IntakeServices, account_id: uuid.UUID) -> AccountRead:
    async with services.uow_factory() as uow:
        account = await uow.accounts.get(account_id)
    if account is None:
        raise HTTPException(status_code=404, detail="账号不存在")
    return AccountRead(
        id=account.id,
        name=account.name,
        id_number_masked=mask_id_number(account.id_number),
        phone_masked=mask_phone(account.phone),
        email=account.email,
    )
