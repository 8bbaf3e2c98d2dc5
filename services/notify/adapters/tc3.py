"""Tencent Cloud API 3.0 request signing (TC3-HMAC-SHA256), as documented for every Tencent
Cloud product: a canonical request over the method, path, query, the signed headers
(content-type, host, x-tc-action) and the payload's SHA-256, signed with a key derived from
the secret, the UTC date, the service and "tc3_request"."""

import hashlib
import hmac
from dataclasses import dataclass
from datetime import UTC, datetime

ALGORITHM = "TC3-HMAC-SHA256"
SIGNED_HEADERS = "content-type;host;x-tc-action"


@dataclass(frozen=True)
class Tc3Request:
    host: str
    service: str
    action: str
    content_type: str
    payload: bytes
    timestamp: int


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _hmac(key: bytes, message: str) -> bytes:
    return hmac.new(key, message.encode(), hashlib.sha256).digest()


def credential_scope(request: Tc3Request) -> str:
    date = datetime.fromtimestamp(request.timestamp, UTC).strftime("%Y-%m-%d")
    return f"{date}/{request.service}/tc3_request"


def string_to_sign(request: Tc3Request) -> str:
    headers = (
        f"content-type:{request.content_type}\n"
        f"host:{request.host}\n"
        f"x-tc-action:{request.action.lower()}\n"
    )
    canonical = f"POST\n/\n\n{headers}\n{SIGNED_HEADERS}\n{_sha256(request.payload)}"
    scope = credential_scope(request)
    return f"{ALGORITHM}\n{request.timestamp}\n{scope}\n{_sha256(canonical.encode())}"


def signature(secret_key: str, request: Tc3Request) -> str:
    date = credential_scope(request).split("/")[0]
    key = _hmac(("TC3" + secret_key).encode(), date)
    key = _hmac(key, request.service)
    key = _hmac(key, "tc3_request")
    return hmac.new(key, string_to_sign(request).encode(), hashlib.sha256).hexdigest()


def authorization(secret_id: str, secret_key: str, request: Tc3Request) -> str:
    """The Authorization header's value."""
    return (
        f"{ALGORITHM} Credential={secret_id}/{credential_scope(request)}, "
        f"SignedHeaders={SIGNED_HEADERS}, Signature={signature(secret_key, request)}"
    )
