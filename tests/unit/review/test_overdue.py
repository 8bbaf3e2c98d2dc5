"""超期 by department from waiting stages whose right answer is counted by hand (issue 16)."""

import uuid
from datetime import UTC, date, datetime

from services.review.domain.season import Season
from services.review.views.overdue import WaitingStage, overdue_out
from shared.contracts.vocabulary import Role

TODAY = date(2026, 12, 11)  # a Friday
SEASON = Season(
    2026,
    date(2026, 11, 1),
    date(2026, 12, 31),
    {Role.county_hr: 2, Role.city_bureau: 3},
)


def _stage(org: str, role: str, state: str, arrived: date, *, position: int = 1) -> WaitingStage:
    return WaitingStage(
        case_id=uuid.uuid4(),
        application_id=uuid.uuid4(),
        position=position,
        role=role,
        state=state,
        entered_at=datetime(arrived.year, arrived.month, arrived.day, 4, tzinfo=UTC),
        organisation_code=org,
        organisation_name=f"{org} 的名称",
        applicant_name=f"{org}-{arrived.day}",
        id_number_masked="330106************",
        employer_name="某某建设有限公司",
        reminders_sent=None,
        last_reminded_at=None,
    )


def test_past_the_limit_by_department_most_first_the_longest_waiting_first() -> None:
    rows = [
        _stage("a.county", "county_hr", "pending_receipt", date(2026, 12, 8)),  # 3 > 2
        _stage("a.county", "county_hr", "pending_approval", date(2026, 12, 1)),  # 8 > 2
        _stage("a.county", "county_hr", "pending_receipt", date(2026, 12, 9)),  # 2: not past
        _stage("b.city", "city_bureau", "pending_receipt", date(2026, 12, 4), position=2),  # 5
        _stage("c.city", "city_bureau", "pending_forwarding", date(2026, 12, 7), position=2),
    ]
    found = overdue_out(rows, SEASON, TODAY)
    assert found.total == 4
    assert [(o.organisation_code, o.count) for o in found.organisations] == [
        ("a.county", 2),
        ("b.city", 1),
        ("c.city", 1),
    ]
    county = found.organisations[0]
    assert [(c.working_days_waiting, c.list_label) for c in county.cases] == [
        (8, "待审批材料"),
        (3, "个人报送材料"),
    ]
    assert {c.stage_limit for c in county.cases} == {2}
    assert county.cases[0].reminders_sent == 0
    assert found.organisations[1].cases[0].list_label == "单位上报材料"
    assert found.organisations[2].cases[0].working_days_waiting == 4
