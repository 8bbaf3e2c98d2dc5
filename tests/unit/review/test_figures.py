"""统计 from stage rows whose right answer is known (issue 16)."""

from datetime import date

import pytest

from services.review.domain.figures import StageRow, figures
from shared.figures import OTHER_REASON
from shared.working_days import WorkingCalendar

REASONS = ("网上照片不清晰", "申报材料不齐全")


def test_counts_regions_time_and_reasons_come_out_as_counted_by_hand() -> None:
    rows = [
        StageRow("330106", "pending_receipt", date(2026, 12, 1), None),
        StageRow("330106", "pending_approval", date(2026, 12, 1), None),
        # left after 1, 3 and 4 working days (30.9 → 12.10 spans 国庆: 8, 9, 10, 12 October)
        StageRow("330106", "forwarded", date(2026, 12, 1), date(2026, 12, 2)),
        StageRow("330108", "forwarded", date(2026, 11, 30), date(2026, 12, 3)),
        StageRow("330108", "refused", date(2026, 9, 30), date(2026, 10, 12)),
        StageRow("330108", None, None, None),  # a later stage not reached: not counted
    ]
    refusals = [
        "网上照片不清晰，请重拍",
        "材料不全（申报材料不齐全）",
        "另有原因",
        "网上照片不清晰",
    ]
    found = figures(rows, refusals, REASONS, WorkingCalendar())
    assert found.counts == {
        "pending_receipt": 1,
        "pending_approval": 1,
        "pending_forwarding": 0,
        "returned_for_correction": 0,
        "forwarded": 2,
        "refused": 1,
        "disagreed": 0,
        "withdrawn": 0,
    }
    assert [(r.region_code, r.region_name, sum(r.counts.values())) for r in found.regions] == [
        ("330106", "杭州市西湖区", 3),
        ("330108", "杭州市滨江区", 2),
    ]
    assert found.time_at_stage.stages == 3
    assert found.time_at_stage.median == 3.0
    assert found.time_at_stage.p90 == pytest.approx(3.8)  # between 3 and 4, nine tenths of the way
    assert found.refusal_reasons == [
        ("网上照片不清晰", 2),
        ("申报材料不齐全", 1),
        (OTHER_REASON, 1),
    ]


def test_the_province_groups_by_city_and_nothing_is_no_figure() -> None:
    rows = [
        StageRow("330106", "forwarded", None, None),
        StageRow("330212", "refused", None, None),
    ]
    found = figures(rows, [], REASONS, WorkingCalendar(), region_of="city")
    assert [r.region_name for r in found.regions] == ["杭州市", "宁波市"]
    assert (found.time_at_stage.median, found.time_at_stage.p90) == (None, None)
    assert found.refusal_reasons == []
