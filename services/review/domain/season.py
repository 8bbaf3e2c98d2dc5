"""The season (申报年度) the operator sets: the submission window, and how many working days
each role has to act on a case before it is overdue (催办)."""

from dataclasses import dataclass, field
from datetime import date, datetime

from services.review.domain.accounts import CHINA
from shared.contracts.vocabulary import Role
from shared.working_days import WorkingCalendar

ROLE_LABELS = {
    Role.county_hr: "县（市、区）人力社保局",
    Role.city_bureau: "设区市建设局",
    Role.city_hr: "设区市人力社保局",
    Role.provincial_unit: "省直有关单位",
    Role.provincial_authority: "省建设厅",
    Role.talent_center: "人才交流中心",
    Role.mid_committee_office: "中评委办公室",
    Role.senior_committee_office: "高评委办公室",
}


class InvalidSeason(ValueError):
    """What is wrong with the season, in Chinese, and the field it is about."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


@dataclass(frozen=True)
class Season:
    year: int
    submission_opens: date
    submission_closes: date
    stage_limits: dict[Role, int] = field(default_factory=dict)  # working days to act
    closures: frozenset[date] = frozenset()

    def __post_init__(self) -> None:
        if self.submission_closes < self.submission_opens:
            raise InvalidSeason(
                "submission_closes",
                f"申报截止日期（{self.submission_closes:%Y年%m月%d日}）"
                f"早于开始日期（{self.submission_opens:%Y年%m月%d日}）",
            )
        if self.year not in (self.submission_opens.year, self.submission_closes.year):
            raise InvalidSeason(
                "year", f"申报年度 {self.year} 与申报起止日期不符，应为开始或截止日期所在年份"
            )
        for role, days in self.stage_limits.items():
            if not 1 <= days <= 60:
                raise InvalidSeason(
                    "stage_limits", f"{ROLE_LABELS[role]}的办理时限应为 1 至 60 个工作日"
                )

    @property
    def calendar(self) -> WorkingCalendar:
        return WorkingCalendar(self.closures)

    @staticmethod
    def default_calendar() -> WorkingCalendar:
        """Before any season is set: the State Council's calendar, no local closures."""
        return WorkingCalendar()

    def calendar_covers_it(self) -> bool:
        """Whether the holiday data knows every year the season touches (else Monday–Friday)."""
        return all(
            self.calendar.covers(year)
            for year in (self.submission_opens.year, self.submission_closes.year)
        )


@dataclass(frozen=True)
class Waiting:
    """How long a case has waited at a stage, in working days, and whether that is too long."""

    working_days: int
    limit: int | None

    @property
    def overdue(self) -> bool:
        return self.limit is not None and self.working_days > self.limit

    @property
    def reminder_period(self) -> int | None:
        """Which 催办 is due: 1 once past the limit, 2 once past twice it, …; None if none is."""
        if self.limit is None or not self.overdue:
            return None
        return (self.working_days - 1) // self.limit


def waiting(season: Season | None, role: Role, entered: date, today: date) -> Waiting:
    calendar = season.calendar if season else Season.default_calendar()
    limit = season.stage_limits.get(role) if season else None
    return Waiting(calendar.elapsed(entered, today), limit)


def china_day(moment: datetime) -> date:
    """The calendar day in China of a moment: what working days are counted in."""
    return moment.astimezone(CHINA).date()
