"""What changed between two versions of an applicant's forms (修改后重新提交 shows it; the
corrected event carries it), each value named as the forms name it."""

from typing import Any

from shared.contracts.forms import FORM_MODELS, FieldChange, FormsSnapshot, field_label, flat_fields
from shared.contracts.vocabulary import FORM_LABELS, FormKind


def diff_forms(old: FormsSnapshot, new: FormsSnapshot) -> list[FieldChange]:
    """Every value that differs between `old` and `new`, form by form, in field order."""
    changes: list[FieldChange] = []
    for kind in FormKind:
        model = FORM_MODELS[kind]
        before, after = flat_fields(getattr(old, kind)), flat_fields(getattr(new, kind))
        for path in _ordered_union(before, after):
            if before.get(path) != after.get(path):
                changes.append(
                    FieldChange(
                        form=kind,
                        form_label=FORM_LABELS[kind],
                        field=path,
                        field_label=field_label(model, path.split(".")),
                        old=before.get(path),
                        new=after.get(path),
                    )
                )
    return changes


def _ordered_union(first: dict[str, Any], second: dict[str, Any]) -> list[str]:
    return list(dict.fromkeys([*first, *second]))
