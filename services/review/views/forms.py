"""The four forms as a department reads them side by side: every value under its form's own
label, each mismatch the check found marked on the field it concerns."""

from services.review.views.case_schemas import CheckOut, FieldOut, FormOut, MismatchOut
from shared.contracts.forms import FORM_MODELS, BasicInfo, FormsSnapshot, field_label, flat_fields
from shared.contracts.intake import CheckReport
from shared.contracts.vocabulary import FORM_LABELS, GENDER_LABELS, FormKind, Gender
from shared.json_object import JsonObject


def readable_forms(forms: JsonObject | None, check: CheckOut | None) -> list[FormOut]:
    """Each form's fields in order; `current_profession` also on the form itself, so the eye
    can compare the four at a glance."""
    if forms is None:
        return []
    snapshot = FormsSnapshot.model_validate(forms)
    marks = {(m.form, m.field): m.message for m in (check.mismatches if check else [])}
    return [_form(kind, getattr(snapshot, kind), marks) for kind in FormKind]


def check_out(report: JsonObject | None) -> CheckOut | None:
    if report is None:
        return None
    parsed = CheckReport.model_validate(report)
    return CheckOut(
        passed=parsed.passed,
        checked_at=parsed.checked_at,
        results=[r.model_dump() for r in parsed.results],
        mismatches=[
            MismatchOut(
                form=m.form,
                form_label=FORM_LABELS[m.form] if m.form else "",
                field=m.field,
                field_label=field_label(FORM_MODELS[m.form], m.field.split("."))
                if m.form
                else m.field,
                message=m.message,
            )
            for m in parsed.mismatches
        ],
    )


def _form(
    kind: FormKind, form: BasicInfo, marks: dict[tuple[FormKind | None, str], str]
) -> FormOut:
    model = FORM_MODELS[kind]
    fields = [
        FieldOut(
            field=path,
            label=field_label(model, path.split(".")),
            value=_shown(path, value),
            mismatch=marks.get((kind, path)) or marks.get((kind, path.split(".")[0])),
        )
        for path, value in flat_fields(form).items()
    ]
    return FormOut(
        kind=kind,
        label=FORM_LABELS[kind],
        current_profession=form.current_profession,
        fields=fields,
    )


def _shown(path: str, value: object) -> str:
    if path == "gender" and isinstance(value, str) and value in Gender.__members__.values():
        return GENDER_LABELS[Gender(value)]
    return "" if value is None else str(value)
