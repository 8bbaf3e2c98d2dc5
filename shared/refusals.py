"""The one family of refusals every service raises, and shared/http.py answers.

A handler (or the domain, through its own subclasses) raises a `Refusal`; the HTTP edge turns
every one into its status and one of the two Chinese error shapes, with no per-service map:

- `{"detail": "…"}` (plus whatever `extra` the refusal carries, e.g. the case as it stands now
  for a 409) for everything but wrong input;
- `{"detail": [{"field", "in", "message", "type"}]}` for input that parsed but breaks a rule
  (`InvalidInput`, 422), the same shape as a parse error.

A service names its refusals as subclasses with a default message, so a route never chooses a
status code and a message is written once:

    class ApplicationNotFound(NotFound):
        message = "申报不存在"
"""

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

# a body of 100,000 unknown keys must not be answered with 100,000 errors: the first ones say
# what is wrong, and one more line says how many were left out
MAX_LISTED_ERRORS = 20


def field_errors(
    errors: Sequence[dict[str, str]], *, total: int, where: str = "body"
) -> list[dict[str, str]]:
    """The listed errors (at most MAX_LISTED_ERRORS) and, when `total` is more, one line more
    saying how many were left out."""
    listed = list(errors[:MAX_LISTED_ERRORS])
    if total > MAX_LISTED_ERRORS:
        message = f"另有 {total - MAX_LISTED_ERRORS} 处错误未列出，请先改正以上各项"
        listed.append({"field": "", "in": where, "message": message, "type": "too_many_errors"})
    return listed


class Refusal(Exception):
    """Something a user asked that the system will not do; nothing was changed."""

    status: ClassVar[int] = 409
    message: ClassVar[str] = "当前状态下不能进行此操作"

    def __init__(
        self,
        message: str | None = None,
        *,
        headers: Mapping[str, str] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None:
        self.text = message or self.message
        super().__init__(self.text)
        self.headers = dict(headers or {})
        self.extra = dict(extra or {})

    def body(self) -> dict[str, Any]:
        return {"detail": self.text, **self.extra}


class Unauthenticated(Refusal):
    """401: no token, or one that is expired, revoked or not ours; logging in again helps."""

    status = 401
    message = "登录已失效，请重新登录"

    def __init__(self, message: str | None = None, **options: Any) -> None:
        super().__init__(message, **options)
        self.headers.setdefault("WWW-Authenticate", "Bearer")


class Forbidden(Refusal):
    status = 403
    message = "无权访问"


class NotFound(Refusal):
    """404: not there, or not the caller's (the same answer, so ids cannot be probed)."""

    status = 404
    message = "请求的资源不存在"


class Conflict(Refusal):
    """409: the state does not allow it (now); `extra` may carry the state as it stands."""

    status = 409


class TooManyRequests(Refusal):
    """429 with Retry-After: the client may try again in `seconds`."""

    status = 429
    message = "请求过于频繁，请稍后再试"

    def __init__(self, seconds: int, message: str | None = None, **options: Any) -> None:
        super().__init__(message, **options)
        self.seconds = max(1, seconds)
        self.headers["Retry-After"] = str(self.seconds)


class Unavailable(Refusal):
    """503 with Retry-After: something the service needs is not ready; nothing was done."""

    status = 503
    message = "服务暂不可用，请稍后再试"

    def __init__(self, message: str | None = None, *, seconds: int = 5, **options: Any) -> None:
        super().__init__(message, **options)
        self.headers["Retry-After"] = str(seconds)


class InvalidInput(Refusal):
    """422: input that parsed but breaks a rule, each error `(field, message)`; answered in the
    same shape as a parse error. `total` counts errors that `errors` may leave out."""

    status = 422
    message = "提交的内容有误"

    def __init__(
        self,
        errors: Sequence[tuple[str, str]],
        *,
        where: str = "body",
        total: int | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(
            "; ".join(f"{field}: {text}" for field, text in errors[:3]), headers=headers
        )
        self.errors = list(errors)
        self.where = where
        self.total = len(self.errors) if total is None else total

    def body(self) -> dict[str, Any]:
        errors = [
            {"field": field, "in": self.where, "message": message, "type": "value_error"}
            for field, message in self.errors
        ]
        total = max(self.total, len(self.errors))
        return {"detail": field_errors(errors, total=total, where=self.where)}

    @classmethod
    def one(cls, field: str, message: str, *, where: str = "body") -> "InvalidInput":
        return cls([(field, message)], where=where)
