"""Every account action and every reveal of a full ID number leaves an audit record (who, what,
to what, when, from where) that the operator can read, that a failed action does not leave, and
that nobody can change afterwards."""

import asyncio
import getpass
import subprocess
import sys
import uuid
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from services.review.domain.accounts import AccountKind
from tests.support.departments import log_in, new_account, operator
from tests.support.system import RunningSystem

ORG = "330782.county_hr"


async def _records(system: RunningSystem, **params: Any) -> list[dict[str, Any]]:
    ops = await operator(system)
    answer = await system.review.get("/audit", params=params, headers=ops.headers)
    assert answer.status_code == 200, answer.text
    return list(answer.json()["items"])


async def _operator_id(system: RunningSystem) -> str:
    ops = await operator(system)
    return str((await system.review.get("/auth/me", headers=ops.headers)).json()["id"])


async def test_the_operators_account_actions_are_recorded_in_order(system: RunningSystem) -> None:
    ops = await operator(system)
    username = f"au{uuid.uuid4().hex[:8]}"
    created = await system.review.post(
        "/admin/accounts",
        json={"username": username, "display_name": "审计测试", "organisation_code": ORG},
        headers=ops.headers,
    )
    assert created.status_code == 201, created.text
    account_id = created.json()["account"]["id"]
    for step in ("reset-password", "disable", "enable"):
        done = await system.review.post(f"/admin/accounts/{account_id}/{step}", headers=ops.headers)
        assert done.status_code == 200, done.text

    records = await _records(system, limit=200)
    mine = [r for r in records if r["target"] in (username, account_id)]
    assert [r["action"] for r in reversed(mine)] == [
        "account.create",
        "account.reset_password",
        "account.disable",
        "account.enable",
    ]
    assert {r["actor"] for r in mine} == {await _operator_id(system)}
    assert all(r["source"] for r in mine)  # the client's address
    assert mine[-1]["detail"] == {"kind": "department", "organisation_code": ORG}
    disables = await _records(system, action="account.disable")
    assert {r["action"] for r in disables} == {"account.disable"}

    # a refused action leaves no record
    missing = await system.review.post(
        f"/admin/accounts/{uuid.uuid4()}/disable", headers=ops.headers
    )
    assert missing.status_code == 404
    assert await _records(system, action="account.disable") == disables


async def test_a_holder_changing_their_password_is_recorded_and_clerks_cannot_read_the_records(
    system: RunningSystem,
) -> None:
    username = f"au{uuid.uuid4().hex[:8]}"
    password = await new_account(system, username, AccountKind.department, ORG)
    clerk = {"Authorization": f"Bearer {await log_in(system, username, password)}"}
    me = (await system.review.get("/auth/me", headers=clerk)).json()["id"]
    changed = await system.review.post(
        "/auth/password",
        json={"old_password": password, "new_password": "Another-Pass-2026"},
        headers=clerk,
    )
    assert changed.status_code == 204, changed.text
    [record] = [
        r for r in await _records(system, action="account.change_password") if r["target"] == me
    ]
    assert record["actor"] == me
    refused = await system.review.get("/audit", headers=clerk)
    assert refused.status_code in (401, 403)  # the password change ended that token, or 403


async def test_audit_records_cannot_be_changed_or_deleted(system: RunningSystem) -> None:
    async with system.review_services.engine.connect() as connection:
        for statement in (
            "update audit_record set actor = 'someone else'",
            "delete from audit_record",
        ):
            with pytest.raises(DBAPIError, match="append-only"):
                await connection.execute(text(statement))
            await connection.rollback()


async def test_the_command_line_records_its_account_actions(system: RunningSystem) -> None:
    """(The subprocess is waited for in a thread: the session's event loop runs the system.)"""
    settings = system.review_services.settings
    env = {
        "REVIEW_DATABASE_URL": settings.database_url,
        "AUTH_SECRET": settings.token_secret(),
        "PATH": "/usr/bin:/bin",
    }
    username = f"cli{uuid.uuid4().hex[:8]}"
    for args in (
        ("create", "--username", username, "--name", "周敏", "--org", ORG),
        ("disable", "--username", username),
    ):
        result = await asyncio.to_thread(
            subprocess.run,
            [sys.executable, "-m", "services.review", "accounts", *args],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert result.returncode == 0, result.stderr
    created = [
        r for r in await _records(system, action="account.create") if r["target"] == username
    ]
    assert [r["actor"] for r in created] == [f"cli:{getpass.getuser()}"]
    disabled = await _records(system, action="account.disable")
    assert disabled[0]["actor"] == f"cli:{getpass.getuser()}"
