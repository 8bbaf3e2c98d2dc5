"""A form's input checked against its model, every error named after the form as well as the
field (申报简表“现从事专业”：不能为空), since the same field is on all four forms.

The strict PUT answers these errors as a 422; the draft save stores what was typed and answers
them, and the check and the draft read list them for a form saved incomplete."""

from collections.abc import Mapping

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from shared.contracts.forms import BasicInfo, field_label
from shared.contracts.vocabulary import FORM_LABELS, FormKind
from shared.http import chinese_message
from shared.json_object import JsonObject

FieldError = tuple[str, str]  # (path such as `forms.summary.current_profession`, message)


def named_error(kind: FormKind, model: type[BasicInfo], error: ErrorDetails) -> FieldError:
    loc = [str(part) for part in error.get("loc", ())]
    path = loc[1:] if loc and loc[0] == "body" else loc
    if not path or error.get("type") == "json_invalid":
        return f"forms.{kind}", f"{FORM_LABELS[kind]}：{chinese_message(dict(error))}"
    label = field_label(model, path)
    message = f"{FORM_LABELS[kind]}“{label}”：{chinese_message(dict(error))}"
    return f"forms.{kind}." + ".".join(path), message


def checked_form(
    kind: FormKind, model: type[BasicInfo], data: Mapping[str, object]
) -> tuple[BasicInfo | None, list[FieldError]]:
    """The form if `data` is complete and valid, else None and every error, named."""
    try:
        return model.model_validate(dict(data)), []
    except ValidationError as exc:
        return None, [named_error(kind, model, e) for e in exc.errors()]


def known_fields(model: type[BasicInfo], data: Mapping[str, object]) -> JsonObject:
    """What of `data` the form has a place for: a draft keeps the typed values, not stray keys."""
    return {name: value for name, value in data.items() if name in model.model_fields}


def stray_fields(
    kind: FormKind, model: type[BasicInfo], data: Mapping[str, object]
) -> list[FieldError]:
    """Keys the form has no place for: refused by name, so a misspelt field is not lost unseen."""
    return [
        (f"forms.{kind}.{name}", f"{FORM_LABELS[kind]}：没有“{name}”这一栏")
        for name in data
        if name not in model.model_fields
    ]
