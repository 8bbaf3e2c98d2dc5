"""Request bodies capped per route before they are read whole. A route declares its cap with
`openapi_extra=max_body(n)` (an upload: its file's documented maximum plus the multipart framing;
it shows in the OpenAPI document too); every other route has the small default meant for JSON.

The cap is looked up when the app first asks for the body, once routing has put the route in the
scope: a declared Content-Length over it is refused before a byte is read, and a body without one
(chunked) is counted as it arrives and cut off at the cap. Either way the answer is a 413 in
Chinese, in the one error shape. (FastAPI's own `max_body_size` answers in English plain text.)"""

from typing import Any

from fastapi import HTTPException
from fastapi.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from shared.asgi import HttpMiddleware

KIB = 1024
MIB = 1024 * KIB
DEFAULT_MAX_BODY = 64 * KIB
MULTIPART_FRAMING = 64 * KIB  # room for the boundaries and part headers around an upload
MAX_BODY_KEY = "x-max-body-bytes"


def max_body(limit: int) -> dict[str, Any]:
    """A route's `openapi_extra` declaring its body cap."""
    return {MAX_BODY_KEY: limit}


def size_label(limit: int) -> str:
    return f"{limit // MIB} MB" if limit >= MIB else f"{limit // KIB} KB"


def too_large(limit: int) -> HTTPException:
    error = {
        "field": "",
        "in": "body",
        "message": f"请求内容过大，不能超过 {size_label(limit)}",
        "type": "too_large",
    }
    return HTTPException(status_code=413, detail=[error], headers={"Connection": "close"})


class BodyLimit(HttpMiddleware):
    """ASGI middleware enforcing each route's cap (`default` where it declares none)."""

    def __init__(self, app: ASGIApp, *, default: int = DEFAULT_MAX_BODY) -> None:
        super().__init__(app)
        self._default = default

    async def http(self, scope: Scope, receive: Receive, send: Send) -> None:
        limit: int | None = None
        received = 0
        started = False

        async def counted() -> Message:
            nonlocal limit, received
            if limit is None:  # routed by now: the scope names the route
                limit = self._limit_of(scope.get("route"))
                declared = _content_length(scope)
                if declared is not None and declared > limit:
                    raise too_large(limit)
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise too_large(limit)
            return message

        async def watched(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self._app(scope, counted, watched)
        except HTTPException as exc:
            # FastAPI answers it from inside; a body read outside a route reaches here
            if exc.status_code != 413 or started:
                raise
            response = JSONResponse({"detail": exc.detail}, 413, headers=exc.headers)
            await response(scope, receive, send)

    def _limit_of(self, route: object) -> int:
        extra = getattr(route, "openapi_extra", None) or {}
        return int(extra.get(MAX_BODY_KEY, self._default))


def _content_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", ()):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None
