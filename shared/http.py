"""What every service's HTTP edge shares: every answer a user can see in Chinese, in one of the
two shapes: `{"detail": [{"field", "in", "message", "type"}]}` for input that is wrong (422) and
`{"detail": "…"}` for everything else; 503 while the database is away; bounded integers."""

from http import HTTPStatus
from typing import Any

import structlog
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import Message, Receive, Scope, Send

from shared.asgi import HttpMiddleware
from shared.db.availability import is_busy, is_unavailable
from shared.refusals import MAX_LISTED_ERRORS, Refusal, field_errors

log = structlog.get_logger(__name__)

_LOCATION_PREFIXES = {"body", "query", "path", "header"}
# the largest number an integer path or query parameter may carry: PostgreSQL's `integer`, which
# every counted thing (submission, offset, ...) fits; a larger one is a 422, never a 500
MAX_INTEGER = 2**31 - 1

# what Starlette and FastAPI say in English, and what the user reads instead
_STATUS_MESSAGES = {
    400: "请求无法处理",
    401: "请先登录",
    403: "无权访问",
    404: "请求的资源不存在",
    405: "不支持此请求方法",
    413: "请求内容过大",
    415: "不支持此内容类型",
    429: "请求过于频繁，请稍后再试",
    500: "系统内部错误，请稍后再试",
    503: "服务暂不可用，请稍后再试",
}


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(RequestValidationError, _on_validation_error)  # type: ignore[arg-type]
    app.add_exception_handler(Refusal, _on_refusal)  # type: ignore[arg-type]
    app.add_exception_handler(StarletteHTTPException, _on_http_error)  # type: ignore[arg-type]


async def _on_http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
    """Our own refusals keep their (Chinese) words; the framework's English defaults, an unknown
    path, a method the path does not take, a body that is not UTF-8, are said in Chinese."""
    if exc.status_code == 400 and isinstance(exc.detail, str) and exc.detail.isascii():
        # the framework's own 400s (ours are in Chinese): a body it could not even take apart
        message = _UNPARSABLE_MESSAGES.get(exc.detail, _MULTIPART_UNPARSABLE)
        detail: Any = [{"field": "", "in": "body", "message": message, "type": "body_unparsable"}]
        return JSONResponse(status_code=422, content={"detail": detail})
    detail = exc.detail
    if exc.status_code == 404 and detail == HTTPStatus.NOT_FOUND.phrase:
        detail = f"请求的地址不存在：{request.url.path}"
    elif exc.status_code == 405 and detail == HTTPStatus.METHOD_NOT_ALLOWED.phrase:
        detail = f"地址 {request.url.path} 不支持 {request.method} 请求"
    elif _is_default_phrase(exc.status_code, detail):
        detail = _STATUS_MESSAGES.get(exc.status_code, "请求无法处理")
    return JSONResponse(
        status_code=exc.status_code, content={"detail": detail}, headers=exc.headers
    )


def _is_default_phrase(status: int, detail: Any) -> bool:
    try:
        return bool(detail == HTTPStatus(status).phrase)
    except ValueError:
        return False


async def _on_validation_error(_: Request, exc: RequestValidationError) -> JSONResponse:
    """422 listing every problem: the field's path (e.g. `employer.region_code`) and a Chinese
    message saying what is wrong with it."""
    errors = exc.errors()
    listed = [field_error(error) for error in errors[:MAX_LISTED_ERRORS]]
    return JSONResponse(
        status_code=422, content={"detail": field_errors(listed, total=len(errors))}
    )


# what FastAPI answers (400, in English) for a body it cannot even decode, e.g. not UTF-8; every
# other 400 of the framework's is Starlette's for a multipart body it cannot take apart
_UNPARSABLE_MESSAGES = {
    "There was an error parsing the body": "请求内容无法解析（应为 UTF-8 编码的 JSON 或表单）",
}
_MULTIPART_UNPARSABLE = "上传的表单内容格式不正确、无法解析，请重新选择文件上传"


def field_error(error: dict[str, Any]) -> dict[str, str]:
    loc = [str(part) for part in error.get("loc", ())]
    where = loc[0] if loc and loc[0] in _LOCATION_PREFIXES else "body"
    path = loc[1:] if loc and loc[0] in _LOCATION_PREFIXES else loc
    if error.get("type") == "json_invalid":  # its loc is a character position, not a field
        position = f"（第 {path[0]} 个字符处）" if path else ""
        return {
            "field": "",
            "in": where,
            "message": f"请求内容不是合法的 JSON{position}",
            "type": "json_invalid",
        }
    return {
        "field": ".".join(path),
        "in": where,
        "message": chinese_message(error),
        "type": str(error.get("type", "")),
    }


