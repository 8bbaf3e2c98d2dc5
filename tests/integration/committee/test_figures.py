"""统计 of the committee offices on the running services (issue 16): a small season whose right
answer is known — five cases at 杭州市建设工程专业中评委办公室, one refused, one waiting, three
considered by a meeting (two passed, one recommended and received by the senior office) — read
by the office and by the senior committee office, as JSON and as a workbook."""

import io
from collections.abc import AsyncIterator
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import openpyxl
import pytest

from tests.support.committee import CommitteeSystem, running_committee
from tests.support.departments import operator, submitted_event, through_review
from tests.support.infra import Databases, fresh_vhost
from tests.support.polling import eventually
from tests.support.system import running_system

OFFICE, SENIOR = "mid.3301", "senior.construction"
CITY_ROUTE = ["330100.city_bureau", "330100.city_hr"]
COUNTY_ROUTE = ["330106.county_hr", *CITY_ROUTE]


async def _at_office(committee: CommitteeSystem, name: str, region: str) -> str:
    event = submitted_event(region_code=region, name=name)
    route = CITY_ROUTE if region == "330100" else COUNTY_ROUTE
    application_id = await through_review(committee.base, event, route)
    office = await committee.office(OFFICE)

    async def waiting() -> str | None:
        items = (await office.get("/cases", params={"list": "pending_receipt"})).json()["items"]
        return next((i["case_id"] for i in items if i["application_id"] == application_id), None)

    return str(await eventually(waiting, what=f"{name} at the office"))


@pytest.fixture(scope="module")
async def season(amqp_url: str, databases: Databases) -> AsyncIterator[CommitteeSystem]:
    with fresh_vhost(amqp_url) as vhost:
        async with (
            running_system(vhost, databases) as base,
            running_committee(base, databases) as committee,
        ):
            cases = {
                name: await _at_office(committee, name, region)
                for name, region in (
                    ("统通过", "330100"),
                    ("统未过", "330100"),
                    ("统未荐", "330106"),
                    ("统不收", "330106"),
                    ("统待收", "330106"),
                )
            }
            office = await committee.office(OFFICE)
            for name in ("统通过", "统未过", "统未荐"):
                answer = await office.post(f"/cases/{cases[name]}/receive")
                assert answer.status_code == 200, answer.text
            refused = await office.post(
                f"/cases/{cases['统不收']}/refuse", json={"reason": "申报材料不齐全，缺评审表"}
            )
            assert refused.status_code == 200, refused.text
            meeting = await office.post(
                "/meetings",
                json={
                    "held_on": "2026-11-20",
                    "members_enrolled": 9,
                    "members_attending": 9,
                    "case_ids": [cases[n] for n in ("统通过", "统未过", "统未荐")],
                },
            )
            assert meeting.status_code == 201, meeting.text
            meeting_id = meeting.json()["id"]
            votes = [
                {
                    "case_id": cases[name],
                    "present": 9,
                    "in_favour": n,
                    "against": 9 - n,
                    "abstain": 0,
                }
                for name, n in (("统通过", 8), ("统未过", 3), ("统未荐", 7))
            ]
            answer = await office.post(f"/meetings/{meeting_id}/votes", json={"entries": votes})
            assert answer.status_code == 200, answer.text
            assert (await office.post(f"/meetings/{meeting_id}/confirm")).status_code == 200
            committee_code = (await office.get("/senior-committees")).json()[0]["code"]
            chosen = {"senior_committee": committee_code, "case_ids": [cases["统通过"]]}
            assert (await office.post("/selection", json=chosen)).status_code == 200
            sent = await office.post("/batches/send", json={"senior_committee": committee_code})
            assert sent.status_code == 201, sent.text
            senior = await committee.office(SENIOR)
            received = await senior.post(f"/senior/batches/{sent.json()['id']}/receive")
            assert received.status_code == 200, received.text
            yield committee


def _counts(figures: dict[str, Any]) -> dict[str, int]:
    return {c["state"]: c["count"] for c in figures["counts"] if c["count"]}


