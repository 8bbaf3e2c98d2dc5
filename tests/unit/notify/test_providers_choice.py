"""NOTIFY_SMS_PROVIDER picks the adapter; a provider missing a setting refuses to start; the
local sink writes each SMS whole, once."""

import asyncio
import json
import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest

from services.notify.adapters.ports import Outgoing
from services.notify.adapters.sms_gateway import SmsGateway
from services.notify.adapters.sms_sink import SmsSink
from services.notify.adapters.sms_tencent import TencentSms
from services.notify.bootstrap import sms_sender
from services.notify.settings import NotifySettings


def clock() -> datetime:
    return datetime.now(UTC)


def test_each_provider_setting_picks_its_adapter(tmp_path: Path) -> None:
    assert isinstance(sms_sender(NotifySettings(sms_dir=tmp_path), clock), SmsSink)
    gateway = NotifySettings(
        sms_provider="gateway",
        sms_gateway_url="http://gw",
        sms_gateway_key="k",
        sms_gateway_secret="s",
    )
    assert isinstance(sms_sender(gateway, clock), SmsGateway)
    tencent = NotifySettings(
        sms_provider="tencent",
        tencent_secret_id="i",
        tencent_secret_key="k",
        tencent_sms_app_id="1400",
        tencent_sms_sign_name="签名",
        tencent_sms_template_id="1",
    )
    assert isinstance(sms_sender(tencent, clock), TencentSms)


def test_a_provider_missing_a_setting_names_what_is_missing() -> None:
    half = NotifySettings(sms_provider="gateway", sms_gateway_url="http://gw")
    with pytest.raises(RuntimeError, match="NOTIFY_SMS_GATEWAY_KEY, NOTIFY_SMS_GATEWAY_SECRET"):
        sms_sender(half, clock)


def test_the_sms_sink_writes_each_sms_whole_once_and_leaves_nothing_else(
    tmp_path: Path,
) -> None:
    sink = SmsSink(tmp_path, lambda: datetime(2026, 12, 2, tzinfo=UTC))
    sms = Outgoing(uuid.uuid4(), "13812345678", None, "【职称申报】您的验证码为123456", [])
    first, again = asyncio.run(sink.send(sms)), asyncio.run(sink.send(sms))
    assert first.accepted
    assert again.accepted
    assert again.answer.startswith("already delivered")
    [written] = list(tmp_path.iterdir())  # no draft left behind
    assert written.name == f"{sms.notice_id}.json"
    record = json.loads(written.read_text(encoding="utf-8"))
    assert record["to"] == "138****5678"
    assert record["text"] == sms.body