def chinese_message(error: dict[str, Any]) -> str:
    kind = error.get("type", "")
    ctx = error.get("ctx") or {}
    if kind in ("value_error", "assertion_error") and "error" in ctx:
        return str(ctx["error"])
    if kind == "string_too_short":
        return "不能为空" if ctx.get("min_length") == 1 else f"至少 {ctx.get('min_length')} 个字符"
    if kind == "string_too_long":
        return f"不能超过 {ctx.get('max_length')} 个字符"
    if kind in ("enum", "literal_error"):
        return f"取值无效，可选值：{ctx.get('expected', '')}"
    if kind in ("greater_than_equal", "greater_than", "less_than_equal", "less_than"):
        bound = ctx.get("ge", ctx.get("gt", ctx.get("le", ctx.get("lt"))))
        words = {
            "greater_than_equal": "不能小于",
            "greater_than": "须大于",
            "less_than_equal": "不能大于",
            "less_than": "须小于",
        }
        return f"{words[kind]} {bound}"
    return _MESSAGES.get(kind, "内容无效")


_MESSAGES = {
    "missing": "必填项，不能缺少",
    "string_type": "应为文本",
    "int_type": "应为整数",
    "int_parsing": "应为整数",
    "bool_type": "应为是或否",
    "string_pattern_mismatch": "格式不正确",
    "json_invalid": "请求内容不是合法的 JSON",
    "model_attributes_type": "应为对象",
    "dict_type": "应为对象",
    "list_type": "应为列表",
    "uuid_parsing": "不是合法的编号",
    "uuid_type": "不是合法的编号",
    "extra_forbidden": "不接受此字段",
    "datetime_parsing": "日期时间格式不正确",
    "date_parsing": "日期格式不正确",
    "date_from_datetime_parsing": "日期格式不正确",
    "date_from_datetime_inexact": "日期格式不正确",
    "date_type": "日期格式不正确",
    "too_short": "项数不足",
    "too_long": "项数过多",
}


async def _on_refusal(_: Request, exc: Refusal) -> JSONResponse:
    """Every service's refusals, answered by their status in the shared shapes
    (shared/refusals.py: wrong input as the list of fields, everything else `{"detail": "…"}`)."""
    return JSONResponse(status_code=exc.status, content=exc.body(), headers=exc.headers or None)


RETRY_AFTER_SECONDS = 5
UNAVAILABLE_MESSAGE = "系统数据库暂时无法连接，本次操作未完成，请在 {seconds} 秒后重试"
BUSY_MESSAGE = "系统繁忙，本次操作未完成，请在 {seconds} 秒后重试"


def unavailable_answer(
    seconds: int = RETRY_AFTER_SECONDS, message: str = UNAVAILABLE_MESSAGE
) -> JSONResponse:
    """503 in the one error shape, with Retry-After: nothing was done, the client may retry."""
    return JSONResponse(
        status_code=503,
        content={
            "detail": [
                {
                    "field": "",
                    "in": "service",
                    "message": message.format(seconds=seconds),
                    "type": "service_unavailable",
                }
            ]
        },
        headers={"Retry-After": str(seconds)},
    )


class DatabaseUnavailable(HttpMiddleware):
    """ASGI middleware: a request that fails because the database cannot be reached answers 503
    with Retry-After instead of 500. Other errors pass through untouched."""

    async def http(self, scope: Scope, receive: Receive, send: Send) -> None:
        started = False

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self._app(scope, receive, tracking_send)
        except Exception as error:
            if started or not is_unavailable(error):
                raise
            busy = is_busy(error)
            log.warning(
                "request_shed" if busy else "request_database_unavailable",
                path=scope.get("path"),
                error=repr(error)[:500],
            )
            message = BUSY_MESSAGE if busy else UNAVAILABLE_MESSAGE
            await unavailable_answer(message=message)(scope, receive, send)


def document(content: bytes, *, media_type: str, filename: str, inline: bool = False) -> Response:
    """A file to download (`inline`: to look at in the page). nosniff and no-store come from
    the headers every answer carries (shared/security_headers.py)."""
    disposition = "inline" if inline else "attachment"
    headers = {"Content-Disposition": f'{disposition}; filename="{filename}"'}
    return Response(content, media_type=media_type, headers=headers)
