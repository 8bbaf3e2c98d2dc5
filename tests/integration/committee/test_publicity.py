"""Issue 16, 公示: the mid-committee office publishes its recommended applicants for five working
days; the public page (no login) lists them; an objection holds the applicant's 网上送审 past the
period until the office decides: 异议成立 takes them off the list and tells them, 不成立 lets
them go with the batch."""

import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, date, datetime, timedelta
from typing import Any

import httpx
from sqlalchemy import update

from services.committee.domain.publicity import china_day
from services.committee.main import create_app
from services.committee.models import publicity
from shared.contracts import ApplicationNotRecommended, Envelope
from shared.working_days import WorkingCalendar
from tests.integration.committee.test_committee_flow import arrived_at_office, tally
from tests.support import broker
from tests.support.committee import CommitteeSystem
from tests.support.departments import Department, operator
from tests.support.polling import eventually
from tests.support.system import client

SENIOR = "construction"


async def _recommended(
    committee: CommitteeSystem, names: list[str]
) -> tuple[Department, dict[str, str], dict[str, str]]:
    """(office, case ids, application ids) of applicants received, voted through, selected."""
    cases, applications = {}, {}
    for name in names:
        office, cases[name], applications[name] = await arrived_at_office(committee, name)
        assert (await office.post(f"/cases/{cases[name]}/receive")).status_code == 200
    meeting = await office.post(
        "/meetings",
        json={"held_on": "2026-11-20", "members_enrolled": 9, "members_attending": 9,
              "case_ids": list(cases.values())},
    )  # fmt: skip
    assert meeting.status_code == 201, meeting.text
    meeting_id = meeting.json()["id"]
    entries = [tally(c, 9, 8) for c in cases.values()]
    voted = await office.post(f"/meetings/{meeting_id}/votes", json={"entries": entries})
    assert voted.status_code == 200, voted.text
    assert (await office.post(f"/meetings/{meeting_id}/confirm")).status_code == 200
    chosen = await office.post(
        "/selection", json={"senior_committee": SENIOR, "case_ids": list(cases.values())}
    )
    assert chosen.status_code == 200, chosen.text
    return office, cases, applications


def _ours(rows: list[dict[str, Any]], cases: dict[str, str]) -> dict[str, dict[str, Any]]:
    by_id = {case_id: name for name, case_id in cases.items()}
    return {by_id[r["case_id"]]: r for r in rows if r["case_id"] in by_id}


async def _end_the_period(committee: CommitteeSystem, publicity_id: str) -> date:
    """Moves the publicity's dates back as if its five working days had passed (the clock is
    the real one); returns its new last day."""
    today = china_day(datetime.now(UTC))
    async with committee.services.engine.begin() as connection:
        await connection.execute(
            update(publicity)
            .where(publicity.c.id == uuid.UUID(publicity_id))
            .values(starts_on=today - timedelta(days=10), ends_on=today - timedelta(days=1))
        )
    return today - timedelta(days=1)