async def test_the_mid_committee_office_reads_its_season(season: CommitteeSystem) -> None:
    office = await season.office(OFFICE)
    answer = await office.get("/figures")
    assert answer.status_code == 200, answer.text
    figures = answer.json()
    assert figures["scope"] == "杭州市建设工程专业中评委办公室"
    assert figures["season_year"] == datetime.now(ZoneInfo("Asia/Shanghai")).year
    assert _counts(figures) == {
        "pending_receipt": 1,
        "senior_received": 1,
        "failed": 1,
        "not_recommended": 1,
        "refused": 1,
    }
    assert [c["label"] for c in figures["counts"]][:2] == ["待接收", "待评审"]
    tones = {c["state"]: c["tone"] for c in figures["counts"]}
    assert (tones["received"], tones["sent"], tones["failed"]) == ("waiting", "onward", "refused")
    # one city: by county (the city's own units under 杭州市)
    assert [(r["region_name"], r["total"]) for r in figures["regions"]] == [
        ("杭州市", 2),
        ("杭州市西湖区", 3),
    ]
    took = {d["stage"]: d for d in figures["durations"]}
    assert [d["label"] for d in figures["durations"]] == ["接收", "评审", "推荐送审"]
    assert [took[k]["stages_done"] for k in ("receipt", "meeting", "sending")] == [4, 3, 2]
    assert took["receipt"]["median_working_days"] == 0  # all on the same day
    assert figures["refusals_label"] == "不予接收的理由"
    assert figures["refusal_reasons"] == [{"reason": "申报材料不齐全", "count": 1}]
    offered = (await office.get("/refusal-reasons")).json()["reasons"]
    assert "申报材料不齐全" in offered, "counted under a reason the screen offers"

    assert _counts((await office.get("/figures", params={"year": 2001})).json()) == {}

    sheet = await office.get("/figures.xlsx")
    assert sheet.status_code == 200
    rows = list(openpyxl.load_workbook(io.BytesIO(sheet.content)).active.values)
    assert "杭州市建设工程专业中评委办公室" in str(rows[0][0])
    assert "评审用时中位数 0 个工作日" in str(rows[0][0])
    header = list(rows[2])
    assert header[0] == "地区"
    assert rows[4][0] == "杭州市西湖区"
    assert rows[4][header.index("不予接收")] == 1
    assert rows[-1][0] == "合计"
    assert rows[-1][-1] == 5


async def test_the_senior_office_reads_what_was_sent_to_it(season: CommitteeSystem) -> None:
    senior = await season.office(SENIOR)
    answer = await senior.get("/senior/figures")
    assert answer.status_code == 200, answer.text
    figures = answer.json()
    assert figures["scope"].endswith("办公室")
    assert _counts(figures) == {"senior_received": 1}
    tones = {c["state"]: c["tone"] for c in figures["counts"]}
    assert tones == {"sent": "waiting", "senior_received": "onward", "senior_refused": "refused"}
    assert [(r["region_name"], r["total"]) for r in figures["regions"]] == [("杭州市", 1)]
    [receipt] = figures["durations"]
    assert (receipt["label"], receipt["stages_done"]) == ("接收", 1)
    assert figures["refusal_reasons"] == []
    assert (await senior.get("/senior/figures.xlsx")).status_code == 200

    office = await season.office(OFFICE)
    assert (await senior.get("/figures")).status_code == 403
    assert (await office.get("/senior/figures")).status_code == 403


async def test_the_figures_follow_the_season_review_published(season: CommitteeSystem) -> None:
    """Once the operator sets the season, the offices' figures default to its year (and count
    working days without its closures); another year is still asked for by name."""
    this_year = datetime.now(ZoneInfo("Asia/Shanghai")).year
    office = await season.office(OFFICE)
    before = _counts((await office.get("/figures")).json())
    assert before, "the seeded season counts"
    last_year = {
        "year": this_year - 1,
        "submission_opens": f"{this_year - 1}-03-01",
        "submission_closes": f"{this_year - 1}-04-30",
        "closures": [f"{this_year - 1}-03-10"],
    }
    admin = await operator(season.base)
    assert (await admin.put("/admin/season", json=last_year)).status_code == 200, "season set"

    async def heard() -> bool:
        async with season.services.uow_factory() as uow:
            known = await uow.season.current()
        return known is not None and known.year == this_year - 1

    await eventually(heard, what="the season reaching committee")
    figures = (await office.get("/figures")).json()
    assert figures["season_year"] == this_year - 1
    assert _counts(figures) == {}
    asked = (await office.get("/figures", params={"year": this_year})).json()
    assert _counts(asked) == before
