"""The case state machine, without any I/O: what each action needs, and what it leads to."""

import uuid
from dataclasses import replace
from datetime import UTC, datetime

import pytest

from services.review.domain.actions import (
    ActionRefused,
    Actor,
    CheckPaper,
    Command,
    Decision,
    Forward,
    Forwarded,
    NotAtThisStage,
    Receive,
    Refuse,
    SignOpinion,
    Withdraw,
    decide,
    evolve,
)
from services.review.domain.case import Application, Case, Status, open_case
from services.review.domain.directory import Organisation
from services.review.domain.routes import EmployerFacts, RouteStop
from shared.contracts.vocabulary import Role

NOW = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)
STOPS = (
    RouteStop(Organisation("a", "县人社局", Role.county_hr, "330106"), True),
    RouteStop(Organisation("b", "市住建局", Role.city_bureau, "330100"), False),
    RouteStop(Organisation("m", "中评委办公室", Role.mid_committee_office, "330100"), True),
)
AT_A = Actor(uuid.uuid4(), "甲", "a")
AT_B = Actor(uuid.uuid4(), "乙", "b")


def new_case() -> Case:
    application = Application(
        uuid.uuid4(), 1, "张三", "330106************", "某公司",
        EmployerFacts("public", "330106"), None, uuid.uuid4(),
    )  # fmt: skip
    return open_case(application, STOPS, case_id=uuid.uuid4(), sequence_seen=1, now=NOW)


def run(case: Case, *commands: Command) -> Case:
    for command in commands:
        case = evolve(case, decide(case, command, NOW))
    return case


APPROVE_AT_A = (Receive(AT_A), CheckPaper(AT_A), SignOpinion(AT_A, Decision.agree, "", "甲"))


def test_a_stage_goes_receive_check_approve_forward() -> None:
    case = run(new_case(), *APPROVE_AT_A)
    assert (case.status, case.paper_checked) == (Status.pending_forwarding, True)
    case = run(case, Forward(AT_A))
    assert (case.position, case.status, case.paper_checked) == (2, Status.pending_receipt, False)
    assert case.version == 5


def test_the_last_review_stage_hands_the_case_to_the_office() -> None:
    case = run(new_case(), *APPROVE_AT_A, Forward(AT_A), Receive(AT_B))
    # stage b needs no paper check (configured per stage)
    case = run(case, SignOpinion(AT_B, Decision.agree, "同意", "乙"))
    event = decide(case, Forward(AT_B), NOW)
    assert isinstance(event, Forwarded)
    assert event.handed_off
    assert evolve(case, event).status == Status.handed_off


@pytest.mark.parametrize(
    ("before", "command", "message"),
    [
        ((), CheckPaper(AT_A), "待接收申报材料”，不能核对纸质材料"),
        ((), Forward(AT_A), "不能报送"),
        ((Receive(AT_A),), Receive(AT_A), "待审批材料”，不能接收"),
        ((Receive(AT_A),), SignOpinion(AT_A, Decision.agree, "", "甲"), "请先核对纸质材料"),
        ((Receive(AT_A), CheckPaper(AT_A)), SignOpinion(AT_A, Decision.agree, "", " "), "签署人"),
        (
            (Receive(AT_A), CheckPaper(AT_A)),
            SignOpinion(AT_A, Decision.disagree, " ", "甲"),
            "理由",
        ),
        ((), Refuse(AT_A, "  "), "不予接收须填写理由"),
        ((Receive(AT_A),), Withdraw(), "已有部门接收"),
        (APPROVE_AT_A, Refuse(AT_A, "x"), "待报送材料”，不能不予接收"),
    ],
)
def test_what_does_not_fit_the_case_is_refused_with_the_reason(
    before: tuple[Command, ...], command: Command, message: str
) -> None:
    case = run(new_case(), *before)
    with pytest.raises(ActionRefused, match=message):
        decide(case, command, NOW)


@pytest.mark.parametrize("command", [Receive(AT_B), Refuse(AT_B, "x"), Forward(AT_B)])
def test_another_department_cannot_act(command: Command) -> None:
    with pytest.raises(NotAtThisStage):
        decide(new_case(), command, NOW)


def test_refusal_and_disagreement_end_the_route() -> None:
    assert run(new_case(), Refuse(AT_A, "照片不清晰")).status == Status.rejected
    disagreed = run(
        new_case(),
        Receive(AT_A),
        CheckPaper(AT_A),
        SignOpinion(AT_A, Decision.disagree, "资历不足", "甲"),
    )
    assert disagreed.status == Status.rejected
    with pytest.raises(NotAtThisStage):
        decide(disagreed, Forward(AT_A), NOW)


def test_withdrawal_only_before_the_first_receipt() -> None:
    assert run(new_case(), Withdraw()).status == Status.withdrawn
    at_b = replace(new_case(), position=2)
    with pytest.raises(ActionRefused, match="已有部门接收"):
        decide(at_b, Withdraw(), NOW)


def test_a_case_is_visible_to_where_it_is_and_where_it_has_been() -> None:
    case = run(new_case(), *APPROVE_AT_A, Forward(AT_A))
    assert case.visible_to("a")
    assert case.visible_to("b")
    assert not case.visible_to("m")
    assert case.is_at("b")
    assert not case.is_at("a")
