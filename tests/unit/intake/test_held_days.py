"""进度查询 says how long the department has held the case in working days, counted as review
counts them for its lists and 催办: China's calendar day, holidays and 调休, the season's
closures."""

from datetime import UTC, date, datetime

from services.intake.domain.season import held_working_days


def test_the_national_day_holiday_is_not_counted() -> None:
    arrived = datetime(2026, 9, 30, 15, 30, tzinfo=UTC)  # 23:30 on 30 September in China
    assert held_working_days(arrived, datetime(2026, 10, 7, 9, tzinfo=UTC)) == 0
    assert held_working_days(arrived, datetime(2026, 10, 8, 1, tzinfo=UTC)) == 1
    assert held_working_days(arrived, datetime(2026, 10, 10, 1, tzinfo=UTC)) == 3  # 调休 Saturday


def test_the_day_is_china_s_not_utc_s() -> None:
    arrived = datetime(2026, 11, 2, 17, tzinfo=UTC)  # already Tuesday 3 November in China
    assert held_working_days(arrived, datetime(2026, 11, 3, 8, tzinfo=UTC)) == 0
    assert held_working_days(arrived, datetime(2026, 11, 3, 16, 30, tzinfo=UTC)) == 1


def test_the_season_s_closures_are_not_working_days() -> None:
    arrived = datetime(2026, 11, 2, 2, tzinfo=UTC)  # Monday
    thursday = datetime(2026, 11, 5, 2, tzinfo=UTC)
    assert held_working_days(arrived, thursday) == 3
    assert held_working_days(arrived, thursday, [date(2026, 11, 4)]) == 2
