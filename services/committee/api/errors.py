"""Domain refusals as HTTP answers: 404 for what is not the caller's, 409 for a state that does
not allow the action (with the case as it stands), 422 for input that cannot be."""

from collections.abc import Callable
from typing import Any

from fastapi import Request
from fastapi.responses import JSONResponse

from services.committee.domain.case import STATUS_LABELS
from services.committee.domain.meeting import MeetingLocked, MeetingRefused
from services.committee.domain.publicity import ObjectionClosed, PublicityRefused
from services.committee.handlers.case_steps import Conflict, NotFound


async def not_found(_: Request, exc: NotFound) -> JSONResponse:
    return JSONResponse(status_code=404, content={"detail": "不存在或不属于本办公室"})


async def conflict(_: Request, exc: Conflict) -> JSONResponse:
    body: dict[str, Any] = {"detail": str(exc)}
    if exc.case is not None:
        body["case"] = {
            "id": str(exc.case.id),
            "status": exc.case.status.value,
            "status_label": STATUS_LABELS[exc.case.status],
            "version": exc.case.version,
        }
    return JSONResponse(status_code=409, content=body)


async def locked(_: Request, exc: MeetingLocked) -> JSONResponse:
    return JSONResponse(status_code=409, content={"detail": str(exc)})


async def closed(_: Request, exc: ObjectionClosed) -> JSONResponse:
    return JSONResponse(status_code=409, content={"detail": str(exc)})


async def refused(_: Request, exc: MeetingRefused | PublicityRefused) -> JSONResponse:
    detail = [
        {"field": f, "in": "body", "message": m, "type": "value_error"} for f, m in exc.problems
    ]
    return JSONResponse(status_code=422, content={"detail": detail})


HANDLERS: dict[type[Exception], Callable[..., Any]] = {
    NotFound: not_found,
    Conflict: conflict,
    MeetingLocked: locked,
    MeetingRefused: refused,
    PublicityRefused: refused,
    ObjectionClosed: closed,
}
