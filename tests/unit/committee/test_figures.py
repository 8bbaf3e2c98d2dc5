"""A committee office's 统计 from cases whose right answer is counted by hand (issue 16)."""

from datetime import date

import pytest

from services.committee.domain.figures import CaseRow, Desk, Event, figures
from shared.figures import OTHER_REASON
from shared.working_days import WorkingCalendar

D = date  # brevity


def _case(
    status: str, region: str, events: list[tuple[str, date, str | None]], *, year: int = 2026
) -> CaseRow:
    return CaseRow(
        status=status,
        region_code=region,
        submitted_on=D(year, 10, 20),
        arrived_on=D(2026, 11, 2),  # a Monday
        events=tuple(Event(action, day, text) for action, day, text in events),
    )


RECEIVED = ("received", D(2026, 11, 4), None)  # 2 working days after arriving
VOTED = ("votes_confirmed", D(2026, 11, 13), None)  # 7 after receipt (Mon 9 … Fri 13)
CASES = [
    _case("pending_receipt", "330106", []),
    _case("refused", "330106", [("refused", D(2026, 11, 3), "申报材料不齐全，缺评审表")]),
    _case("failed", "330108", [RECEIVED, VOTED]),
    # sent 3 working days after the votes (16, 17, 18), then received by the senior office
    _case(
        "senior_received",
        "330108",
        [
            RECEIVED,
            VOTED,
            ("selected", D(2026, 11, 16), "省建筑工程技术人员高级工程师资格评审委员会"),
            ("sent", D(2026, 11, 18), None),
            ("senior_received", D(2026, 11, 20), None),
        ],
    ),
    _case(
        "not_recommended", "330108", [RECEIVED, VOTED, ("not_recommended", D(2026, 11, 18), None)]
    ),
    _case("refused", "330110", [("refused", D(2026, 11, 2), "另有原因")]),
    # an earlier season's case: not counted in 2026's
    _case("refused", "330110", [("refused", D(2025, 11, 2), "申报材料不齐全")], year=2025),
]


def test_the_mid_committee_office_figures_as_counted_by_hand() -> None:
    found = figures(CASES, Desk.office, WorkingCalendar())
    assert found.season_year == 2026, "the newest season by default"
    assert {state: n for state, n in found.counts.items() if n} == {
        "pending_receipt": 1,
        "refused": 2,
        "failed": 1,
        "senior_received": 1,
        "not_recommended": 1,
    }
    assert sum(found.counts.values()) == 6
    # one city: by county
    assert [(r.region_name, sum(r.counts.values())) for r in found.regions] == [
        ("杭州市西湖区", 2),
        ("杭州市滨江区", 3),
        ("杭州市余杭区", 1),
    ]
    took = {s.step.key: s.took for s in found.steps}
    # receipt: refused after 1 and 0, received after 2 (three times)
    assert (took["receipt"].stages, took["receipt"].median) == (5, 2.0)
    assert took["receipt"].p90 == pytest.approx(2.0)
    assert (took["meeting"].stages, took["meeting"].median, took["meeting"].p90) == (3, 7.0, 7.0)
    # recommendation: only the two that were sent or left out ended it (the failed one did not)
    assert (took["sending"].stages, took["sending"].median) == (2, 3.0)
    assert found.refusal_reasons == [("申报材料不齐全", 1), (OTHER_REASON, 1)]


def test_an_earlier_season_asked_for_and_the_senior_office_sees_what_was_sent_to_it() -> None:
    earlier = figures(CASES, Desk.office, WorkingCalendar(), year=2025)
    assert sum(earlier.counts.values()) == 1
    assert earlier.refusal_reasons == [("申报材料不齐全", 1)]

    senior = figures(CASES, Desk.senior, WorkingCalendar())
    assert senior.counts == {"sent": 0, "senior_received": 1, "senior_refused": 0}
    [receipt] = senior.steps
    assert (receipt.took.stages, receipt.took.median) == (1, 2.0)  # 18 → 20 November


def test_cases_from_several_cities_are_counted_by_city_and_no_case_is_no_figure() -> None:
    rows = [_case("pending_receipt", "330106", []), _case("pending_receipt", "330212", [])]
    found = figures(rows, Desk.office, WorkingCalendar())
    assert [r.region_name for r in found.regions] == ["杭州市", "宁波市"]
    empty = figures([], Desk.office, WorkingCalendar())
    assert empty.season_year is None
    assert all(s.took.median is None and s.took.p90 is None for s in empty.steps)
    assert empty.regions == []
    assert empty.refusal_reasons == []
