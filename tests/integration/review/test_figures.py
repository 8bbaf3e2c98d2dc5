"""统计 on the running services (issue 16): a small season whose right answer is known, read by
the county itself and by the operator for the province, as JSON and as a workbook."""

import io
from collections.abc import AsyncIterator
from typing import Any

import openpyxl
import pytest

from tests.support.departments import (
    approve_and_forward,
    arrived,
    department,
    operator,
    submit_to_review,
    submitted_event,
)
from tests.support.infra import Databases, fresh_vhost
from tests.support.system import RunningSystem, running_system

COUNTY = "330108.county_hr"  # 滨江区


@pytest.fixture(scope="module")
async def season(amqp_url: str, databases: Databases) -> AsyncIterator[RunningSystem]:
    """Five cases at the county: two forwarded, one refused for an unclear photo, one received
    and waiting for approval, one not yet received."""
    # a vhost of its own: two intakes on one vhost would share (and split) their queues
    with fresh_vhost(amqp_url) as vhost:
        async with running_system(vhost, databases) as system:
            county = await department(system, COUNTY)
            ids = [
                await submit_to_review(system, submitted_event(region_code="330108", name=name))
                for name in ("统一", "统二", "统三", "统四", "统五")
            ]
            for application_id in ids[:2]:
                await approve_and_forward(system, COUNTY, application_id, first=True)
            refused = await arrived(county, "personal", ids[2])
            answer = await county.post(
                f"/cases/{refused['case_id']}/refuse",
                json={"reason": "网上照片不清晰，请重新上传清晰的证件照（背景过暗）"},
            )
            assert answer.status_code == 200, answer.text
            received = await arrived(county, "personal", ids[3])
            assert (await county.post(f"/cases/{received['case_id']}/receive")).status_code == 200
            await arrived(county, "personal", ids[4])
            yield system


def _counts(figures: dict[str, Any]) -> dict[str, int]:
    return {c["state"]: c["count"] for c in figures["counts"]}


async def test_the_county_reads_its_own_figures(season: RunningSystem) -> None:
    county = await department(season, COUNTY)
    answer = await county.get("/figures")
    assert answer.status_code == 200, answer.text
    figures = answer.json()
    assert figures["scope"] == "杭州市滨江区人力资源和社会保障局"
    assert _counts(figures) == {
        "pending_receipt": 1,
        "pending_approval": 1,
        "pending_forwarding": 0,
        "returned_for_correction": 0,
        "forwarded": 2,
        "refused": 1,
        "disagreed": 0,
        "withdrawn": 0,
    }
    assert [(r["region_name"], r["total"]) for r in figures["regions"]] == [("杭州市滨江区", 5)]
    [took] = figures["durations"]
    assert (took["label"], took["stages_done"]) == ("本单位办理", 3)
    assert took["median_working_days"] == 0  # all on the same day
    assert figures["refusals_label"] == "不予接收、审核不同意的理由"
    assert {c["state"]: c["tone"] for c in figures["counts"]}["disagreed"] == "refused"
    assert figures["refusal_reasons"] == [
        {"reason": "网上照片不清晰，请重新上传清晰的证件照", "count": 1}
    ]

    sheet = await county.get("/figures.xlsx")
    assert sheet.status_code == 200
    rows = list(openpyxl.load_workbook(io.BytesIO(sheet.content)).active.values)
    assert "杭州市滨江区人力资源和社会保障局" in str(rows[0][0])
    header = list(rows[2])
    assert header[0] == "地区"
    assert rows[3][0] == "杭州市滨江区"
    assert rows[3][header.index("已报送")] == 2
    assert rows[-1][0] == "合计"
    assert rows[-1][-1] == 5


async def test_the_operator_reads_the_province_by_city(season: RunningSystem) -> None:
    admin = await operator(season)
    answer = await admin.get("/admin/figures")
    assert answer.status_code == 200, answer.text
    figures = answer.json()
    assert figures["scope"] == "全省"
    hangzhou = {r["region_name"]: r for r in figures["regions"]}["杭州市"]
    # the two forwarded cases also wait at the city bureau now: 5 county stages + 2 there
    assert hangzhou["total"] == 7
    assert _counts(figures)["pending_receipt"] == 3
    county = await department(season, COUNTY)
    assert (await county.get("/admin/figures")).status_code == 403
    assert (await admin.get("/figures")).status_code == 403
