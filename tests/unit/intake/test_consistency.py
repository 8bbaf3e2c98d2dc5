"""The consistency check (三、审核注意事项): every compared field of every form, one at a time."""

from datetime import date, timedelta
from typing import Any

import pytest

from services.intake.domain.consistency import Identity, Report, check_forms
from services.intake.domain.forms import COMPARED
from services.intake.domain.identity import parse_id_number
from shared.contracts.forms import FORM_MODELS
from shared.contracts.vocabulary import FORM_LABELS, FormKind, Gender
from tests.support.applications import application_body, forms_for

TODAY = date(2026, 11, 28)
BODY = application_body()  # 张三, born 1985-03-12, male
EMPLOYER = BODY["employer"]["name"]
IDENTITY = Identity("张三", parse_id_number(BODY["applicant"]["id_number"], today=TODAY))
CASES = [(kind, field) for field, compared in COMPARED.items() for kind in compared.forms]
# fields whose right value is known outside the forms: the changed form is always the one blamed
AUTHORITATIVE = {"name", "id_number", "birth_date", "gender", "employer"}


def consistent() -> dict[FormKind, dict[str, Any]]:
    return {
        FormKind(kind): FORM_MODELS[FormKind(kind)].model_validate(data).model_dump()
        for kind, data in forms_for(BODY).items()
    }


def check(forms: dict[FormKind, dict[str, Any]]) -> Report:
    return check_forms(forms, identity=IDENTITY, employer_name=EMPLOYER)


def changed(forms: dict[FormKind, dict[str, Any]], kind: FormKind, **values: Any) -> Any:
    return forms | {kind: forms[kind] | values}


def other_than(value: Any) -> Any:
    if isinstance(value, Gender):
        return Gender.female if value == Gender.male else Gender.male
    if isinstance(value, date):
        return value + timedelta(days=1)
    if isinstance(value, int):
        return value + 1
    return value[:-1] + ("乙" if value[-1] == "甲" else "甲")  # one character differs


def test_forms_that_agree_pass_every_check() -> None:
    report = check(consistent())
    assert report.passed
    assert report.mismatches == ()
    assert {r.code for r in report.results} >= {f"consistent.{f}" for f in COMPARED}


@pytest.mark.parametrize(("kind", "field"), CASES, ids=[f"{k}.{f}" for k, f in CASES])
def test_one_field_changed_in_one_form_is_reported_with_form_and_field(
    kind: FormKind, field: str
) -> None:
    forms = consistent()
    report = check(changed(forms, kind, **{field: other_than(forms[kind][field])}))
    [mismatch] = report.mismatches
    assert mismatch.field == field
    label = COMPARED[field].label
    assert f"的“{label}”" in mismatch.message
    if field in AUTHORITATIVE or len(COMPARED[field].forms) > 2:
        assert mismatch.form == kind
        assert mismatch.message.startswith(FORM_LABELS[kind])
    else:  # two forms disagree: the later one is asked to match the earlier one
        assert {FORM_LABELS[k] for k in COMPARED[field].forms} <= set(_form_names(mismatch.message))
    assert mismatch.path == f"forms.{mismatch.form}.{field}"
    assert not report.passed
    assert not next(r for r in report.results if r.code == f"consistent.{field}").passed


@pytest.mark.parametrize(
    "profession",
    [
        "建筑工程施丁",
        "建筑工程",
        "建筑工程施工 ",
        " 建筑工程施工",
        "\u3000建筑工程施工",
        "建筑 工程施工",
    ],
    ids=[
        "one-character",
        "shorter",
        "trailing-space",
        "leading-space",
        "ideographic-space",
        "inner",
    ],
)
@pytest.mark.parametrize("kind", list(FormKind))
def test_current_profession_must_be_identical_character_for_character(
    kind: FormKind, profession: str
) -> None:
    report = check(changed(consistent(), kind, current_profession=profession))
    [mismatch] = report.mismatches
    assert (mismatch.form, mismatch.field) == (kind, "current_profession")
    assert "应完全一致" in mismatch.message
    if profession.strip() == "建筑工程施工":
        assert "首尾多了空格" in mismatch.message


def test_a_blank_value_is_reported_as_empty() -> None:
    report = check(changed(consistent(), FormKind.roster, applied_title="  "))
    [mismatch] = report.mismatches
    assert mismatch.message == "花名册的“申报资格”不能为空"


def test_gender_and_birth_date_must_agree_with_the_id_number_even_if_the_forms_agree() -> None:
    forms = {k: v | {"gender": Gender.female} for k, v in consistent().items()}
    report = check(forms)
    assert {(m.form, m.field) for m in report.mismatches} == {(k, "gender") for k in FormKind}
    assert all("与身份证号码（男）不一致" in m.message for m in report.mismatches)


def test_the_forms_must_be_about_the_account_holder() -> None:
    forms = {k: v | {"name": "李四"} for k, v in consistent().items()}
    report = check(forms)
    assert {m.field for m in report.mismatches} == {"name"}
    assert all("与注册信息（张三）不一致" in m.message for m in report.mismatches)


def test_an_id_number_in_a_message_is_masked() -> None:
    number = BODY["applicant"]["id_number"]
    other = number[:-1] + ("0" if number[-1] != "0" else "1")
    report = check(changed(consistent(), FormKind.review, id_number=other))
    [mismatch] = report.mismatches
    assert number not in mismatch.message
    assert other not in mismatch.message
    assert "330106********" in mismatch.message


def test_missing_forms_are_a_failed_check_not_a_crash() -> None:
    forms = consistent()
    del forms[FormKind.review]
    report = check(forms)
    complete = next(r for r in report.results if r.code == "forms.complete")
    assert (complete.passed, complete.detail) == (False, "尚未填写：评审表")
    assert report.mismatches == ()
    assert not report.passed


def test_the_compared_labels_are_the_forms_own_titles() -> None:
    for field, compared in COMPARED.items():
        carriers = {kind for kind, model in FORM_MODELS.items() if field in model.model_fields}
        assert carriers == set(compared.forms), field
        for kind in compared.forms:
            assert FORM_MODELS[kind].model_fields[field].title == compared.label


def _form_names(message: str) -> list[str]:
    return [name for name in FORM_LABELS.values() if name in message]
