"""One-time SMS codes: send one (through notify), and take one as proof of the phone."""

import uuid

import structlog

from services.intake.domain.phone_codes import (
    CODE_VALID,
    RESEND_AFTER,
    digest,
    matches,
    new_code,
    resend_wait,
)
from services.intake.unit_of_work import IntakeUnitOfWork
from shared.contracts import CodePurpose, PhoneCodeRequested

log = structlog.get_logger(__name__)


async def send_code(uow: IntakeUnitOfWork, phone: str, purpose: CodePurpose) -> int:
    """Sends a new code unless one went to the phone within the last minute; returns the seconds
    before another may be asked for. For a reset, a phone no account has gets nothing, and the
    same answer: the caller cannot tell which numbers are registered."""
    now = uow.clock()
    wait = resend_wait(await uow.phone_codes.newest(phone, purpose.value), now)
    if wait:
        return wait
    if purpose == CodePurpose.reset and not await uow.accounts.has_phone(phone):
        log.info("phone_code_not_sent", purpose=purpose.value, reason="no account has the phone")
        return int(RESEND_AFTER.total_seconds())
    request_id, code = uuid.uuid4(), new_code()
    await uow.phone_codes.add(
        request_id,
        phone=phone,
        purpose=purpose.value,
        digest=digest(request_id, code),
        now=now,
        expires_at=now + CODE_VALID,
    )
    event = PhoneCodeRequested(
        request_id=request_id,
        phone=phone,
        code=code,
        purpose=purpose,
        valid_minutes=int(CODE_VALID.total_seconds() // 60),
        requested_at=now,
    )
    await uow.emit(event, correlation_id=request_id)
    log.info("phone_code_sent", purpose=purpose.value, request_id=str(request_id))
    return int(RESEND_AFTER.total_seconds())


async def take_code(uow: IntakeUnitOfWork, phone: str, purpose: CodePurpose, code: str) -> bool:
    """Uses up the phone's code; False if it does not match, with the try counted: the caller
    commits the count, then refuses with BadPhoneCode (a refusal rolls back)."""
    now = uow.clock()
    issued = await uow.phone_codes.newest(phone, purpose.value)
    if not matches(issued, code, now):
        if issued is not None:
            await uow.phone_codes.count_try(issued.request_id)
        return False
    assert issued is not None
    await uow.phone_codes.use(issued.request_id, now)
    return True
