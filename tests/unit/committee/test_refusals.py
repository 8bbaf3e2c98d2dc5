"""The committee's refusals are answered as they always were: a 409 about a case carries the
case as it stands, a 404 says the same for anything not the office's, wrong input lists fields."""

import uuid

import pytest

from services.committee.domain.actions import Select, apply
from services.committee.domain.case import CaseChanged, CaseRefused, CommitteeCase, Status
from services.committee.domain.meeting import MeetingRefused, check_reason
from services.committee.domain.refusals import NothingToSend, NotOurs
from tests.unit.committee.test_case_rules import CONSTRUCTION, NOW


def case(status: Status) -> CommitteeCase:
    return CommitteeCase(
        uuid.uuid4(), uuid.uuid4(), 1, "mid.3301", status, None, None, None, 5, 3, NOW
    )


def test_a_refused_action_is_a_409_with_the_case_as_it_stands() -> None:
    failed = case(Status.failed)
    with pytest.raises(CaseRefused) as refused:
        apply(failed, Select(CONSTRUCTION), NOW)
    assert refused.value.status == 409
    assert refused.value.body() == {
        "detail": "未通过中评委评审的申报对象不能推荐",
        "case": {
            "id": str(failed.id),
            "status": "failed",
            "status_label": "未通过中评委评审",
            "version": 3,
        },
    }


def test_a_changed_case_and_plain_conflicts_say_their_words() -> None:
    assert CaseChanged(case=None).body() == {"detail": "其他人已先处理了该申报材料，请刷新后再试"}
    assert NothingToSend().body() == {
        "detail": "没有待网上送审的申报材料：请先在“高评委设置”中选中推荐对象"
    }
    assert (NotOurs().status, NotOurs().body()) == (404, {"detail": "不存在或不属于本办公室"})


def test_wrong_input_names_its_field() -> None:
    with pytest.raises(MeetingRefused) as refused:
        check_reason("  ")
    assert refused.value.status == 422
    assert refused.value.errors == [("reason", "更正得票情况须说明理由")]
