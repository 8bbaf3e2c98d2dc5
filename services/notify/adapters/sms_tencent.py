"""Tencent Cloud SMS (短信, API version 2021-01-11, action SendSms), called with httpx and signed
with TC3-HMAC-SHA256. The SMS text is the pre-approved template (TemplateId) filled with the
notice's parameters [applicant's name, link]; the operator registers that template and the
signature name (SignName) with Tencent. Tencent takes no idempotency key: the notice's id goes
in SessionContext, which Tencent echoes back, so a duplicate can at least be traced."""

import json
from dataclasses import dataclass
from typing import Any

import httpx
from yarl import URL

from services.notify.adapters.ports import Delivery, Outgoing, answer_of, e164
from services.notify.adapters.tc3 import Tc3Request, authorization
from shared.db import Clock

VERSION = "2021-01-11"
CONTENT_TYPE = "application/json; charset=utf-8"
_RETRYABLE = ("InternalError", "RequestLimitExceeded", "LimitExceeded", "ResourceUnavailable")


@dataclass(frozen=True)
class TencentAccount:
    endpoint: str
    region: str
    secret_id: str
    secret_key: str
    app_id: str
    sign_name: str
    template_id: str


class TencentSms:
    def __init__(self, account: TencentAccount, clock: Clock, timeout: float = 30.0) -> None:
        self._account, self._clock, self._timeout = account, clock, timeout

    def request(self, notice: Outgoing) -> tuple[bytes, dict[str, str]]:
        """The SendSms call's body and headers, signed."""
        account = self._account
        body = json.dumps(
            {
                "PhoneNumberSet": [e164(notice.address)],
                "SmsSdkAppId": account.app_id,
                "SignName": account.sign_name,
                "TemplateId": account.template_id,
                "TemplateParamSet": notice.sms_params,
                "SessionContext": str(notice.notice_id),
            },
            ensure_ascii=False,
        ).encode()
        host = URL(account.endpoint).raw_authority
        signed = Tc3Request(
            host, "sms", "SendSms", CONTENT_TYPE, body, int(self._clock().timestamp())
        )
        headers = {
            "Authorization": authorization(account.secret_id, account.secret_key, signed),
            "Content-Type": CONTENT_TYPE,
            "Host": host,
            "X-TC-Action": "SendSms",
            "X-TC-Timestamp": str(signed.timestamp),
            "X-TC-Version": VERSION,
            "X-TC-Region": account.region,
        }
        return body, headers

    async def send(self, notice: Outgoing) -> Delivery:
        body, headers = self.request(notice)
        try:
            async with httpx.AsyncClient(timeout=self._timeout) as client:
                response = await client.post(self._account.endpoint, content=body, headers=headers)
            answer = response.json().get("Response", {})
        except (httpx.ConnectError, httpx.ConnectTimeout) as away:
            return Delivery(False, answer_of(repr(away), notice.address), unreachable=True)
        except (httpx.HTTPError, ValueError) as error:
            return Delivery(False, answer_of(repr(error), notice.address))
        return _delivery(answer, notice.address)


def _delivery(answer: dict[str, Any], address: str) -> Delivery:
    error = answer.get("Error")
    if error:
        code = str(error.get("Code", ""))
        text = answer_of(f"{code}: {error.get('Message', '')}", address)
        return Delivery(False, text, permanent=not code.startswith(_RETRYABLE))
    statuses = answer.get("SendStatusSet") or [{}]
    status = statuses[0]
    code = str(status.get("Code", ""))
    text = answer_of(f"{code}: {status.get('Message', '')}", address)
    if code == "Ok":
        return Delivery(True, text, provider_ref=status.get("SerialNo"))
    return Delivery(False, text, permanent=not code.startswith(_RETRYABLE))
