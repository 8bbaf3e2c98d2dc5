"""The working-day calendar (issue 16): China's holidays and 调休 from the chinesecalendar
package, the operator's closures on top, Monday–Friday past the package's last year."""

from datetime import UTC, date, datetime, timedelta

import pytest
from structlog.testing import capture_logs

from shared.service import check_working_day_calendar
from shared.working_days import Coverage, WorkingCalendar, coverage, last_covered_year

CALENDAR = WorkingCalendar()


def test_a_publicity_spanning_national_day_and_its_make_up_saturday_ends_on_the_right_day() -> None:
    # 2026: 10月1日至7日 off, Saturday 10 October a working day (调休)
    assert not CALENDAR.is_working_day(date(2026, 10, 5))
    assert CALENDAR.is_working_day(date(2026, 10, 10))
    # 公示 5 working days from Wednesday 30 September: 30.9, 8.10, 9.10, 10.10 (Sat), 12.10
    assert CALENDAR.period_end(date(2026, 9, 30), 5) == date(2026, 10, 12)
    # from Monday 28 September: 28, 29, 30 September, 8, 9 October
    assert CALENDAR.period_end(date(2026, 9, 28), 5) == date(2026, 10, 9)


def test_a_period_starting_on_a_holiday_starts_on_the_next_working_day() -> None:
    assert CALENDAR.period_end(date(2026, 10, 3), 1) == date(2026, 10, 8)


def test_a_deadline_counts_working_days_after_the_day_of_receipt() -> None:
    # received Friday 25 September, 3 working days: 28, 29, 30 September
    assert CALENDAR.add(date(2026, 9, 25), 3) == date(2026, 9, 30)
    # received Wednesday 30 September, 1 working day: 8 October, the holiday in between
    assert CALENDAR.add(date(2026, 9, 30), 1) == date(2026, 10, 8)


def test_elapsed_working_days_skip_the_holiday_and_count_the_make_up_day() -> None:
    assert CALENDAR.elapsed(date(2026, 9, 30), date(2026, 9, 30)) == 0
    assert CALENDAR.elapsed(date(2026, 9, 30), date(2026, 10, 7)) == 0
    assert CALENDAR.elapsed(date(2026, 9, 30), date(2026, 10, 10)) == 3  # 8, 9, 10 October
    assert CALENDAR.elapsed(date(2026, 10, 12), date(2026, 9, 30)) == 0


def test_an_operators_closure_is_not_a_working_day() -> None:
    closed = WorkingCalendar.with_closures([date(2026, 12, 14)])  # a Monday, e.g. a local storm
    assert CALENDAR.is_working_day(date(2026, 12, 14))
    assert not closed.is_working_day(date(2026, 12, 14))
    assert closed.add(date(2026, 12, 11), 1) == date(2026, 12, 15)


def test_past_the_packages_last_year_monday_to_friday_and_it_says_so() -> None:
    year = last_covered_year() + 1
    assert not CALENDAR.covers(year)
    assert CALENDAR.covers(year - 1)
    monday = next(date(year, 3, d) for d in range(1, 8) if date(year, 3, d).weekday() == 0)
    assert CALENDAR.is_working_day(monday)
    assert not CALENDAR.is_working_day(date.fromordinal(monday.toordinal() + 5))


def test_a_period_has_at_least_one_working_day() -> None:
    with pytest.raises(ValueError, match="at least one working day"):
        CALENDAR.period_end(date(2026, 9, 30), 0)


def test_the_start_check_says_whether_the_calendar_knows_this_year_and_next() -> None:
    assert coverage(date(2026, 6, 1), last_covered=2026) is Coverage.known
    assert coverage(date(2026, 12, 1), last_covered=2027) is Coverage.known
    assert coverage(date(2026, 12, 1), last_covered=2026) is Coverage.next_year_unknown
    assert coverage(date(2027, 1, 4), last_covered=2026) is Coverage.outdated


def test_a_service_starting_in_a_year_the_calendar_does_not_know_says_so_in_its_log() -> None:
    last = last_covered_year()
    with capture_logs() as logs:
        assert check_working_day_calendar(datetime(last + 1, 3, 2, tzinfo=UTC)) is Coverage.outdated
        assert check_working_day_calendar(datetime(last, 12, 2, tzinfo=UTC)) is (
            Coverage.next_year_unknown
        )
        assert check_working_day_calendar(datetime(last, 6, 1, tzinfo=UTC)) is Coverage.known
    assert [(line["event"], line["log_level"]) for line in logs] == [
        ("working_day_calendar_outdated", "error"),
        ("working_day_calendar_next_year_unknown", "warning"),
    ]
    assert logs[0]["last_covered_year"] == last


def test_elapsed_counts_as_a_walk_day_by_day_across_holidays_closures_and_unknown_years() -> None:
    # elapsed() counts by arithmetic and the State Council's exceptions; the definition is the walk
    calendar = WorkingCalendar.with_closures(
        [date(2026, 3, 3), date(2026, 3, 7), date(2026, 10, 1)]
    )
    start = date(last_covered_year() - 3, 1, 1)
    # the walk, taken once: walked_by[n] is how many of the days start+1 … start+n are working
    # days, so the walk over since+1 … until is walked_by[until] - walked_by[since]
    walked_by = [0]
    for n in range(1, 1800 + 700 + 1):
        walked_by.append(walked_by[-1] + calendar.is_working_day(start + timedelta(days=n)))
    for offset in range(0, 1800, 11):
        since = start + timedelta(days=offset)
        for length in (0, 1, 2, 6, 7, 8, 30, 96, 365, 700):
            until = since + timedelta(days=length)
            walked = walked_by[offset + length] - walked_by[offset]
            assert calendar.elapsed(since, until) == walked, (since, until)
    assert calendar.elapsed(date(2026, 10, 9), date(2026, 10, 1)) == 0
