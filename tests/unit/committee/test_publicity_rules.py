"""公示's pure rules (issue 16): the period in working days on China's calendar, what holds an
applicant's 网上送审, and what an objection must say."""

from datetime import date

import pytest

from services.committee.domain import case as rules
from services.committee.domain.actions import Publish, SettleObjection, apply
from services.committee.domain.case import CaseRefused, Status
from services.committee.domain.publicity import (
    ObjectionClosed,
    ObjectionIn,
    ObjectionStatus,
    Phase,
    Publicity,
    PublicityRefused,
    check_decision,
    check_filing,
    check_objection,
    hold,
    plan,
)
from shared.working_days import WorkingCalendar
from tests.unit.committee.test_case_rules import NOW, case

CALENDAR = WorkingCalendar()


def _plan(
    starts_on: date,
    days: int = 5,
    *,
    today: date | None = None,
    calendar: WorkingCalendar = CALENDAR,
) -> Publicity:
    return plan("mid.3301", starts_on, days, today=today or starts_on, calendar=calendar)


def test_a_publicity_spanning_national_day_and_its_make_up_saturday_ends_on_the_right_day() -> None:
    # 2026: 1–7 October off; Saturday 10 October is a working day (调休). Five working days from
    # Wednesday 30 September: 30.9, 8.10, 9.10, 10.10 (the Saturday), 12.10
    published = _plan(date(2026, 9, 30))
    assert published.ends_on == date(2026, 10, 12)
    assert published.phase(date(2026, 10, 11)) == Phase.ongoing
    assert published.phase(date(2026, 10, 12)) == Phase.ongoing
    assert published.phase(date(2026, 10, 13)) == Phase.ended
    assert published.phase(date(2026, 9, 29)) == Phase.upcoming


def test_published_on_the_holiday_the_period_starts_on_the_first_working_day() -> None:
    # from 3 October: 8, 9, 10 (Saturday, 调休), 12, 13 October
    assert _plan(date(2026, 10, 3)).ends_on == date(2026, 10, 13)


def test_a_local_closure_of_the_season_lengthens_the_period() -> None:
    typhoon = WorkingCalendar.with_closures([date(2026, 10, 9)])
    assert _plan(date(2026, 9, 30), calendar=typhoon).ends_on == date(2026, 10, 13)


def test_fewer_than_five_working_days_or_a_start_in_the_past_are_refused_by_field() -> None:
    with pytest.raises(PublicityRefused) as refused:
        _plan(date(2026, 9, 28), 4, today=date(2026, 9, 30))
    assert refused.value.problems == [
        ("working_days", "公示期不得少于 5 个工作日"),
        ("starts_on", "公示开始日期不能早于今天（2026年09月30日）"),
    ]
    assert _plan(date(2026, 9, 30), 5).working_days == 5


def test_what_holds_sending() -> None:
    published = _plan(date(2026, 9, 30))
    assert hold(published, 0, date(2026, 10, 12), required=True) == (
        "公示期至2026年10月12日，期满后方可网上送审"
    )
    assert hold(published, 0, date(2026, 9, 29), required=True) == (
        "公示期为2026年09月30日至2026年10月12日，期满后方可网上送审"
    )
    assert hold(published, 0, date(2026, 10, 13), required=True) is None
    assert hold(published, 1, date(2026, 10, 20), required=True) == "有异议待处理"
    assert hold(None, 0, date(2026, 10, 20), required=True) == "尚未公示"
    assert hold(None, 0, date(2026, 10, 20), required=False) is None


def test_objections_are_taken_during_the_period_only() -> None:
    published = _plan(date(2026, 9, 30))
    assert check_filing(published, date(2026, 10, 12)) == published
    with pytest.raises(ObjectionClosed, match="公示期已于2026年10月12日结束"):
        check_filing(published, date(2026, 10, 13))
    with pytest.raises(ObjectionClosed, match="公示尚未开始"):
        check_filing(published, date(2026, 9, 29))


def test_an_objection_needs_a_real_name_a_contact_and_the_facts() -> None:
    with pytest.raises(PublicityRefused) as refused:
        check_objection(ObjectionIn("李", None, None, "不属实"))
    assert [field for field, _ in refused.value.problems] == ["objector_name", "phone", "text"]
    with pytest.raises(PublicityRefused) as refused:
        check_objection(
            ObjectionIn("李四", "12345", "not-an-address", "材料与实际情况不符，请核实")
        )
    assert [field for field, _ in refused.value.problems] == ["phone", "email"]
    kept = check_objection(ObjectionIn(" 李四 ", "138 1234 5678", "", "材料与实际情况不符，请核实"))
    assert (kept.objector_name, kept.phone, kept.email) == ("李四", "13812345678", None)
    assert check_objection(
        ObjectionIn("李四", "0571-87654321", None, "材料与实际情况不符，请核实")
    ).phone


def test_a_decision_needs_a_reason_and_is_taken_once() -> None:
    assert check_decision(ObjectionStatus.open, " 经核实属实 ") == "经核实属实"
    with pytest.raises(PublicityRefused):
        check_decision(ObjectionStatus.open, "  ")
    with pytest.raises(ObjectionClosed, match="该异议已处理（异议不成立）"):
        check_decision(ObjectionStatus.dismissed, "再议")


def test_only_a_recommended_applicant_is_published_and_an_upheld_objection_unrecommends() -> None:
    selected = case(Status.selected)
    assert apply(selected, Publish("2026年11月30日至2026年12月04日"), NOW).status == Status.selected
    with pytest.raises(CaseRefused, match="不能公示"):
        apply(case(Status.passed), Publish("2026年11月30日至2026年12月04日"), NOW)
    upheld = SettleObjection(upheld=True, reason="经核实属实")
    assert apply(selected, upheld, NOW).status == Status.not_recommended
    assert rules.allowed_actions(Status.selected) == ("unselect",)
    assert rules.allowed_actions(Status.selected, published=True) == ()
