"""The error answers every operation can give, written into each service's OpenAPI document in
the one shape they all share: `{"detail": "说明"}` or `{"detail": [{"field", "in", "message",
"type"}, …]}` (the field-level 422, also used by 409s and 413s that name a field). Generic on
purpose: an operation added later is documented the same way without doing anything."""

from typing import Any

from fastapi import FastAPI

FIELD_ERROR = {
    "title": "FieldError",
    "type": "object",
    "required": ["field", "in", "message", "type"],
    "properties": {
        "field": {"type": "string", "description": "dotted path, e.g. `forms.summary.name`"},
        "in": {"type": "string", "description": "body, query, path or header"},
        "message": {"type": "string", "description": "what is wrong, in Chinese"},
        "type": {"type": "string", "description": "machine-readable kind of error"},
    },
}
ERROR_BODY = {
    "title": "ErrorBody",
    "type": "object",
    "required": ["detail"],
    "properties": {
        "detail": {
            "anyOf": [
                {"type": "string"},
                {"type": "array", "items": {"$ref": "#/components/schemas/FieldError"}},
            ]
        }
    },
}
# (status, description, only for operations that take a body)
ERROR_ANSWERS: tuple[tuple[int, str, bool], ...] = (
    (401, "未登录或登录已失效 (missing, invalid, expired or revoked token)", False),
    (403, "无权进行此操作 (the account may not do this)", False),
    (404, "不存在，或不属于此账号 (not found, or not the caller's)", False),
    (409, "与当前状态冲突 (the state does not allow it, or another clerk acted first)", False),
    (413, "请求内容过大 (over the operation's body cap)", True),
    (422, "输入有误：逐项列出字段和原因 (at most 20 listed, then a count)", False),
    (429, "尝试过于频繁，Retry-After 秒后再试 (throttled)", False),
    (
        503,
        "服务暂时不可用，Retry-After 秒后再试 (the database cannot be reached; nothing done)",
        False,
    ),
)
_RETRY_AFTER = frozenset({429, 503})
_METHODS = ("get", "put", "post", "delete", "patch")
_UNGUARDED = frozenset({"/health"})  # answers 200 or 503 only


def document_errors(app: FastAPI) -> None:
    """Makes `app.openapi()` list ERROR_ANSWERS on every operation that does not document them
    itself (/health: only 503), and replaces FastAPI's default 422 schema with the real one."""
    generate = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is not None:
            return app.openapi_schema
        document = generate()
        schemas = document.setdefault("components", {}).setdefault("schemas", {})
        schemas["FieldError"] = FIELD_ERROR
        schemas["ErrorBody"] = ERROR_BODY
        schemas.pop("HTTPValidationError", None)
        schemas.pop("ValidationError", None)
        for path, operations in document.get("paths", {}).items():
            for method, operation in operations.items():
                if method in _METHODS:
                    _add_errors(operation, only=(503,) if path in _UNGUARDED else None)
        app.openapi_schema = document
        return document

    app.openapi = openapi  # type: ignore[method-assign]


def _add_errors(operation: dict[str, Any], only: tuple[int, ...] | None) -> None:
    responses = operation.setdefault("responses", {})
    for status, description, needs_body in ERROR_ANSWERS:
        if (needs_body and "requestBody" not in operation) or (only and status not in only):
            continue
        key = str(status)
        documented = responses.get(key)
        if documented is not None and not _is_fastapi_default(documented):
            continue
        answer: dict[str, Any] = {
            "description": description,
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorBody"}}},
        }
        if status in _RETRY_AFTER:
            answer["headers"] = {
                "Retry-After": {"description": "seconds to wait", "schema": {"type": "integer"}}
            }
        responses[key] = answer


def _is_fastapi_default(response: dict[str, Any]) -> bool:
    schema = response.get("content", {}).get("application/json", {}).get("schema", {})
    return bool(schema.get("$ref", "").endswith("/HTTPValidationError"))
