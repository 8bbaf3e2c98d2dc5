"""PUT /applications/{id}/forms/<kind>: one route per form, whose input errors name the form as
well as the field (申报简表“现从事专业”：不能为空), since the same field is on all four."""

from collections.abc import Awaitable, Callable, Coroutine
from typing import Any

from fastapi import APIRouter, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.routing import APIRoute
from pydantic_core import ErrorDetails

from services.intake.form_input import named_error
from shared.body_limit import KIB, max_body
from shared.contracts.forms import BasicInfo
from shared.contracts.vocabulary import FORM_LABELS, FormKind
from shared.refusals import MAX_LISTED_ERRORS, InvalidInput

# the longest form (综合表 with every list full, all of it \u-escaped) stays under 300 KB
MAX_FORM_BODY = 512 * KIB

FormEndpoint = Callable[..., Awaitable[None]]
"""A form's PUT endpoint: FastAPI reads its parameters (the form's own model among them) off
its signature, which is why it is `...` here."""


def form_route(kind: FormKind, model: type[BasicInfo]) -> type[APIRoute]:
    class FormRoute(APIRoute):
        # the signature of the method it overrides, Any as FastAPI declares it
        def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
            handle = super().get_route_handler()

            async def route(request: Request) -> Response:
                try:
                    return await handle(request)
                except RequestValidationError as exc:
                    if any(_where(e) != "body" for e in exc.errors()):
                        raise  # a bad path or header: answered as everywhere else
                    errors = exc.errors()
                    named = [named_error(kind, model, e) for e in errors[:MAX_LISTED_ERRORS]]
                    raise InvalidInput(named, total=len(errors)) from exc

            return route

    return FormRoute


def _where(error: ErrorDetails) -> str:
    loc = error.get("loc", ())
    return str(loc[0]) if loc else "body"


def add_form_routes(
    router: APIRouter,
    forms: dict[FormKind, type[BasicInfo]],
    make: Callable[[FormKind, type[BasicInfo]], FormEndpoint],
) -> None:
    """Adds PUT …/forms/<kind> for each form; `make(kind, model)` returns its endpoint."""
    for kind, model in forms.items():
        router.add_api_route(
            f"/{{application_id}}/forms/{kind}",
            make(kind, model),
            methods=["PUT"],
            status_code=204,
            summary=f"保存{FORM_LABELS[kind]}",
            route_class_override=form_route(kind, model),
            openapi_extra=max_body(MAX_FORM_BODY),
        )
