"""The four forms as the portal draws them, read off their models (shared/contracts/forms.py):
labels, widgets, limits, choices, and which fields the forms share and the rule they obey."""

import datetime
import types
from functools import cache
from typing import Union, get_args, get_origin

from annotated_types import Ge, Le, MaxLen, MinLen
from pydantic import BaseModel
from pydantic.fields import FieldInfo

from services.intake.domain.consistency import compared_rule
from services.intake.domain.forms import COMPARED
from services.intake.schemas.guidance import (
    ChoiceOut,
    FieldOut,
    FormLayoutOut,
    FormsLayoutOut,
    SharedFieldOut,
    Widget,
)
from shared.contracts.forms import FORM_MODELS
from shared.contracts.vocabulary import FORM_LABELS, GENDER_LABELS, FormKind, Gender

_TEXTAREA_FROM = 300  # characters: a longer text gets a text area
_CHOICES = {Gender: [ChoiceOut(value=g.value, label=GENDER_LABELS[g]) for g in Gender]}


@cache
def forms_layout() -> FormsLayoutOut:
    return FormsLayoutOut(
        forms=[
            FormLayoutOut(kind=kind, label=FORM_LABELS[kind], fields=_fields(FORM_MODELS[kind]))
            for kind in FormKind
        ],
        shared=[
            SharedFieldOut(
                name=name,
                label=compared.label,
                forms=list(compared.forms),
                rule=compared_rule(name),
            )
            for name, compared in COMPARED.items()
        ],
    )


def _fields(model: type[BaseModel], *, top: bool = True) -> list[FieldOut]:
    return [_field(name, info, top=top) for name, info in model.model_fields.items()]


def _field(name: str, info: FieldInfo, *, top: bool) -> FieldOut:
    annotation = _without_none(info.annotation)
    limits = _limits(info)
    examples = info.examples or []
    out = FieldOut(
        name=name,
        label=info.title or name,
        widget=Widget.text,
        required=info.is_required(),
        placeholder=f"如：{examples[0]}" if examples else None,
        rule=compared_rule(name) if top and name in COMPARED else None,
    )
    if get_origin(annotation) is list:
        (item,) = get_args(annotation)
        rows = isinstance(item, type) and issubclass(item, BaseModel)
        return out.model_copy(
            update={
                "widget": Widget.rows if rows else Widget.lines,
                "columns": _fields(item, top=False) if rows else [],
                "min_items": limits.get("min"),
                "max_items": limits.get("max"),
                "required": bool(limits.get("min")),
            }
        )
    if annotation in _CHOICES:
        return out.model_copy(update={"widget": Widget.choice, "choices": _CHOICES[annotation]})
    if annotation is datetime.date:
        month = out.label.endswith("年月")
        return out.model_copy(update={"widget": Widget.month if month else Widget.date})
    if annotation is int:
        return out.model_copy(
            update={
                "widget": Widget.integer,
                "minimum": limits.get("ge"),
                "maximum": limits.get("le"),
            }
        )
    longest = limits.get("max")
    return out.model_copy(
        update={
            "widget": Widget.textarea if (longest or 0) >= _TEXTAREA_FROM else Widget.text,
            "max_length": longest,
            "required": out.required and bool(limits.get("min")),
        }
    )


def _without_none(annotation: object) -> object:
    if get_origin(annotation) in (Union, types.UnionType):
        inner = [arg for arg in get_args(annotation) if arg is not type(None)]
        return inner[0] if len(inner) == 1 else annotation
    return annotation


def _limits(info: FieldInfo) -> dict[str, int]:
    found: dict[str, int] = {}
    for item in info.metadata:
        if isinstance(item, MinLen):
            found["min"] = item.min_length
        elif isinstance(item, MaxLen):
            found["max"] = item.max_length
        elif isinstance(item, Ge):
            found["ge"] = int(item.ge)  # type: ignore[call-overload]
        elif isinstance(item, Le):
            found["le"] = int(item.le)  # type: ignore[call-overload]
    return found