async def test_an_objection_holds_sending_past_the_period_until_the_office_decides(
    committee: CommitteeSystem,
) -> None:
    office, cases, applications = await _recommended(committee, ["公甲", "公乙", "公丙"])
    today = china_day(datetime.now(UTC))
    body = {"starts_on": today.isoformat(), "case_ids": list(cases.values())}

    # the period is five working days at least, and starts today at the earliest
    short = await office.post("/publicities", json={**body, "working_days": 4})
    assert short.status_code == 422
    assert short.json()["detail"][0]["field"] == "working_days"
    assert short.json()["detail"][0]["message"] == "公示期不得少于 5 个工作日"
    yesterday = {**body, "starts_on": (today - timedelta(days=1)).isoformat()}
    early = await office.post("/publicities", json=yesterday)
    assert (early.status_code, early.json()["detail"][0]["field"]) == (422, "starts_on")

    published = await office.post("/publicities", json=body)
    assert published.status_code == 201, published.text
    [ours] = [
        p
        for p in published.json()["publicities"]
        if {c["case_id"] for c in p["cases"]} == set(cases.values())
    ]
    ends_on = WorkingCalendar().period_end(today, 5)
    assert (ours["working_days"], ours["ends_on"], ours["phase_label"]) == (
        5, ends_on.isoformat(), "公示中",
    )  # fmt: skip
    again = await office.post("/publicities", json=body)
    assert again.status_code == 409
    assert again.json()["detail"].startswith("公甲 已在")
    unselect = await office.client.delete(f"/selection/{cases['公甲']}", headers=office.headers)
    assert unselect.status_code == 409
    assert unselect.json()["detail"].startswith("该推荐对象已公示，不能取消推荐")

    # the public page, no login: name, unit, profession, title applied for; nothing else
    board = (await committee.client.get("/public/publicity")).json()
    [shown] = [p for p in board["publicities"] if p["id"] == ours["id"]]
    assert shown["office_name"] == "杭州市建设工程专业中评委办公室"
    assert shown["ends_on"] == ends_on.isoformat()
    entry = next(e for e in shown["entries"] if e["applicant_name"] == "公甲")
    assert entry == {
        "case_id": cases["公甲"],
        "applicant_name": "公甲",
        "employer_name": "某某建设有限公司",
        "current_profession": "建筑工程施工",
        "applied_title": "高级工程师",
    }

    # during the period nobody of it is sent
    held_why = f"公示期至{ends_on:%Y年%m月%d日}，期满后方可网上送审"
    preview = (await office.get("/batches/preview", params={"senior_committee": SENIOR})).json()
    held = _ours(preview["held"], cases)
    assert {n: r["held_reason"] for n, r in held.items()} == dict.fromkeys(cases, held_why)
    assert not _ours(preview["cases"], cases)

    # objections: a real name, a way to reach the objector, and the facts
    bad = await committee.client.post(
        "/public/objections",
        json={"case_id": cases["公乙"], "objector_name": "李", "text": "不属实"},
    )
    assert bad.status_code == 422
    assert {p["field"] for p in bad.json()["detail"]} == {"objector_name", "phone", "text"}
    filed = {}
    for name, contact in (
        ("公乙", {"phone": "13812345678"}),
        ("公丙", {"email": "wang@example.com"}),
    ):
        answer = await committee.client.post(
            "/public/objections",
            json={"case_id": cases[name], "objector_name": "王五",
                  "text": f"{name}的业绩材料与实际不符，请核实。", **contact},
        )  # fmt: skip
        assert answer.status_code == 201, answer.text
        filed[name] = answer.json()["id"]
    waiting = _ours((await office.get("/objections", params={"decided": False})).json(), cases)
    assert {n: r["contact_masked"] for n, r in waiting.items()} == {
        "公乙": "138****5678",
        "公丙": "w***@example.com",
    }
    detail = (await office.get(f"/objections/{filed['公乙']}")).json()
    assert (detail["phone"], detail["allowed_actions"]) == ("13812345678", ["decide"])

    # the period ends: who has no open objection may go, the others wait for the office
    ended_on = await _end_the_period(committee, ours["id"])
    preview = (await office.get("/batches/preview", params={"senior_committee": SENIOR})).json()
    assert list(_ours(preview["cases"], cases)) == ["公甲"]
    held = _ours(preview["held"], cases)
    assert {n: r["held_reason"] for n, r in held.items()} == {
        "公乙": "有异议待处理",
        "公丙": "有异议待处理",
    }
    sending = await office.get("/cases", params={"list": "sending", "limit": 500})
    rows = _ours(sending.json()["items"], cases)
    assert (rows["公甲"]["held_reason"], rows["公乙"]["held_reason"]) == (None, "有异议待处理")
    assert rows["公甲"]["allowed_actions"] == []  # published: no 取消推荐 any more
    late = await committee.client.post(
        "/public/objections",
        json={"case_id": cases["公甲"], "objector_name": "赵六", "phone": "0571-87654321",
              "text": "公示期满后提出的异议，应不予受理。"},
    )  # fmt: skip
    assert late.status_code == 409
    assert late.json()["detail"] == f"公示期已于{ended_on:%Y年%m月%d日}结束，不再受理异议"
    after = (await committee.client.get("/public/publicity")).json()["publicities"]
    assert all(p["id"] != ours["id"] for p in after), "an ended 公示 is still on the public page"

    # 异议成立: 公丙 is not recommended, and told why; deciding twice is refused
    async with broker.channel(committee.base.amqp_url) as chan:
        told = await broker.tap(chan, ApplicationNotRecommended.routing_key())
        upheld = await office.post(
            f"/objections/{filed['公丙']}/decision",
            json={"upheld": True, "reason": "经核实，业绩证明材料与实际不符"},
        )
        assert upheld.status_code == 200, upheld.text
        assert (upheld.json()["status_label"], upheld.json()["allowed_actions"]) == ("异议成立", [])
        [message] = await broker.take(told, 1, matching=broker.about(applications["公丙"]))
    payload = Envelope.model_validate_json(message.body).payload
    assert payload["reasons"] == ["公示期间异议成立：经核实，业绩证明材料与实际不符"]
    twice = await office.post(
        f"/objections/{filed['公丙']}/decision", json={"upheld": False, "reason": "重复处理"}
    )
    assert (twice.status_code, twice.json()["detail"]) == (409, "该异议已处理（异议成立）")
    case = (await office.get(f"/cases/{cases['公丙']}")).json()
    assert case["status_label"] == "未被推荐"
    assert case["history"][-1]["action_label"] == "异议成立，未被推荐"

    # 异议不成立 needs a reason; then 公乙 goes with 公甲
    blank = await office.post(
        f"/objections/{filed['公乙']}/decision", json={"upheld": False, "reason": " "}
    )
    assert (blank.status_code, blank.json()["detail"][0]["field"]) == (422, "reason")
    dismissed = await office.post(
        f"/objections/{filed['公乙']}/decision",
        json={"upheld": False, "reason": "经核实，业绩材料真实"},
    )
    assert dismissed.json()["status_label"] == "异议不成立"
    sent = await office.post("/batches/send", json={"senior_committee": SENIOR})
    assert sent.status_code == 201, sent.text
    assert sorted(_ours(sent.json()["cases"], cases)) == ["公乙", "公甲"]
    decided = _ours((await office.get("/objections", params={"decided": True})).json(), cases)
    assert {n: r["decision_reason"] for n, r in decided.items()} == {
        "公乙": "经核实，业绩材料真实",
        "公丙": "经核实，业绩证明材料与实际不符",
    }


