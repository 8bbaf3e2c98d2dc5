"""One-time SMS codes (短信验证码): what a code is, how long it lasts, when another may be sent.

A code is six random digits, valid for CODE_VALID (10 minutes), and may be tried MAX_TRIES times;
only a digest salted with its request's id is kept. A phone gets at most one code per purpose
every RESEND_AFTER (60 s): asking again sooner answers how long to wait and sends nothing."""

import hashlib
import hmac
import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

CODE_VALID = timedelta(minutes=10)
RESEND_AFTER = timedelta(seconds=60)
MAX_TRIES = 5


def new_code() -> str:
    return f"{secrets.randbelow(10**6):06d}"


def digest(request_id: uuid.UUID, code: str) -> str:
    return hashlib.sha256(f"{request_id}:{code.strip()}".encode()).hexdigest()


@dataclass(frozen=True)
class IssuedCode:
    request_id: uuid.UUID
    digest: str
    tries: int
    created_at: datetime
    expires_at: datetime
    used_at: datetime | None


def resend_wait(last: IssuedCode | None, now: datetime) -> int:
    """Seconds before another code may be sent to the phone for the same purpose (0: now)."""
    if last is None:
        return 0
    left = (last.created_at + RESEND_AFTER - now).total_seconds()
    return max(0, int(left + 0.999))


def matches(issued: IssuedCode | None, code: str, now: datetime) -> bool:
    """Whether `code` is the phone's newest code, unused, unexpired and not tried too often."""
    if issued is None or issued.used_at is not None or issued.expires_at <= now:
        return False
    if issued.tries >= MAX_TRIES:
        return False
    return hmac.compare_digest(issued.digest, digest(issued.request_id, code))
