"""The season's submission window (申报时间), as review published it: outside it nothing is
submitted, and the applicant is told the dates."""

from dataclasses import dataclass
from datetime import date

from services.intake.domain.problems import Refused


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
