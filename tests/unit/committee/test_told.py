"""Who hears of what happens to a case, in what words, and when a correction tells again: the
committee's notice rules, pure (domain/actions.py decides, domain/told.py says who is told)."""

import uuid
from dataclasses import replace

from services.committee.domain.actions import (
    Command,
    Decide,
    HistoryAction,
    PassOver,
    Receive,
    Refuse,
    Select,
    Send,
    SeniorRefuse,
    SettleObjection,
    apply,
    decide,
    history,
)
from services.committee.domain.case import CommitteeCase, Status, Unit
from services.committee.domain.told import (
    PASSED_OVER,
    LowerUnit,
    Notice,
    NotRecommended,
    Progress,
    Progressed,
    Rejected,
    SentOn,
    told,
)
from services.committee.domain.votes import Tally
from services.committee.views.detail import ACTION_LABELS
from tests.unit.committee.test_case_rules import CONSTRUCTION, NOW, case

PASSING, FAILING = Tally(9, 6, 3, 0), Tally(9, 5, 3, 1)


def tells(before: CommitteeCase, command: Command) -> list[Notice]:
    return told(before, decide(before, command, NOW))


def test_receipt_tells_the_applicants_side_and_a_refusal_names_the_unit_that_sent_it() -> None:
    assert tells(case(), Receive()) == [Progressed(Progress.received)]
    assert tells(case(), Refuse("  材料不全  ")) == [Rejected("材料不全", LowerUnit.sent_by)]
    assert history(decide(case(), Refuse(" 材料不全 "), NOW)) == (HistoryAction.refused, "材料不全")


def test_the_first_decision_tells_passed_or_not_in_the_meetings_numbers() -> None:
    received = case(Status.received)
    assert tells(received, Decide(PASSING, True, 11)) == [Progressed(Progress.passed)]
    assert tells(received, Decide(FAILING, False, 11)) == [
        NotRecommended(
            "未通过中评委评审：在册委员 11 人，出席 9 人，赞成 5 票，反对 3 票，弃权 1 票",
            failed=True,
        )
    ]
    assert history(decide(received, Decide(PASSING, True, 11), NOW)) == (
        HistoryAction.votes_confirmed,
        None,
    )


def test_a_correction_tells_again_only_when_it_turns_the_outcome_over() -> None:
    passed, failed = case(Status.passed), case(Status.failed)
    chosen = replace(case(Status.selected), senior_committee=CONSTRUCTION.code)
    assert tells(passed, Decide(PASSING, True, 9, "笔误")) == []
    assert tells(failed, Decide(FAILING, False, 9, "笔误")) == []
    assert tells(failed, Decide(PASSING, True, 9, "漏计")) == [Progressed(Progress.passed)]
    assert [type(n) for n in tells(chosen, Decide(FAILING, False, 9, "多计"))] == [NotRecommended]
    # the selection a failing correction undoes goes with it; a passing one keeps it
    undone = apply(chosen, Decide(FAILING, False, 9, "多计"), NOW)
    assert (undone.status, undone.senior_committee) == (Status.failed, None)
    assert apply(chosen, Decide(PASSING, True, 9, "笔误"), NOW).status == Status.selected
    assert history(decide(passed, Decide(PASSING, True, 9, "笔误"), NOW)) == (
        HistoryAction.votes_corrected,
        "笔误",
    )


def test_sending_tells_the_senior_office_and_passing_over_tells_why() -> None:
    batch_id = uuid.uuid4()
    chosen = case(Status.selected)
    assert tells(chosen, Send(batch_id, 2, CONSTRUCTION)) == [SentOn(batch_id, 2, CONSTRUCTION)]
    assert tells(case(Status.passed), PassOver()) == [NotRecommended(PASSED_OVER, failed=False)]
    assert tells(case(Status.passed), Select(CONSTRUCTION)) == []
    assert history(decide(case(Status.passed), Select(CONSTRUCTION), NOW)) == (
        HistoryAction.selected,
        CONSTRUCTION.name,
    )


def test_an_upheld_objection_unrecommends_only_a_recommended_applicant() -> None:
    upheld = SettleObjection(upheld=True, reason="业绩不实")
    assert tells(case(Status.selected), upheld) == [
        NotRecommended("公示期间异议成立：业绩不实", failed=False)
    ]
    # already no longer recommended (a correction failed them): noted, nobody told again
    assert tells(case(Status.failed), upheld) == []
    assert history(decide(case(Status.failed), upheld, NOW))[0] == HistoryAction.objection_noted
    dismissed = SettleObjection(upheld=False, reason="查无实据")
    assert tells(case(Status.selected), dismissed) == []
    assert apply(case(Status.selected), dismissed, NOW).status == Status.selected


def test_the_senior_office_refusing_tells_the_mid_office_as_the_lower_unit() -> None:
    senior = Unit("senior.construction", "省建设厅高评委办公室")
    assert tells(case(Status.sent), SeniorRefuse(" 不符合条件 ", senior)) == [
        Rejected("不符合条件", LowerUnit.office, senior)
    ]


def test_every_history_action_has_its_label() -> None:
    assert set(ACTION_LABELS) == set(HistoryAction)