async def test_the_seasons_local_closure_is_not_a_working_day_of_the_publicity(
    committee: CommitteeSystem,
) -> None:
    """The operator's closure (a typhoon day) reaches committee with review's season and
    lengthens a 公示 that spans it by a day."""
    office, cases, _ = await _recommended(committee, ["闭甲"])
    today = china_day(datetime.now(UTC))
    calendar = WorkingCalendar()
    closure = calendar.add(calendar.period_end(today, 1), 2)  # the period's third working day
    season = {
        "year": today.year,
        "submission_opens": (today - timedelta(days=60)).isoformat(),
        "submission_closes": (today + timedelta(days=60)).isoformat(),
        "closures": [closure.isoformat()],
    }
    admin = await operator(committee.base)
    assert (await admin.put("/admin/season", json=season)).status_code == 200

    async def heard() -> bool:
        async with committee.services.uow_factory() as uow:
            return closure in await uow.season.closures()

    await eventually(heard, what="the season's closures reaching committee")
    body = {"starts_on": today.isoformat(), "working_days": 5, "case_ids": [cases["闭甲"]]}
    published = await office.post("/publicities", json=body)
    assert published.status_code == 201, published.text
    [ours] = [
        p for p in published.json()["publicities"] if p["cases"][0]["case_id"] == cases["闭甲"]
    ]
    without = calendar.period_end(today, 5)
    assert ours["ends_on"] == calendar.add(without, 1).isoformat()


@asynccontextmanager
async def _api_with(committee: CommitteeSystem, **changes: Any) -> AsyncIterator[httpx.AsyncClient]:
    """The committee's API as it answers with other settings, on the same database."""
    settings = committee.services.settings.model_copy(update=changes)
    async with client(create_app(settings), "committee") as http:
        yield http


async def test_where_publicity_is_required_an_unpublished_applicant_is_held(
    committee: CommitteeSystem,
) -> None:
    """COMMITTEE_PUBLICITY_REQUIRED (true outside make run and these tests): a recommended
    applicant never published is held, and 网上送审 says who and why."""
    office, cases, _ = await _recommended(committee, ["未公示"])
    async with _api_with(committee, publicity_required=True) as required:
        preview = await required.get(
            "/batches/preview", params={"senior_committee": SENIOR}, headers=office.headers
        )
        assert _ours(preview.json()["held"], cases)["未公示"]["held_reason"] == "尚未公示"
        assert not _ours(preview.json()["cases"], cases)
        page = (await required.get("/publicities", headers=office.headers)).json()
        assert cases["未公示"] in {c["case_id"] for c in page["unpublished"]}
        body = {"senior_committee": SENIOR}
        sent = await required.post("/batches/send", json=body, headers=office.headers)
        assert sent.status_code == 409
        assert "未公示（尚未公示）" in sent.json()["detail"]
    unselected = await office.client.delete(f"/selection/{cases['未公示']}", headers=office.headers)
    assert unselected.status_code == 200, "an unpublished applicant may still be unselected"


async def test_objections_are_counted_per_client(committee: CommitteeSystem) -> None:
    """Past the limit the public endpoint answers 429 with Retry-After, before looking at it."""
    body = {"case_id": str(uuid.uuid4()), "objector_name": "王五", "phone": "13812345678",
            "text": "该申报人的材料与实际不符，请核实。"}  # fmt: skip
    async with _api_with(committee, objections_per_client="2/hour") as limited:
        answers = [await limited.post("/public/objections", json=body) for _ in range(3)]
    assert [a.status_code for a in answers] == [422, 422, 429]
    assert answers[0].json()["detail"][0]["field"] == "case_id"
    assert int(answers[2].headers["Retry-After"]) > 0
    assert answers[2].json()["detail"].startswith("提交过于频繁，请于")


async def test_an_objectors_name_holds_to_the_name_rules(committee: CommitteeSystem) -> None:
    bad = await committee.client.post(
        "/public/objections",
        json={"case_id": str(uuid.uuid4()), "objector_name": "王\u200b五",
              "phone": "13812345678", "text": "所报业绩不属实"},
    )  # fmt: skip
    assert bad.status_code == 422
    problems = {p["field"]: p["message"] for p in bad.json()["detail"]}
    assert problems["objector_name"].startswith("异议人姓名含有不允许的字符"), problems
