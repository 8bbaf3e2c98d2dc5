"""The season's submission window (申报时间), as review published it: outside it nothing is
submitted, and the applicant is told the dates; and its working-day calendar, in which 进度查询
says how long a department has held the case, as review counts it."""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from services.intake.domain.problems import Refused
from shared.working_days import WorkingCalendar

CHINA = ZoneInfo("Asia/Shanghai")  # the calendar day working days are counted in


@dataclass(frozen=True)
class SubmissionWindow:
    year: int
    opens: date
    closes: date

    def dates(self) -> str:
        return f"{self.opens:%Y年%m月%d日}至{self.closes:%Y年%m月%d日}"

    def check(self, today: date) -> None:
        """Refused outside the window, saying when it is."""
        if today < self.opens:
            raise Refused(f"{self.year}年度申报尚未开始：申报时间为{self.dates()}")
        if today > self.closes:
            raise Refused(f"{self.year}年度申报已截止：申报时间为{self.dates()}")

    def days_left(self, today: date) -> int:
        """Calendar days one may still submit on, today included (0 once closed)."""
        if today > self.closes:
            return 0
        return (self.closes - max(today, self.opens)).days + 1


def held_working_days(since: datetime, now: datetime, closures: Iterable[date] = ()) -> int:
    """Working days (holidays, 调休 and the season's local closures counted) after the China day
    a department got the case, up to today: the figure review's lists and 催办 count in."""
    calendar = WorkingCalendar.with_closures(closures)
    return calendar.elapsed(since.astimezone(CHINA).date(), now.astimezone(CHINA).date())
