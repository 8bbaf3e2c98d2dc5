"""What intake refuses before anything reaches a reviewer, field by field, in Chinese; and when an
application may be submitted again or withdrawn."""

import dataclasses
from datetime import UTC, date, datetime
from typing import Any

import pytest

from services.intake.domain.actions import Submit, Withdraw, WithdrawalRequested, decide
from services.intake.domain.application import STATUS_LABELS, Draft, Photo, Standing, Status
from services.intake.domain.consistency import Identity
from services.intake.domain.employer import Employer
from services.intake.domain.identity import parse_id_number
from services.intake.domain.problems import Invalid, Refused
from services.intake.models import application
from shared.contracts.forms import FORM_MODELS
from shared.contracts.vocabulary import FormKind, Level, StageState
from tests.support.applications import application_body, forms_for

NOW = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)
BODY = application_body()
IDENTITY = Identity(
    "张三", parse_id_number(BODY["applicant"]["id_number"], today=date(2026, 11, 28))
)
COUNTY_UNIT = Employer(
    BODY["employer"]["name"], "public", "有主管部门的单位", Level.county, "330106"
)
NEW = Standing(Status.draft, submission=0, last_sequence=0)


def ready(**changes: Any) -> Draft:
    forms = {
        FormKind(k): FORM_MODELS[FormKind(k)].model_validate(v).model_dump()
        for k, v in forms_for(BODY).items()
    }
    draft = Draft(employer=COUNTY_UNIT, forms=forms, photo=Photo(354, 472, 300.0))
    return Draft(**{**draft.__dict__, **changes})


def problems(draft: Draft, standing: Standing = NEW) -> dict[str, str]:
    with pytest.raises(Invalid) as refused:
        decide(standing, Submit(draft, IDENTITY), NOW)
    return {p.field: p.message for p in refused.value.problems}


def test_the_first_submission_is_number_one_with_sequence_one() -> None:
    accepted = decide(NEW, Submit(ready(), IDENTITY), NOW)
    assert (accepted.number, accepted.sequence) == (1, 1)
    assert accepted.report.passed
    assert {r.code for r in accepted.report.results} >= {"photo.sharpness", "photo.resolution"}


def test_a_resubmission_continues_the_sequence_from_the_last_event_applied() -> None:
    rejected = Standing(Status.rejected, submission=1, last_sequence=5)
    accepted = decide(rejected, Submit(ready(), IDENTITY), NOW)
    assert (accepted.number, accepted.sequence) == (2, 6)


@pytest.mark.parametrize("status", [Status.submitted, Status.in_review])
def test_nothing_is_submitted_or_changed_while_a_department_holds_it(status: Status) -> None:
    with pytest.raises(Refused, match="审核期间不能修改"):
        decide(Standing(status, 1, 2), Submit(ready(), IDENTITY), NOW)


def test_everything_missing_is_named_at_once() -> None:
    found = problems(Draft(employer=None, forms={}, photo=None))
    assert found == {
        "employer": "尚未填写单位信息",
        "forms.summary": "尚未填写申报简表",
        "forms.comprehensive": "尚未填写综合表",
        "forms.review": "尚未填写评审表",
        "forms.roster": "尚未填写花名册",
        "photo": "尚未上传照片",
    }


def test_a_mismatch_between_forms_refuses_the_submission_naming_form_and_field() -> None:
    draft = ready()
    forms = dict(draft.forms) | {
        FormKind.review: {**draft.forms[FormKind.review], "current_profession": "建筑工程"}
    }
    found = problems(ready(forms=forms))
    assert list(found) == ["forms.review.current_profession"]
    assert found["forms.review.current_profession"].startswith("评审表的“现从事专业”（建筑工程）")


@pytest.mark.parametrize(
    ("standing", "sent"),
    [
        (Standing(Status.submitted, 1, 1), True),
        (Standing(Status.in_review, 1, 2, 1, StageState.pending_receipt), True),
        (Standing(Status.in_review, 1, 2, 1, StageState.pending_receipt, True), False),
    ],
    ids=["not-yet-opened", "waiting-at-first-stage", "already-asked"],
)
def test_withdrawal_is_possible_until_the_first_department_receives_it(
    standing: Standing, sent: bool
) -> None:
    assert isinstance(decide(standing, Withdraw(), NOW), WithdrawalRequested) is sent


@pytest.mark.parametrize(
    ("standing", "message"),
    [
        (Standing(Status.in_review, 1, 3, 1, StageState.pending_approval), "已被接收"),
        (Standing(Status.in_review, 1, 5, 2, StageState.pending_receipt), "已被接收"),
        (Standing(Status.draft, 0, 0), "无需撤回"),
        (Standing(Status.rejected, 1, 3), "无需撤回"),
    ],
)
def test_withdrawal_is_refused_once_received_or_when_nothing_is_in_review(
    standing: Standing, message: str
) -> None:
    with pytest.raises(Refused, match=message):
        decide(standing, Withdraw(), NOW)


def test_an_employer_without_a_name_cannot_be_submitted() -> None:
    unnamed = dataclasses.replace(COUNTY_UNIT, name=" ")
    assert "不能为空" in problems(ready(employer=unnamed))["employer.name"]


def test_every_status_has_a_label_and_fits_its_column() -> None:
    assert set(STATUS_LABELS) == set(Status)
    assert max(len(status) for status in Status) <= application.c.status.type.length  # type: ignore[attr-defined]
