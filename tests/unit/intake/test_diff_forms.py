"""diff_forms: what changed between two submissions' forms, named as the forms name it."""

from typing import Any

from services.intake.domain.changes import diff_forms
from shared.contracts.forms import FormsSnapshot
from shared.contracts.vocabulary import FormKind
from tests.support.applications import application_body, forms_for


def snapshot(**changes: dict[str, Any]) -> FormsSnapshot:
    forms = forms_for(application_body())
    for kind, values in changes.items():
        forms[kind] = forms[kind] | values
    return FormsSnapshot.model_validate(forms)


def test_identical_forms_have_no_changes() -> None:
    assert diff_forms(snapshot(), snapshot()) == []


def test_a_changed_field_is_named_by_form_and_title_with_both_values() -> None:
    old = snapshot()
    new = snapshot(review={"current_profession": "市政工程施工"})
    [change] = diff_forms(old, new)
    assert (change.form, change.form_label) == (FormKind.review, "评审表")
    assert (change.field, change.field_label) == ("current_profession", "现从事专业")
    assert (change.old, change.new) == ("建筑工程施工", "市政工程施工")


def test_changes_inside_lists_name_the_item() -> None:
    old = snapshot()
    work = old.comprehensive.model_dump(mode="json")["work_history"]
    added = {"start": "2001-01-01", "employer": "某设计院", "position": "助理工程师"}
    new = snapshot(comprehensive={"work_history": [work[0] | {"position": "总工程师"}, added]})
    labels = {c.field: c.field_label for c in diff_forms(old, new)}
    assert labels["work_history.0.position"] == "工作经历 第1项 职务"
    assert labels["work_history.1.employer"] == "工作经历 第2项 工作单位"


def test_an_item_added_to_an_empty_list_is_one_change() -> None:
    [change] = diff_forms(snapshot(), snapshot(comprehensive={"awards": ["省优质工程奖"]}))
    assert (change.field, change.field_label, change.old, change.new) == (
        "awards.0",
        "获奖情况 第1项",
        None,
        "省优质工程奖",
    )


def test_dates_compare_as_dates() -> None:
    [change] = diff_forms(snapshot(), snapshot(roster={"current_title_obtained_on": "2016-01-01"}))
    assert (change.old, change.new) == ("2015-12-01", "2016-01-01")
