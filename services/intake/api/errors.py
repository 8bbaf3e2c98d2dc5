"""How the domain's and handlers' refusals are answered: 4xx, in Chinese, naming the field."""

import math
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone
from typing import TypeVar

from fastapi import FastAPI, Request, Response
from fastapi.responses import JSONResponse

from services.intake.domain.files import FileRefused
from services.intake.domain.problems import Invalid, Refused
from services.intake.handlers.directory import DirectoryNotReady
from services.intake.handlers.errors import (
    ApplicationNotFound,
    BadCredentials,
    BadPhoneCode,
    FileNotFound,
    IdempotencyKeyReused,
    LockedOut,
)
from services.intake.views.history import NoSuchVersion
from shared.metrics import LOGIN_FAILURES, LOGIN_THROTTLED

BEIJING = timezone(timedelta(hours=8), "北京时间")  # the users' clock, without a tz database


def _fields(status: int, *errors: tuple[str, str], where: str = "body") -> JSONResponse:
    """The same shape as every 422: {"detail": [{"field", "in", "message", "type"}]}."""
    detail = [
        {"field": field, "in": where, "message": message, "type": "value_error"}
        for field, message in errors
    ]
    return JSONResponse(status_code=status, content={"detail": detail})


def _plain(status: int, message: str, **headers: str) -> JSONResponse:
    return JSONResponse(status_code=status, content={"detail": message}, headers=headers or None)


def _bad_credentials(_: BadCredentials) -> JSONResponse:
    LOGIN_FAILURES.labels("applicant").inc()
    return _plain(401, "身份证号码或密码不正确", **{"WWW-Authenticate": "Bearer"})


def _locked(exc: LockedOut) -> JSONResponse:
    LOGIN_THROTTLED.labels("applicant").inc()
    wait = max(1, math.ceil((exc.until - datetime.now(UTC)).total_seconds()))
    until = exc.until.astimezone(BEIJING).strftime("%H:%M")
    return _plain(429, f"登录失败次数过多，请于 {until} 后再试", **{"Retry-After": str(wait)})


def install_error_answers(app: FastAPI) -> None:
    _answer(app, Invalid, lambda e: _fields(422, *((p.field, p.message) for p in e.problems)))
    _answer(app, FileRefused, lambda e: _fields(422, ("file", e.message)))
    _answer(app, Refused, lambda e: _plain(409, e.message))
    _answer(app, ApplicationNotFound, lambda _: _plain(404, "申报不存在"))
    _answer(app, FileNotFound, lambda _: _plain(404, "文件不存在"))
    _answer(app, NoSuchVersion, lambda e: _plain(404, str(e)))
    _answer(
        app,
        IdempotencyKeyReused,
        lambda _: _fields(
            422, ("Idempotency-Key", "此幂等键已用于另一次提交，请使用新的键"), where="header"
        ),
    )
    _answer(
        app,
        BadPhoneCode,
        lambda _: _fields(422, ("phone_code", "短信验证码不正确或已失效，请重新获取")),
    )
    _answer(app, BadCredentials, _bad_credentials)
    _answer(app, LockedOut, _locked)
    _answer(
        app,
        DirectoryNotReady,
        lambda _: _plain(503, "机构目录尚未同步到申报系统，请稍后再试", **{"Retry-After": "5"}),
    )


E = TypeVar("E", bound=Exception)


def _answer(app: FastAPI, exception: type[E], answer: Callable[[E], Response]) -> None:
    async def handle(_: Request, exc: Exception) -> Response:
        assert isinstance(exc, exception)
        return answer(exc)

    app.add_exception_handler(exception, handle)
