"""Working days (工作日) as China's State Council sets them each year: weekends off, public
holidays off, and the make-up Saturdays and Sundays (调休) on, from the `chinesecalendar` package;
plus the operator's local closures. Every period the system counts — a stage's time to act, 催办,
公示 — is counted here. Pure: no clock, no I/O.

The package knows the years the State Council has announced (each November for the next year).
For a later year the calendar falls back to Monday–Friday and says so (`covers`): every service
checks the current year at start and logs an error until the package is upgraded."""

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

import chinese_calendar
from chinese_calendar import constants


def last_covered_year() -> int:
    """The last year whose holidays and 调休 the installed package knows."""
    known: Iterable[date] = (*constants.holidays, *constants.workdays)
    return max(day.year for day in known)


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
        if day in self.closures:
            return False
        if self.covers(day.year):
            return bool(chinese_calendar.is_workday(day))
        return day.weekday() < 5

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
        return sum(
            1
            for offset in range(1, (until - since).days + 1)
            if self.is_working_day(since + timedelta(days=offset))
        )
