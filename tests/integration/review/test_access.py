"""A department sees and acts only on cases at its own stage now, and reads (never changes) the
cases that passed through it. Anything else answers 404, so case ids cannot be probed."""

from typing import Any

import httpx

from tests.support.departments import (
    Department,
    arrived,
    department,
    operator,
    submit_to_review,
    submitted_event,
)
from tests.support.system import RunningSystem

HOLDER = "330106.county_hr"
# one department of every kind; some lie later on the case's own route, some nowhere near it
OTHERS = [
    "330108.county_hr",  # same kind, next district
    "330100.city_bureau",  # next on the route: not there yet
    "330100.city_hr",
    "pu.jzsj",  # provincial unit
    "330000.jst",  # provincial authority
    "330106.talent_center",
    "mid.3301",  # the office at the end of this route
    "senior.construction",
]
ACTIONS: list[tuple[str, str, dict[str, Any] | None]] = [
    ("GET", "", None),
    ("POST", "/receive", None),
    ("POST", "/refuse", {"reason": "试探"}),
    ("POST", "/paper-check", {}),
    ("POST", "/opinion", {"decision": "agree", "signer": "试探"}),
    ("POST", "/forward", None),
]


async def _try(dept: Department, method: str, url: str, body: dict[str, Any] | None) -> int:
    if method == "GET":
        return (await dept.get(url)).status_code
    return (await dept.post(url, json=body)).status_code


async def _case_at_holder(system: RunningSystem) -> tuple[str, str]:
    application_id = await submit_to_review(system, submitted_event(region_code="330106"))
    row = await arrived(await department(system, HOLDER), "personal", application_id)
    return application_id, row["case_id"]


async def test_no_other_department_can_see_or_touch_a_case_at_another_stage(
    system: RunningSystem,
) -> None:
    application_id, case_id = await _case_at_holder(system)
    outcomes = {}
    for organisation in OTHERS:
        dept = await department(system, organisation)
        for method, action, body in ACTIONS:
            outcomes[(organisation, action)] = await _try(
                dept, method, f"/cases/{case_id}{action}", body
            )
        bulk = await dept.post("/cases/forward", json={"case_ids": [case_id]})
        outcomes[(organisation, "bulk forward")] = bulk.json()["results"][0]["status_code"]
        assert await dept.find("personal", application_id) is None
    assert {k: v for k, v in outcomes.items() if v != 404} == {}
    holder = await department(system, HOLDER)
    detail = (await holder.get(f"/cases/{case_id}")).json()
    assert (detail["status"], detail["version"], detail["history"]) == ("pending_receipt", 1, [])


async def test_a_department_reads_but_never_changes_what_passed_through_it(
    system: RunningSystem,
) -> None:
    _, case_id = await _case_at_holder(system)
    holder = await department(system, HOLDER)
    for action, body in (
        ("receive", None),
        ("paper-check", {}),
        ("opinion", {"decision": "agree", "signer": "甲"}),
        ("forward", None),
    ):
        assert (await holder.post(f"/cases/{case_id}/{action}", json=body)).status_code == 200
    detail = await holder.get(f"/cases/{case_id}")
    assert detail.status_code == 200
    assert detail.json()["allowed_actions"] == []
    for _method, action, body in ACTIONS[1:]:
        response = await holder.post(f"/cases/{case_id}{action}", json=body)
        assert response.status_code == 409, (action, response.text)
        assert response.json()["case"]["organisation"]["code"] == "330100.city_bureau"
    after = (await holder.get(f"/cases/{case_id}")).json()
    assert (after["version"], len(after["history"])) == (detail.json()["version"], 4)


async def test_every_review_endpoint_requires_a_department_token(system: RunningSystem) -> None:
    _, case_id = await _case_at_holder(system)
    admin = await operator(system)
    anonymous: dict[str, str] = {}
    forged = {"Authorization": "Bearer not-a-token"}
    # no login, or a token that is not one: 401; the operator's valid login: 403 (no access here)
    for headers, status in ((anonymous, 401), (forged, 401), (admin.headers, 403)):
        for method, action, body in ACTIONS:
            response = await system.review.request(
                method, f"/cases/{case_id}{action}", json=body, headers=headers
            )
            assert response.status_code == status, (headers, action)
        for path in ("/cases", "/cases/counts"):
            assert (await system.review.get(path, headers=headers)).status_code == status


async def test_a_disabled_account_is_shut_out_at_once(system: RunningSystem) -> None:
    from services.review.domain.accounts import AccountKind
    from tests.support.departments import log_in, new_account

    username = "disable_me"
    password = await new_account(system, username, AccountKind.department, HOLDER)
    headers = {"Authorization": f"Bearer {await log_in(system, username, password)}"}
    assert (await system.review.get("/cases", headers=headers)).status_code == 200
    admin = await operator(system)
    accounts = (await admin.get("/admin/accounts", params={"organisation_code": HOLDER})).json()
    account_id = next(a["id"] for a in accounts if a["username"] == username)
    assert (await admin.post(f"/admin/accounts/{account_id}/disable")).status_code == 200
    refused: httpx.Response = await system.review.get("/cases", headers=headers)
    assert refused.status_code == 401
    again = await system.review.post(
        "/auth/login", json={"username": username, "password": password}
    )
    assert again.status_code == 401
    assert again.json()["detail"] == "账号已停用，请联系系统管理员"
