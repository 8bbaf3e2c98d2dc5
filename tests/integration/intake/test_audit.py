"""Intake records who registered an account, reset or changed its password, when and from where,
with the ID number masked and no phone; the operator reads it at GET /audit (filtered by
action, actor and time, paged), and nobody else does."""

from datetime import UTC, datetime, timedelta
from typing import Any

from tests.integration.intake.test_phone_codes import NEW_PASSWORD
from tests.support.applications import fresh_application_body, registration
from tests.support.departments import department, operator
from tests.support.phone_codes import StoredCodes, read_codes_with, requested_code
from tests.support.system import RunningSystem


def _applicant(name: str) -> dict[str, Any]:
    """An applicant of this test's own: tests share one intake and its accounts."""
    applicant: dict[str, Any] = fresh_application_body(name=name)["applicant"]
    return applicant


async def test_a_registration_and_a_password_reset_are_recorded_for_the_operator(
    system: RunningSystem,
) -> None:
    started = datetime.now(UTC) - timedelta(seconds=1)
    owner = _applicant("审计甲")
    client = system.intake_from("10.20.30.40")
    read_codes_with(client, StoredCodes(system.intake_services))
    assert (await registration(client, owner)).status_code == 202
    code = await requested_code(client, owner["phone"], "reset")
    reset = {
        "id_number": owner["id_number"],
        "phone": owner["phone"],
        "phone_code": code,
        "new_password": NEW_PASSWORD,
    }
    assert (await client.post("/accounts/password-reset", json=reset)).status_code == 204
    token = await client.post(
        "/accounts/token", json={"id_number": owner["id_number"], "password": NEW_PASSWORD}
    )
    assert token.status_code == 200, token.text
    changed = await client.post(
        "/accounts/password",
        json={"old_password": NEW_PASSWORD, "new_password": "Qiang-mima-2026-audit"},
        headers={"Authorization": f"Bearer {token.json()['access_token']}"},
    )
    assert changed.status_code == 200, changed.text
    ops = await operator(system)

    async def records(**params: str) -> dict[str, Any]:
        answer = await system.intake.get("/audit", params=params, headers=ops.headers)
        assert answer.status_code == 200, answer.text
        assert owner["id_number"] not in answer.text
        assert owner["phone"] not in answer.text
        found: dict[str, Any] = answer.json()
        return found

    since = started.isoformat()
    [registered] = [
        r
        for r in (await records(action="account.register", since=since))["items"]
        if r["source"] == "10.20.30.40"
    ]
    account = registered["target"]
    assert registered["actor"] == f"applicant:{account}"
    assert registered["detail"]["id_number"] == owner["id_number"][:6] + "*" * 12
    assert datetime.fromisoformat(registered["at"]) >= started

    mine = await records(actor=f"applicant:{account}")
    assert [r["action"] for r in mine["items"]] == [
        "account.change_password",
        "account.reset_password",
        "account.register",
    ]
    assert mine["total"] == 3
    assert all(r["source"] == "10.20.30.40" for r in mine["items"])
    paged = await records(actor=f"applicant:{account}", limit="1", offset="2")
    assert [r["action"] for r in paged["items"]] == ["account.register"]
    assert paged["total"] == 3
    before_it = await records(actor=f"applicant:{account}", before=since)
    assert before_it["items"] == []

    clerk = await department(system, "330106.county_hr")
    assert (await system.intake.get("/audit", headers=clerk.headers)).status_code == 403
    assert (await system.intake.get("/audit")).status_code == 401
