"""The answers every operation may give besides its own, written into the OpenAPI document so
that /docs shows them: the one error shape (`{"detail": "…"}`, Chinese) for 401/403/404/409/429
and the real 422 body (every problem with its field, where it was and a Chinese message), in
place of FastAPI's generic validation schema."""

from typing import Any

ERROR_ANSWER = {
    "title": "ErrorAnswer",
    "type": "object",
    "required": ["detail"],
    "properties": {"detail": {"type": "string", "description": "说明（中文）"}},
}
FIELD_ERRORS = {
    "title": "FieldErrors",
    "type": "object",
    "required": ["detail"],
    "properties": {
        "detail": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["field", "in", "message", "type"],
                "properties": {
                    "field": {"type": "string", "description": "e.g. employer.region_code"},
                    "in": {"type": "string", "enum": ["body", "query", "path", "header"]},
                    "message": {"type": "string", "description": "what is wrong, in Chinese"},
                    "type": {"type": "string", "description": "the kind of problem"},
                },
            },
        }
    },
}
COMMON = {
    "401": "未登录或登录已失效（需要令牌的操作）",
    "403": "账号无权进行此操作",
    "404": "不存在，或不属于本账号",
    "409": "状态不允许此操作，或已被他人先行处理",
    "429": "请求过于频繁，请稍后再试（见 Retry-After）",
}
_METHODS = ("get", "put", "post", "delete", "patch")


def document_errors(schema: dict[str, Any]) -> None:
    """Adds the common answers to every operation of `schema`, in place; an operation's own
    description of one of them is kept."""
    schemas = schema.setdefault("components", {}).setdefault("schemas", {})
    schemas["ErrorAnswer"] = ERROR_ANSWER
    schemas["FieldErrors"] = FIELD_ERRORS
    schemas.pop("HTTPValidationError", None)
    schemas.pop("ValidationError", None)
    for operations in schema.get("paths", {}).values():
        for method in _METHODS:
            if method in operations:
                _document(operations[method].setdefault("responses", {}))


def _document(responses: dict[str, Any]) -> None:
    for status, description in COMMON.items():
        if status not in responses:  # an operation's own answer (e.g. a 409 with the case) stays
            responses[status] = {"description": description, "content": _json("ErrorAnswer")}
    invalid = responses.setdefault("422", {})
    if invalid.get("description") in (None, "Validation Error"):
        invalid["description"] = "输入有误：逐项列出字段和原因"
    invalid["content"] = _json("FieldErrors")  # what install_error_handlers answers


def _json(name: str) -> dict[str, Any]:
    return {"application/json": {"schema": {"$ref": f"#/components/schemas/{name}"}}}
