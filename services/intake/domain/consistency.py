"""The consistency check (三、审核注意事项): the four forms agree with one another, with the account
and with the ID number; 现从事专业 must be exactly identical, character for character."""

from dataclasses import dataclass
from datetime import date

from services.intake.domain.forms import ALL_FORMS, COMPARED, ComparedField, Forms
from services.intake.domain.identity import IdNumber
from shared.contracts.vocabulary import FORM_LABELS, GENDER_LABELS, FormKind, Gender
from shared.privacy import mask_id_number


@dataclass(frozen=True)
class Identity:
    """Who the applicant is, from their account: the forms must be about this person."""

    name: str
    id_number: IdNumber


@dataclass(frozen=True)
class Check:
    code: str
    label: str
    passed: bool
    detail: str = ""


@dataclass(frozen=True)
class Mismatch:
    form: FormKind
    field: str
    message: str

    @property
    def path(self) -> str:
        return f"forms.{self.form}.{self.field}"


@dataclass(frozen=True)
class Report:
    results: tuple[Check, ...]
    mismatches: tuple[Mismatch, ...]

    @property
    def passed(self) -> bool:
        return not self.mismatches and all(check.passed for check in self.results)


@dataclass(frozen=True)
class _Reference:
    value: object
    source: str  # what the value comes from, e.g. 注册信息, 身份证号码, 申报简表


def check_forms(
    forms: Forms,
    *,
    identity: Identity,
    employer_name: str | None,
    incomplete: frozenset[FormKind] = frozenset(),
) -> Report:
    """Every field the forms share, compared; each mismatch names its form and field.
    `incomplete`: forms saved as drafts that are not complete yet (not in `forms`)."""
    authorities = _authorities(identity, employer_name)
    unfinished = [FORM_LABELS[kind] for kind in FormKind if kind in incomplete]
    missing = [
        FORM_LABELS[kind] for kind in FormKind if kind not in forms and kind not in incomplete
    ]
    detail = "；".join(
        text
        for text in (
            "尚未填写：" + "、".join(missing) if missing else "",
            "尚未填完：" + "、".join(unfinished) if unfinished else "",
        )
        if text
    )
    results = [
        Check("forms.complete", "四表均已填写", not missing and not unfinished, detail),
        Check("id_number.valid", "身份证号码符合 GB 11643-1999（校验位、出生日期）", True),
    ]
    mismatches: list[Mismatch] = []
    for field, compared in COMPARED.items():
        kinds = [kind for kind in compared.forms if kind in forms]
        found = _compare(forms, field, compared.label, kinds, authorities.get(field))
        results.append(Check(f"consistent.{field}", _check_label(compared), passed=not found))
        mismatches += found
    return Report(tuple(results), tuple(mismatches))


# fields whose right value is known outside the forms, and where it comes from
AUTHORITIES = {
    "name": "注册信息",
    "id_number": "注册信息",
    "birth_date": "身份证号码",
    "gender": "身份证号码",
    "employer": "单位信息",
}


def _authorities(identity: Identity, employer_name: str | None) -> dict[str, _Reference]:
    values: dict[str, object] = {
        "name": identity.name,
        "id_number": identity.id_number.value,
        "birth_date": identity.id_number.birth_date,
        "gender": identity.id_number.gender,
    }
    if employer_name:
        values["employer"] = employer_name
    return {field: _Reference(value, AUTHORITIES[field]) for field, value in values.items()}


def compared_rule(field: str) -> str:
    """The rule a shared field obeys, as the page states it next to the field."""
    compared = COMPARED[field]
    rule = f"{_forms_named(compared)}须一致"
    if field in AUTHORITIES:
        rule += f"，且与{AUTHORITIES[field]}一致"
    if field == "current_profession":
        rule += "（逐字完全相同）"
    return rule


def _compare(
    forms: Forms, field: str, label: str, kinds: list[FormKind], authority: _Reference | None
) -> list[Mismatch]:
    if not kinds:
        return []
    reference = authority or _majority(forms, field, kinds)
    found: list[Mismatch] = []
    for kind in kinds:
        value = forms[kind].get(field)
        if _blank(value):
            found.append(Mismatch(kind, field, f"{FORM_LABELS[kind]}的“{label}”不能为空"))
        elif value != reference.value and not _blank(reference.value):
            found.append(Mismatch(kind, field, _differs(kind, field, label, value, reference)))
    return found


def _majority(forms: Forms, field: str, kinds: list[FormKind]) -> _Reference:
    """The value most forms agree on (ties: the earlier form's), so that one odd form is the one
    blamed, whichever it is."""
    values = [forms[kind].get(field) for kind in kinds]
    counts = [sum(1 for other in values if other == value) for value in values]
    best = max(range(len(kinds)), key=lambda i: (counts[i], -i))
    return _Reference(values[best], FORM_LABELS[kinds[best]])


def _differs(kind: FormKind, field: str, label: str, value: object, reference: _Reference) -> str:
    message = (
        f"{FORM_LABELS[kind]}的“{label}”（{_show(field, value)}）"
        f"与{reference.source}（{_show(field, reference.value)}）不一致"
    )
    if isinstance(value, str) and isinstance(reference.value, str):
        if value.strip() == reference.value.strip():
            message += "：首尾多了空格"
        if field == "current_profession":
            message += "；“现从事专业”在四表中应完全一致"
    return message


def _show(field: str, value: object) -> str:
    if field == "id_number" and isinstance(value, str):
        return mask_id_number(value)
    if isinstance(value, Gender):
        return GENDER_LABELS[value]
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _check_label(compared: ComparedField) -> str:
    return f"{_forms_named(compared)}的“{compared.label}”一致"


def _forms_named(compared: ComparedField) -> str:
    if compared.forms == ALL_FORMS:
        return "四表"
    return "、".join(FORM_LABELS[k] for k in compared.forms)
