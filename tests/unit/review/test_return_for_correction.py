"""退回补正 as a pure rule: a complete list or nothing, and the case comes back where it was."""

from dataclasses import replace
from datetime import timedelta

import pytest

from services.review.domain.actions import (
    ActionRefused,
    CheckPaper,
    Corrected,
    CorrectionPoint,
    Forward,
    NotAtThisStage,
    Receive,
    ResumeAfterCorrection,
    ReturnedForCorrection,
    ReturnForCorrection,
    decide,
    evolve,
)
from services.review.domain.case import Case, Status
from shared.contracts.vocabulary import FormKind
from tests.unit.review.test_case_actions import APPROVE_AT_A, AT_A, AT_B, NOW, new_case, run

POINT = CorrectionPoint(
    FormKind.comprehensive, "current_profession", "现从事专业", "与申报简表不一致"
)
LATER = NOW + timedelta(days=3)


def corrected(case: Case) -> ResumeAfterCorrection:
    application = replace(case.application, submission=case.application.submission + 1)
    return ResumeAfterCorrection(application, ())


@pytest.mark.parametrize(
    ("items", "message"),
    [
        ((), "请至少填写一项"),
        ((replace(POINT, form=None),), "第 1 项：请选择需补正的表单"),
        ((POINT, replace(POINT, field=" ")), "第 2 项：请选择需补正的栏目"),
        ((POINT, replace(POINT, note="  ")), "第 2 项：请填写补正意见"),
    ],
)
def test_an_empty_list_or_an_incomplete_item_is_refused(
    items: tuple[CorrectionPoint, ...], message: str
) -> None:
    with pytest.raises(ActionRefused, match=message):
        decide(new_case(), ReturnForCorrection(AT_A, items), NOW)


def test_only_before_the_opinion_and_only_by_the_stage_holding_it() -> None:
    with pytest.raises(ActionRefused, match="待报送材料”，不能退回补正"):
        decide(run(new_case(), *APPROVE_AT_A), ReturnForCorrection(AT_A, (POINT,)), NOW)
    with pytest.raises(NotAtThisStage):
        decide(new_case(), ReturnForCorrection(AT_B, (POINT,)), NOW)


@pytest.mark.parametrize(
    ("before", "status"),
    [((), Status.pending_receipt), ((Receive(AT_A), CheckPaper(AT_A)), Status.pending_approval)],
)
def test_a_corrected_case_comes_back_to_the_same_stage_and_screen(
    before: tuple[Receive | CheckPaper, ...], status: Status
) -> None:
    case = run(new_case(), *APPROVE_AT_A, Forward(AT_A), *[replace(c, actor=AT_B) for c in before])
    event = decide(case, ReturnForCorrection(AT_B, (POINT,)), NOW)
    assert isinstance(event, ReturnedForCorrection)
    assert event.items == (POINT,)
    returned = evolve(case, event)
    assert (returned.position, returned.status, returned.returned_from) == (
        2,
        Status.returned_for_correction,
        status,
    )
    assert not returned.is_at("b")  # with the applicant: the department cannot act on it
    with pytest.raises(NotAtThisStage):
        decide(returned, Receive(AT_B), NOW)

    back_event = decide(returned, corrected(returned), LATER)
    assert isinstance(back_event, Corrected)
    assert back_event.corrects_submission == 1
    back = evolve(returned, back_event)
    assert (back.position, back.status, back.returned_from) == (2, status, None)
    assert back.application.submission == 2
    assert not back.paper_checked  # the corrected paper is checked again
    assert back.stage_entered_at == LATER  # the stage's time restarts


def test_a_correction_needs_a_returned_case_and_a_new_submission() -> None:
    case = new_case()
    with pytest.raises(ActionRefused, match="不能补正"):
        decide(case, corrected(case), NOW)
    returned = run(case, ReturnForCorrection(AT_A, (POINT,)))
    same = ResumeAfterCorrection(returned.application, ())
    with pytest.raises(ActionRefused, match="新的一次提交"):
        decide(returned, same, NOW)


def test_the_items_are_kept_trimmed() -> None:
    event = decide(
        new_case(), ReturnForCorrection(AT_A, (replace(POINT, note=" 请改 ", field=" x "),)), NOW
    )
    assert isinstance(event, ReturnedForCorrection)
    assert (event.items[0].field, event.items[0].note) == ("x", "请改")
    assert event.returned_from == Status.pending_receipt
