"""Working days (工作日) as China's State Council sets them each year: weekends off, public
holidays off, and the make-up Saturdays and Sundays (调休) on, from the `chinesecalendar` package;
plus the operator's local closures. Every period the system counts — a stage's time to act, 催办,
公示 — is counted here. Pure: no clock, no I/O.

The package knows the years the State Council has announced (each November for the next year).
For a later year the calendar falls back to Monday–Friday and says so (`covers`): every service
checks the current year at start and logs an error until the package is upgraded."""

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from functools import cache, lru_cache

import chinese_calendar
from chinese_calendar import constants


@cache
def last_covered_year() -> int:
    """The last year whose holidays and 调休 the installed package knows (the installed package
    cannot change while the process runs)."""
    known: Iterable[date] = (*constants.holidays, *constants.workdays)
    return max(day.year for day in known)


@lru_cache(maxsize=8192)
def _state_council_working_day(day: date) -> bool:
    """The State Council's verdict on one day, remembered: a list page counts every row's waiting
    day by day, and the package's lookup is not free."""
    if day.year <= last_covered_year():
        return bool(chinese_calendar.is_workday(day))
    return day.weekday() < 5


class Coverage(StrEnum):
    """What the installed calendar knows of the year a service starts in."""

    known = "known"
    next_year_unknown = "next_year_unknown"  # December, and next year's not announced or installed
    outdated = "outdated"  # this year unknown: Monday–Friday is counted, holidays and 调休 are not


def coverage(today: date, last_covered: int | None = None) -> Coverage:
    last = last_covered_year() if last_covered is None else last_covered
    if today.year > last:
        return Coverage.outdated
    if today.month == 12 and today.year == last:
        return Coverage.next_year_unknown
    return Coverage.known


@dataclass(frozen=True)
class WorkingCalendar:
    closures: frozenset[date] = field(default_factory=frozenset)  # the operator's local closures

    @classmethod
    def with_closures(cls, closures: Iterable[date]) -> "WorkingCalendar":
        return cls(frozenset(closures))

    def covers(self, year: int) -> bool:
        """True if the State Council's calendar for `year` is known (not the fallback)."""
        return year <= last_covered_year()

    def is_working_day(self, day: date) -> bool:
        return day not in self.closures and _state_council_working_day(day)

    def add(self, start: date, working_days: int) -> date:
        """The working day that is `working_days` working days after `start` (`start` itself not
        counted): a stage's deadline when it received the case on `start`."""
        day, left = start, working_days
        while left > 0:
            day += timedelta(days=1)
            if self.is_working_day(day):
                left -= 1
        return day

    def period_end(self, first: date, working_days: int) -> date:
        """The last day of a period of `working_days` working days whose first day is the first
        working day on or after `first` (e.g. 公示 for 5 working days from `first`)."""
        if working_days < 1:
            raise ValueError("a period has at least one working day")
        day = first
        while not self.is_working_day(day):
            day += timedelta(days=1)
        return self.add(day, working_days - 1)

    def elapsed(self, since: date, until: date) -> int:
        """Working days after `since` up to and including `until` (0 on the same day): how long
        a case received on `since` has waited by `until`."""
        if until <= since:
            return 0
        first = since + timedelta(days=1)
        days, corrections = _state_council_exceptions()
        # Monday–Friday by arithmetic, then the State Council's exceptions and the closures in
        # the range: a list page counts this for every row, so it must not walk day by day
        count = _weekdays(first, until)
        count += sum(corrections[bisect_left(days, first) : bisect_right(days, until)])
        count -= sum(
            1 for day in self.closures if first <= day <= until and _state_council_working_day(day)
        )
        return count


def _weekdays(first: date, last: date) -> int:
    """Mondays to Fridays from `first` to `last`, both included."""
    weeks, rest = divmod((last - first).days + 1, 7)
    return weeks * 5 + _WEEKDAYS_IN_PART_WEEK[first.weekday()][rest]


# [weekday of the first day][days]: the Mondays to Fridays among that many days (0–6)
_WEEKDAYS_IN_PART_WEEK = tuple(
    tuple(sum(1 for offset in range(days) if (weekday + offset) % 7 < 5) for days in range(7))
    for weekday in range(7)
)


@cache
def _state_council_exceptions() -> tuple[list[date], list[int]]:
    """The days the State Council's calendar departs from Monday–Friday, sorted, each with what
    it changes in a count: -1 a holiday on a weekday, +1 a weekend made a working day (调休)."""
    changed = sorted(
        day
        for day in {*constants.holidays, *constants.workdays}
        if _state_council_working_day(day) != (day.weekday() < 5)
    )
    return changed, [1 if _state_council_working_day(day) else -1 for day in changed]
