"""Request signing of the SMS providers, and what a provider's answer may keep."""

import hashlib
import hmac
import json
import uuid
from datetime import UTC, datetime

from services.notify.adapters.ports import Outgoing, answer_of, e164, masked_address
from services.notify.adapters.sms_gateway import gateway_signature
from services.notify.adapters.sms_tencent import TencentAccount, TencentSms
from services.notify.adapters.tc3 import Tc3Request, authorization, string_to_sign
from tests.support.sms import TENCENT_ID, TENCENT_KEY, tc3_expected_authorization

AT = datetime(2026, 11, 28, 1, 2, 3, tzinfo=UTC)
ACCOUNT = TencentAccount(
    "https://sms.tencentcloudapi.com",
    "ap-guangzhou",
    TENCENT_ID,
    TENCENT_KEY,
    "1400000000",
    "浙江职称",
    "123456",
)
NOTICE = Outgoing(
    uuid.uuid4(), "13812345678", None, "短信正文", ["张三", "http://x/applications/1"]
)


def test_the_gateway_signature_is_an_hmac_of_timestamp_key_and_body() -> None:
    expected = hmac.new(b"s3cret", b"1700000000\nkey-1\n{}", hashlib.sha256).hexdigest()
    assert gateway_signature("s3cret", "1700000000", "key-1", b"{}") == expected


def test_tc3_string_to_sign_follows_the_documented_layout() -> None:
    request = Tc3Request(
        "sms.tencentcloudapi.com",
        "sms",
        "SendSms",
        "application/json; charset=utf-8",
        b"{}",
        1764291723,
    )
    lines = string_to_sign(request).split("\n")
    assert lines[:3] == ["TC3-HMAC-SHA256", "1764291723", "2025-11-28/sms/tc3_request"]
    assert len(lines[3]) == 64


def test_the_tencent_request_carries_a_signature_tencent_would_accept() -> None:
    body, headers = TencentSms(ACCOUNT, lambda: AT).request(NOTICE)
    lowered = {k.lower(): v for k, v in headers.items()}
    assert lowered["authorization"] == tc3_expected_authorization(
        TENCENT_ID, TENCENT_KEY, lowered, body
    )
    assert lowered["x-tc-action"] == "SendSms"
    assert lowered["x-tc-version"] == "2021-01-11"
    sent = json.loads(body)
    assert sent["PhoneNumberSet"] == ["+8613812345678"]
    assert sent["TemplateParamSet"] == NOTICE.sms_params
    assert sent["SessionContext"] == str(NOTICE.notice_id)


def test_a_different_secret_or_body_gives_a_different_signature() -> None:
    request = Tc3Request("h", "sms", "SendSms", "application/json", b"{}", 1764291723)
    assert authorization("id", "k1", request) != authorization("id", "k2", request)
    other = Tc3Request("h", "sms", "SendSms", "application/json", b"{ }", 1764291723)
    assert authorization("id", "k1", request) != authorization("id", "k1", other)


def test_a_providers_answer_keeps_no_phone_or_address_in_full() -> None:
    answer = answer_of(
        "InvalidParameter: +8613812345678 / 8613812345678 / 13812345678", "13812345678"
    )
    assert "13812345678" not in answer
    assert "138****5678" in answer
    assert "zhang3" not in answer_of("550 <zhang3@example.com> unknown", "zhang3@example.com")
    assert masked_address("zhang3@example.com") == "z***@example.com"
    assert e164("138 1234 5678") == "+8613812345678"
