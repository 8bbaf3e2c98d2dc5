"""The operator's console in review: the account list's filters, 申报查询 (where an application
is now, its timeline, the ID number masked) and every queue's depth on the real broker."""

import random
import uuid

import aio_pika

from services.review.domain.accounts import AccountKind
from shared.contracts.registry import CONSUMERS
from shared.messaging import DEAD_LETTER_EXCHANGE
from tests.support import broker
from tests.support.departments import (
    arrived,
    department,
    new_account,
    operator,
    submit_to_review,
    submitted_event,
)
from tests.support.system import RunningSystem

HERE = "330881.county_hr"  # 江山市: no other test sends cases or accounts here
_GIVEN_UP = "committee.account_changed"  # a queue no consumer of this system reads
_SURNAMES = "柏柯桂樊濮祁邬闵"
_GIVEN = "岚芃芸荻莘蔚薇霁"


def _unique_name() -> str:
    return random.choice(_SURNAMES) + "".join(random.sample(_GIVEN, 2))


async def test_the_account_list_filters_by_text_role_and_state(system: RunningSystem) -> None:
    ops = await operator(system)
    username = f"js{uuid.uuid4().hex[:8]}"
    await new_account(system, username, AccountKind.department, HERE)

    async def listed(**params: object) -> list[str]:
        answer = await ops.get("/admin/accounts", params=params)
        assert answer.status_code == 200, answer.text
        return [a["username"] for a in answer.json()]

    assert await listed(q=username[2:]) == [username]
    assert username in await listed(role="county_hr", active=True)
    assert username not in await listed(role="talent_center")
    assert username not in await listed(kind="admin")
    [account_id] = [
        a["id"] for a in (await ops.get("/admin/accounts", params={"q": username})).json()
    ]
    assert (await ops.post(f"/admin/accounts/{account_id}/disable")).status_code == 200
    assert await listed(q=username, active=False) == [username]
    assert await listed(q=username, active=True) == []
    wrong = await ops.get("/admin/accounts", params={"role": "bank"})
    assert wrong.status_code == 422


async def test_an_application_is_found_by_name_and_by_id_with_where_it_is_now(
    system: RunningSystem,
) -> None:
    ops = await operator(system)
    name = _unique_name()
    application_id = await submit_to_review(
        system, submitted_event(region_code="330881", name=name, employer="江山某建设有限公司")
    )
    dept = await department(system, HERE)
    row = await arrived(dept, "personal", application_id)

    by_name = await ops.get("/admin/cases", params={"q": name})
    assert by_name.status_code == 200, by_name.text
    [found] = [i for i in by_name.json()["items"] if i["application_id"] == application_id]
    assert found["id_number_masked"] == "330106************"  # the region only
    assert found["location"]["organisation_name"] == "江山市人力资源和社会保障局"
    assert (found["location"]["menu"], found["location"]["list_label"]) == (
        "待接收申报材料",
        "个人报送材料",
    )
    assert found["status_label"] == "待接收申报材料"

    assert (await dept.post(f"/cases/{row['case_id']}/receive")).status_code == 200
    by_id = (await ops.get("/admin/cases", params={"q": application_id})).json()
    assert by_id["total"] == 1
    assert by_id["items"][0]["location"]["list_label"] == "待审批材料"

    timeline = await ops.get(f"/admin/cases/{row['case_id']}")
    assert timeline.status_code == 200, timeline.text
    body = timeline.json()
    assert [h["action_label"] for h in body["history"]] == ["接收"]
    assert body["route"][0]["state_label"] == "当前环节"
    assert "330106198" not in timeline.text  # no full ID number anywhere

    missing = await ops.get(f"/admin/cases/{uuid.uuid4()}")
    assert (missing.status_code, missing.json()["detail"]) == (404, "申报材料不存在")
    nothing = (await ops.get("/admin/cases", params={"q": "无此申报人"})).json()
    assert nothing == {"total": 0, "items": []}


async def test_every_queue_is_reported_with_its_consumers_and_dead_letters(
    system: RunningSystem,
) -> None:
    ops = await operator(system)
    # one message dead-lettered by hand, as a consumer gives up on it
    async with broker.channel(system.amqp_url) as chan:
        dead_letters = await chan.get_exchange(DEAD_LETTER_EXCHANGE)
        await dead_letters.publish(aio_pika.Message(b"{}"), routing_key=_GIVEN_UP)
    answer = await ops.get("/admin/system/queues")
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["error"] is None
    assert [s["service"] for s in body["services"]] == ["intake", "review", "committee", "notify"]
    states = {q["queue"]: q for q in body["queues"]}
    assert set(states) == {q.name for q in CONSUMERS}
    assert all(q["exists"] for q in states.values())
    # this system runs intake's and review's workers: their queues have a consumer each
    assert states["review.application_submitted"]["consumers"] >= 1
    assert states["intake.case_stage_changed"]["consumers"] >= 1
    assert states[_GIVEN_UP]["dead_letters"] >= 1
    assert all(q["dead_letters"] >= 0 and q["messages"] >= 0 for q in states.values())


async def test_the_routes_the_directory_implies_are_listed_with_every_stop(
    system: RunningSystem,
) -> None:
    ops = await operator(system)
    answer = await ops.get("/admin/routes")
    assert answer.status_code == 200, answer.text
    options = answer.json()
    [jiangshan] = [o for o in options if o["kind"] == "public" and o["region_code"] == "330881"]
    assert jiangshan["chosen"] == "衢州市江山市"
    assert jiangshan["stops"][0]["role_label"] == "县（市、区）人力社保部门"
    assert jiangshan["stops"][0]["name"] == "江山市人力资源和社会保障局"
    assert jiangshan["stops"][-1]["code"].startswith("mid.")
    assert all(o["problem"] is None for o in options)
    assert {o["kind"] for o in options} >= {"public", "provincial_unit"}


async def test_the_operator_endpoints_are_the_operator_s_alone(system: RunningSystem) -> None:
    dept = await department(system, HERE)
    paths = (
        "/admin/cases?q=张三",
        f"/admin/cases/{uuid.uuid4()}",
        "/admin/system/queues",
        "/admin/routes",
    )
    for path in paths:
        assert (await dept.get(path)).status_code == 403, path
        assert (await system.review.get(path)).status_code == 401, path
