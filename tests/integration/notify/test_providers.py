"""The SMS adapters against providers of the tests' own over real HTTP: Tencent Cloud SMS checks
the TC3-HMAC-SHA256 signature, the gateway its key, signature and idempotency key."""

import asyncio
import uuid
from datetime import UTC, datetime

from services.notify.adapters.ports import Outgoing
from services.notify.adapters.sms_gateway import SmsGateway
from services.notify.adapters.sms_tencent import TencentAccount, TencentSms
from tests.support.sms import (
    GATEWAY_KEY,
    GATEWAY_SECRET,
    TENCENT_ID,
    TENCENT_KEY,
    Gateway,
    Tencent,
    serving,
)

SMS = Outgoing(uuid.uuid4(), "13812345678", None, "【职称申报】张三，您好…", ["张三", "http://x/a"])


def now() -> datetime:
    return datetime.now(UTC)


def tencent(endpoint: str, secret_key: str = TENCENT_KEY) -> TencentSms:
    account = TencentAccount(
        endpoint, "ap-guangzhou", TENCENT_ID, secret_key, "1400000000", "浙江职称", "123456"
    )
    return TencentSms(account, now, timeout=5)


async def test_tencent_accepts_an_sms_signed_the_documented_way() -> None:
    provider = Tencent()
    async with serving(provider) as url:
        delivery = await tencent(url).send(SMS)
    assert delivery.accepted, delivery.answer
    assert delivery.provider_ref == "sn-1"
    [request] = provider.requests
    assert request["body"]["PhoneNumberSet"] == ["+8613812345678"]
    assert request["body"]["SessionContext"] == str(SMS.notice_id)
    assert "13812345678" not in delivery.answer


async def test_tencent_refuses_a_wrong_signature_and_notify_does_not_retry_it() -> None:
    async with serving(Tencent()) as url:
        delivery = await tencent(url, secret_key="not-the-secret-key").send(SMS)
    assert not delivery.accepted
    assert delivery.permanent
    assert delivery.answer.startswith("AuthFailure.SignatureFailure")


async def test_the_gateway_gets_the_notices_id_as_idempotency_key_and_a_valid_signature() -> None:
    gateway = Gateway()
    async with serving(gateway) as url:
        sender = SmsGateway(url=url, key=GATEWAY_KEY, secret=GATEWAY_SECRET, clock=now)
        first, again = await sender.send(SMS), await sender.send(SMS)
        wrong = SmsGateway(url=url, key=GATEWAY_KEY, secret="wrong-secret", clock=now)
        refused = await wrong.send(SMS)
    assert first.accepted
    assert again.accepted  # 409: already delivered under this key
    assert list(gateway.delivered) == [str(SMS.notice_id)]
    assert gateway.delivered[str(SMS.notice_id)]["to"] == "13812345678"
    assert not refused.accepted
    assert refused.permanent


async def test_an_unreachable_provider_is_an_outage_worth_another_try() -> None:
    async with serving(Gateway()) as url:
        pass  # the server is gone now
    delivery = await SmsGateway(url=url, key="k", secret="s", clock=now, timeout=2).send(SMS)
    assert not delivery.accepted
    assert not delivery.permanent
    assert delivery.unreachable  # the delivery loop gives the try back
    async with serving(Tencent()) as url:
        pass
    assert (await tencent(url).send(SMS)).unreachable


async def test_a_gateway_that_answers_5xx_was_reached_and_the_try_counts() -> None:
    async def failing(_reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        writer.write(b"HTTP/1.1 503 Service Unavailable\r\ncontent-length: 0\r\n\r\n")
        await writer.drain()
        writer.close()

    server = await asyncio.start_server(failing, "127.0.0.1", 0)
    url = f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}/send"
    try:
        delivery = await SmsGateway(url=url, key="k", secret="s", clock=now, timeout=2).send(SMS)
    finally:
        server.close()
        await server.wait_closed()
    assert not delivery.accepted
    assert not delivery.permanent
    assert not delivery.unreachable
