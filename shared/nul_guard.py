"""Text PostgreSQL cannot store: a NUL (U+0000) in any text column is an error of the driver,
which would answer 500. Refused at the edge instead, as a 422 in the one error shape, wherever a
client can put one into text: the path, the query string, a JSON body (`\\u0000`) and a
urlencoded form. (Multipart parts are files, where NUL bytes are content; their text fields are
checked by their own validators.)"""

import json
import re
from collections.abc import Callable, Iterable
from urllib.parse import unquote_to_bytes

from fastapi import HTTPException
from fastapi.responses import JSONResponse
from starlette.types import Message, Receive, Scope, Send

from shared.asgi import HttpMiddleware

# a JSON escape \u0000 whose backslash is not itself escaped (an odd run of backslashes)
_JSON_NUL = re.compile(rb"(?<!\\)(?:\\\\)*\\u0000")
_TAIL = 16  # bytes kept from one chunk to the next, so an escape split between them is seen


def _refusal(where: str, field: str = "") -> HTTPException:
    named = f"“{field}”" if field else "内容"
    error = {
        "field": field,
        "in": where,
        "message": f"{named}含有空字符（U+0000），请删除后重新提交",
        "type": "nul_character",
    }
    return HTTPException(status_code=422, detail=[error])


def _nul_path(value: object, path: str = "") -> str | None:
    """The dotted path of the first key or text in a parsed JSON value that holds a NUL."""
    if isinstance(value, str):
        return path if "\0" in value else None
    items: Iterable[tuple[object, object]]
    if isinstance(value, dict):
        items = value.items()
    elif isinstance(value, list):
        items = enumerate(value)
    else:
        return None
    for key, item in items:
        inner = f"{path}.{key}" if path else str(key)
        if isinstance(key, str) and "\0" in key:
            return inner
        if (found := _nul_path(item, inner)) is not None:
            return found
    return None


def _field_of(body: bytes) -> str:
    """Where in a JSON body the NUL is, for the error; "" when the body does not parse."""
    try:
        return _nul_path(json.loads(body)) or ""
    except ValueError:
        return ""


def _has_nul(encoded: bytes) -> bool:
    return b"\0" in encoded or b"\0" in unquote_to_bytes(encoded)


class RefuseNul(HttpMiddleware):
    """ASGI middleware: 422 for a NUL in the path, the query or a JSON/urlencoded body."""

    async def http(self, scope: Scope, receive: Receive, send: Send) -> None:
        addressed = (
            ("path", scope.get("raw_path") or b""),
            ("query", scope.get("query_string", b"")),
        )
        for where, value in addressed:
            if _has_nul(value):
                exc = _refusal(where)
                await JSONResponse({"detail": exc.detail}, exc.status_code)(scope, receive, send)
                return
        content_type = _header(scope, b"content-type")
        check: Callable[[bytes], object]
        is_json = content_type.startswith(b"application/json")
        if is_json:
            check = _JSON_NUL.search
        elif content_type.startswith(b"application/x-www-form-urlencoded"):
            check = _form_nul
        else:
            await self._app(scope, receive, send)
            return
        tail = b""
        seen = bytearray()  # a JSON body so far, to name the field once a NUL shows

        async def guarded() -> Message:
            nonlocal tail
            message = await receive()
            if message["type"] == "http.request":
                chunk = message.get("body", b"")
                window = tail + chunk
                if is_json:
                    seen.extend(chunk)
                if b"\0" in window or check(window):
                    more = bool(message.get("more_body", False))
                    raise _refusal("body", await _rest_named(seen, more) if is_json else "")
                tail = window[-_TAIL:]
            return message

        async def _rest_named(body: bytearray, more: bool) -> str:
            while more:  # the body limit in front of this middleware bounds what is read here
                message = await receive()
                body.extend(message.get("body", b""))
                more = message["type"] == "http.request" and bool(message.get("more_body"))
            return _field_of(bytes(body))

        await self._app(scope, guarded, send)


def _form_nul(window: bytes) -> bool:
    return b"%00" in window


def _header(scope: Scope, name: bytes) -> bytes:
    for key, value in scope.get("headers", ()):
        if key == name:
            return bytes(value).lower()
    return b""
