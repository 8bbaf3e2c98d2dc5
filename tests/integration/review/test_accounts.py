"""Accounts handed out by the operator (统一分配的账号): log in, throttled failures, resets."""

import asyncio
import subprocess
import sys
import uuid

import httpx
from aio_pika.abc import AbstractIncomingMessage

from services.review.domain.accounts import AccountKind
from shared.auth import Audience
from shared.contracts import AccountChanged, Envelope
from tests.support import broker
from tests.support.departments import log_in, new_account, operator
from tests.support.system import RunningSystem

ORG = "330782.county_hr"


async def _login(system: RunningSystem, username: str, password: str) -> tuple[int, str]:
    response = await system.review.post(
        "/auth/login", json={"username": username, "password": password}
    )
    return response.status_code, str(response.json().get("detail", ""))


async def test_login_gives_a_token_naming_account_organisation_and_role(
    system: RunningSystem,
) -> None:
    username = f"yw{uuid.uuid4().hex[:8]}"
    password = await new_account(system, username, AccountKind.department, ORG)
    response = await system.review.post(
        "/auth/login", json={"username": username, "password": password}
    )
    body = response.json()
    assert body["account"]["organisation"]["code"] == ORG
    claims = system.review_services.tokens.verify(
        body["access_token"], audience=Audience.department
    )
    assert (claims.organisation, claims.role) == (ORG, "county_hr")
    me = await system.review.get(
        "/auth/me", headers={"Authorization": f"Bearer {body['access_token']}"}
    )
    assert me.json()["username"] == username


async def test_repeated_failed_logins_are_throttled_and_say_nothing_of_the_account(
    system: RunningSystem,
) -> None:
    username = f"yw{uuid.uuid4().hex[:8]}"
    password = await new_account(system, username, AccountKind.department, ORG)
    async with system.review_from("10.0.1.1") as attacker, system.review_from("10.0.1.2") as owner:
        unknown = [await _login_via(attacker, "nobody-at-all", "whatever-it-is") for _ in range(5)]
        wrong = [await _login_via(attacker, username, "not-the-password") for _ in range(5)]
        assert unknown[0] == wrong[0] == (401, "用户名或密码错误", None)
        for throttled in (
            await _login_via(attacker, "nobody-at-all", "whatever-it-is"),
            await _login_via(attacker, username, password),
        ):
            status, detail, retry_after = throttled
            assert (status, detail[:8]) == (429, "登录失败次数过多")
            assert retry_after is not None
            assert 0 < int(retry_after) <= 300
        assert (await _login_via(owner, username, password))[0] == 200, "the owner gets in"


async def test_a_burst_of_concurrent_guesses_gets_no_more_than_the_limit(
    system: RunningSystem,
) -> None:
    """Attempts still being hashed count: 50 guesses sent at once are not all checked before
    the first of them failed."""
    username = f"yb{uuid.uuid4().hex[:8]}"
    await new_account(system, username, AccountKind.department, ORG)
    async with system.review_from("10.0.1.3") as attacker:
        answers = await asyncio.gather(
            *(_login_via(attacker, username, f"guess-{n}-not-it") for n in range(50))
        )
    statuses = [status for status, _, _ in answers]
    assert statuses.count(401) <= 5, statuses
    assert statuses.count(401) + statuses.count(429) == 50, statuses
    assert all(int(retry or 0) > 0 for status, _, retry in answers if status == 429)


async def _login_via(
    client: httpx.AsyncClient, username: str, password: str
) -> tuple[int, str, str | None]:
    response = await client.post("/auth/login", json={"username": username, "password": password})
    detail = response.json().get("detail", "") if response.status_code != 200 else ""
    return response.status_code, str(detail), response.headers.get("retry-after")


async def test_a_password_reset_ends_the_old_tokens(system: RunningSystem) -> None:
    username = f"yw{uuid.uuid4().hex[:8]}"
    password = await new_account(system, username, AccountKind.department, ORG)
    old = {"Authorization": f"Bearer {await log_in(system, username, password)}"}
    admin = await operator(system)
    accounts = (await admin.get("/admin/accounts", params={"organisation_code": ORG})).json()
    account_id = next(a["id"] for a in accounts if a["username"] == username)
    reset = await admin.post(f"/admin/accounts/{account_id}/reset-password")
    new_password = reset.json()["password"]
    assert (await system.review.get("/cases", headers=old)).status_code == 401
    assert (await _login(system, username, password))[0] == 401
    assert await log_in(system, username, new_password)


