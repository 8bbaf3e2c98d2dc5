"""SMS providers of the tests' own, served over real HTTP in this process: an HTTP gateway that
checks the key and signature and honours Idempotency-Key, and a Tencent Cloud SMS endpoint that
checks the TC3-HMAC-SHA256 signature. Both verify with code written here from the providers'
documentation, not with notify's own signing code."""

import asyncio
import hashlib
import hmac
import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from tests.support.mail import free_port
from tests.support.polling import eventually

GATEWAY_KEY = "test-gateway-key"
GATEWAY_SECRET = "test-gateway-secret-0123456789"
TENCENT_ID = "AKIDtestsecretid000000000000000000"
TENCENT_KEY = "testsecretkey0000000000000000000"


@dataclass
class Gateway:
    """Delivers each Idempotency-Key once; `hold` keeps the answer back (the sender may die
    after the gateway accepted but before it heard so)."""

    requests: list[dict[str, Any]] = field(default_factory=list)
    delivered: dict[str, dict[str, Any]] = field(default_factory=dict)
    hold: asyncio.Event | None = None

    async def send(self, request: Request) -> JSONResponse:
        body = await request.body()
        key, timestamp = request.headers["idempotency-key"], request.headers["x-timestamp"]
        expected = hmac.new(
            GATEWAY_SECRET.encode(),
            timestamp.encode() + b"\n" + key.encode() + b"\n" + body,
            hashlib.sha256,
        ).hexdigest()
        self.requests.append({"key": key, "body": json.loads(body)})
        if request.headers.get("x-api-key") != GATEWAY_KEY or not hmac.compare_digest(
            expected, request.headers.get("x-signature", "")
        ):
            return JSONResponse({"error": "bad signature"}, status_code=401)
        if key in self.delivered:
            return JSONResponse({"id": f"gw-{key}", "duplicate": True}, status_code=409)
        self.delivered[key] = json.loads(body)
        if self.hold is not None:
            await self.hold.wait()
        return JSONResponse({"id": f"gw-{key}"})


def tc3_expected_authorization(secret_id: str, secret_key: str, headers: Any, body: bytes) -> str:
    """The Authorization header Tencent Cloud would expect for this request (API 3.0 docs)."""
    timestamp = int(headers["x-tc-timestamp"])
    date = datetime.fromtimestamp(timestamp, UTC).date().isoformat()
    canonical_request = "\n".join(
        [
            "POST",
            "/",
            "",
            f"content-type:{headers['content-type']}\nhost:{headers['host']}\n"
            f"x-tc-action:{headers['x-tc-action'].lower()}\n",
            "content-type;host;x-tc-action",
            hashlib.sha256(body).hexdigest(),
        ]
    )
    scope = f"{date}/sms/tc3_request"
    to_sign = "\n".join(
        [
            "TC3-HMAC-SHA256",
            str(timestamp),
            scope,
            hashlib.sha256(canonical_request.encode()).hexdigest(),
        ]
    )
    key = ("TC3" + secret_key).encode()
    for part in (date, "sms", "tc3_request"):
        key = hmac.new(key, part.encode(), hashlib.sha256).digest()
    signature = hmac.new(key, to_sign.encode(), hashlib.sha256).hexdigest()
    return (
        f"TC3-HMAC-SHA256 Credential={secret_id}/{scope}, "
        f"SignedHeaders=content-type;host;x-tc-action, Signature={signature}"
    )


@dataclass
class Tencent:
    requests: list[dict[str, Any]] = field(default_factory=list)

    async def send(self, request: Request) -> JSONResponse:
        body = await request.body()
        expected = tc3_expected_authorization(TENCENT_ID, TENCENT_KEY, request.headers, body)
        payload = json.loads(body)
        self.requests.append({"headers": dict(request.headers), "body": payload})
        if request.headers.get("authorization") != expected:
            error = {"Code": "AuthFailure.SignatureFailure", "Message": "signature mismatch"}
            return JSONResponse({"Response": {"Error": error, "RequestId": "r-1"}})
        number = payload["PhoneNumberSet"][0]
        if not number.startswith("+86"):
            error = {"Code": "InvalidParameterValue.IncorrectPhoneNumber", "Message": number}
            return JSONResponse({"Response": {"Error": error, "RequestId": "r-2"}})
        sent = {
            "SerialNo": f"sn-{len(self.requests)}",
            "PhoneNumber": number,
            "Code": "Ok",
            "Message": "send success",
            "SessionContext": payload.get("SessionContext", ""),
        }
        return JSONResponse({"Response": {"SendStatusSet": [sent], "RequestId": "r-3"}})


@asynccontextmanager
async def serving(handler: Any) -> AsyncIterator[str]:
    """Serves `handler.send` at POST / on a free port; yields the base URL."""
    app = Starlette(routes=[Route("/", handler.send, methods=["POST"])])
    port = free_port()
    config = uvicorn.Config(
        app, host="127.0.0.1", port=port, log_level="warning", access_log=False, lifespan="off"
    )
    server = uvicorn.Server(config)
    task = asyncio.create_task(server.serve())

    async def started() -> bool:
        return bool(server.started)

    await eventually(started, what="the stub provider started")
    try:
        yield f"http://127.0.0.1:{port}/"
    finally:
        server.should_exit = True
        await task
