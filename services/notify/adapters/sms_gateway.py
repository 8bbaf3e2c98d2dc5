"""An HTTP SMS gateway: POST {to, text, params} as JSON with

    X-Api-Key:        the account's key
    Idempotency-Key:  the notice's id (same event, recipient, channel -> same key)
    X-Timestamp:      Unix seconds
    X-Signature:      hex HMAC-SHA256(secret, "<timestamp>\\n<idempotency key>\\n<body>")

2xx is accepted (its JSON `id`, if any, is the provider's reference); 409 means the gateway
already accepted this key: accepted too. Other 4xx are permanent refusals; 5xx, 429 and
network errors are worth retrying."""

import hashlib
import hmac
import json

import httpx

from services.notify.adapters.ports import Delivery, Outgoing, answer_of
from shared.db import Clock


def gateway_signature(secret: str, timestamp: str, idempotency_key: str, body: bytes) -> str:
    message = f"{timestamp}\n{idempotency_key}\n".encode() + body
    return hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()


class SmsGateway:
    def __init__(
        self, *, url: str, key: str, secret: str, clock: Clock, timeout: float = 30.0
    ) -> None:
        self._url, self._key, self._secret = url, key, secret
        self._clock, self._timeout = clock, timeout

    async def send(self, notice: Outgoing) -> Delivery:
        payload = {"to": notice.address, "text": notice.body, "params": notice.sms_params}
        body = json.dumps(payload, ensure_ascii=False).encode()
        key, timestamp = str(notice.notice_id), str(int(self._clock().timestamp()))
        headers = {
            "Content-Type": "application/json; charset=utf-8",
            "X-Api-Key": self._key,
            "Idempotency-Key": key,
            "X-Timestamp": timestamp,
            "X-Signature": gateway_signature(self._secret, timestamp, key, body),
        }
        try:
            async with httpx.AsyncClient(timeout=self._timeout) as client:
                response = await client.post(self._url, content=body, headers=headers)
        except (httpx.ConnectError, httpx.ConnectTimeout) as away:
            return Delivery(False, answer_of(repr(away), notice.address), unreachable=True)
        except httpx.HTTPError as error:
            return Delivery(False, answer_of(repr(error), notice.address))
        return _delivery(response, notice.address)


def _delivery(response: httpx.Response, address: str) -> Delivery:
    answer = answer_of(f"{response.status_code} {response.text[:500]}", address)
    status = response.status_code
    if response.is_success or status == 409:
        return Delivery(True, answer, provider_ref=_reference(response))
    return Delivery(False, answer, permanent=400 <= status < 500 and status not in (408, 429))


def _reference(response: httpx.Response) -> str | None:
    try:
        reference = response.json().get("id")
    except (ValueError, AttributeError):
        return None
    return str(reference) if reference is not None else None