async def test_an_account_name_holds_to_the_name_rules(system: RunningSystem) -> None:
    admin = await operator(system)
    body = {"username": f"nm{uuid.uuid4().hex[:8]}", "organisation_code": "330400.city_hr"}
    bad = await admin.post("/admin/accounts", json=body | {"display_name": "李\u202e明"})
    assert bad.status_code == 422
    [problem] = bad.json()["detail"]
    assert problem["field"] == "display_name"
    assert problem["message"].startswith("姓名含有不允许的字符")
    good = await admin.post("/admin/accounts", json=body | {"display_name": "李明"})
    assert good.status_code == 201, good.text


async def test_the_operator_creates_accounts_for_directory_organisations_only(
    system: RunningSystem,
) -> None:
    admin = await operator(system)
    created = await admin.post(
        "/admin/accounts",
        json={
            "username": f"jx{uuid.uuid4().hex[:8]}",
            "display_name": "李明",
            "organisation_code": "330400.city_hr",
        },
    )
    assert created.status_code == 201
    assert len(created.json()["password"]) >= 12
    bad = await admin.post(
        "/admin/accounts",
        json={"username": "Not Valid", "display_name": "x", "organisation_code": "nowhere"},
    )
    assert bad.status_code == 422
    assert bad.json()["detail"][0]["field"] == "username"
    unknown_org = await admin.post(
        "/admin/accounts",
        json={"username": "valid_name", "display_name": "x", "organisation_code": "nowhere"},
    )
    assert unknown_org.json()["detail"] == [
        {
            "field": "organisation_code",
            "in": "body",
            "message": "机构目录中没有此机构",
            "type": "value_error",
        }
    ]
    clerk_username = f"yw{uuid.uuid4().hex[:8]}"
    clerk = await log_in(
        system,
        clerk_username,
        await new_account(system, clerk_username, AccountKind.department, ORG),
    )
    refused = await system.review.get(
        "/admin/accounts", headers={"Authorization": f"Bearer {clerk}"}
    )
    assert refused.status_code == 403, "a clerk's valid login has no access to the operator's API"


def test_the_command_line_creates_and_disables_accounts(system: RunningSystem) -> None:
    settings = system.review_services.settings
    env = {
        "REVIEW_DATABASE_URL": settings.database_url,
        "AUTH_SECRET": settings.token_secret(),
        "PATH": "/usr/bin:/bin",
    }
    username = f"cli{uuid.uuid4().hex[:8]}"

    def run(*args: str) -> str:
        result = subprocess.run(
            [sys.executable, "-m", "services.review", "accounts", *args],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        return result.stdout

    assert "password:" in run("create", "--username", username, "--name", "周敏", "--org", ORG)
    assert f"{username}\tdepartment\t{ORG}\tactive" in run("list", "--org", ORG)
    assert "disabled" in run("disable", "--username", username)


async def test_other_services_hear_when_an_account_is_disabled(system: RunningSystem) -> None:
    username = f"yw{uuid.uuid4().hex[:8]}"
    await new_account(system, username, AccountKind.department, ORG)
    admin = await operator(system)
    accounts = (await admin.get("/admin/accounts", params={"organisation_code": ORG})).json()
    account_id = next(a["id"] for a in accounts if a["username"] == username)
    async with broker.channel(system.amqp_url) as chan:
        tap = await broker.tap(chan, AccountChanged.routing_key())
        assert (await admin.post(f"/admin/accounts/{account_id}/disable")).status_code == 200

        def ours(message: AbstractIncomingMessage) -> bool:
            return account_id in message.body.decode() and b'"active":false' in message.body

        [message] = await broker.take(tap, 1, matching=ours)
    changed = AccountChanged.model_validate(Envelope.model_validate_json(message.body).payload)
    assert (changed.active, changed.token_version, changed.organisation_code) == (False, 2, ORG)


async def test_an_attacker_guessing_on_past_the_account_limit_cannot_lock_the_owner_out(
    system: RunningSystem,
) -> None:
    """More guesses than the account's own limit (20), from one client: only the first 5 are
    checked (the pair limit), the rest answered 429 without counting, so the account's limit is
    never reached and its owner, from their own client, gets in with the right password."""
    account_limit = int(system.review_services.settings.login_failures_per_account.split("/")[0])
    username = f"lk{uuid.uuid4().hex[:8]}"
    password = await new_account(system, username, AccountKind.department, ORG)
    async with system.review_from("10.0.1.4") as attacker, system.review_from("10.0.1.5") as owner:
        answers = [
            await _login_via(attacker, username, f"guess-{n}") for n in range(account_limit + 5)
        ]
        assert [status for status, _, _ in answers] == [401] * 5 + [429] * account_limit
        assert all(0 < int(retry or 0) <= 300 for _, _, retry in answers[5:])
        assert (await _login_via(owner, username, password))[0] == 200, "the owner gets in"
        assert (await _login_via(attacker, username, password))[0] == 429, "still waiting"
