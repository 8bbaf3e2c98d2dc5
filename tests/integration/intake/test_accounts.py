"""Applicant accounts: register, log in for a short-lived token, failed logins throttled, tokens
that are not (or no longer) an applicant's refused."""

import asyncio
import uuid
from datetime import timedelta

import httpx
from sqlalchemy import update

from services.intake.models import applicant_account
from shared.auth import Audience, Tokens
from shared.privacy import mask_phone
from tests.support.applications import PASSWORD, application_body, logged_in, registration
from tests.support.polling import eventually
from tests.support.system import TEST_AUTH_SECRET, RunningSystem


def _applicant(serial: str, name: str) -> dict[str, str]:
    applicant: dict[str, str] = application_body(serial=serial, name=name)["applicant"]
    return applicant


async def test_an_applicant_registers_logs_in_and_sees_only_masked_personal_data(
    system: RunningSystem,
) -> None:
    applicant = _applicant("501", "钱七") | {"email": "qian7@example.com"}
    registered = await registration(system.intake, applicant)
    assert registered.status_code == 202, registered.text
    login = await system.intake.post(
        "/accounts/token",
        json={"id_number": applicant["id_number"].lower(), "password": PASSWORD},
    )
    assert login.status_code == 200, login.text
    token = login.json()
    assert token["token_type"] == "bearer"
    me = await system.intake.get(
        "/accounts/me", headers={"Authorization": f"Bearer {token['access_token']}"}
    )
    account = me.json()
    assert account["id_number_masked"] == applicant["id_number"][:6] + "*" * 12
    assert account["phone_masked"] == mask_phone(applicant["phone"])
    assert applicant["id_number"] not in me.text
    assert applicant["phone"] not in me.text


async def test_a_wrong_password_and_an_unknown_id_number_get_the_same_answer(
    system: RunningSystem,
) -> None:
    applicant = _applicant("502", "孙八")
    await registration(system.intake, applicant)
    wrong = await system.intake.post(
        "/accounts/token", json={"id_number": applicant["id_number"], "password": "Wrong12345"}
    )
    unknown = await system.intake.post(
        "/accounts/token",
        json={"id_number": _applicant("503", "x")["id_number"], "password": PASSWORD},
    )
    assert wrong.status_code == unknown.status_code == 401
    assert wrong.json() == unknown.json() == {"detail": "身份证号码或密码不正确"}


async def test_failed_logins_slow_the_guesser_and_not_the_owner(system: RunningSystem) -> None:
    applicant = _applicant("504", "周九")
    await registration(system.intake, applicant)
    wrong = {"id_number": applicant["id_number"], "password": "Wrong12345"}
    unknown = wrong | {"id_number": _applicant("509", "无人")["id_number"]}
    async with system.intake_from("10.0.2.1") as guesser, system.intake_from("10.0.2.2") as owner:
        for body in (wrong, unknown):  # a name nobody has is throttled all the same
            answers = [
                (await guesser.post("/accounts/token", json=body)).status_code for _ in range(5)
            ]
            assert answers == [401] * 5
        right = wrong | {"password": PASSWORD}
        for body in (right, unknown):
            slowed = await guesser.post("/accounts/token", json=body)
            assert slowed.status_code == 429, "this client waits, even with the right password"
            assert slowed.json()["detail"].startswith("登录失败次数过多，请于 ")
            assert 0 < int(slowed.headers["Retry-After"]) <= 300
        assert (await owner.post("/accounts/token", json=right)).status_code == 200


async def test_a_burst_of_concurrent_guesses_gets_no_more_than_the_limit(
    system: RunningSystem,
) -> None:
    applicant = _applicant("506", "郑一")
    await registration(system.intake, applicant)
    async with system.intake_from("10.0.2.3") as guesser:
        answers = await asyncio.gather(
            *(
                guesser.post(
                    "/accounts/token",
                    json={"id_number": applicant["id_number"], "password": f"Wrong{n}x12345"},
                )
                for n in range(50)
            )
        )
    statuses = [answer.status_code for answer in answers]
    assert statuses.count(401) <= 5, statuses
    assert statuses.count(401) + statuses.count(429) == 50, statuses
    assert all(int(a.headers["Retry-After"]) > 0 for a in answers if a.status_code == 429)


async def test_tokens_that_are_not_a_current_applicants_are_refused(
    system: RunningSystem,
) -> None:
    applicant = _applicant("505", "吴十")
    headers = await logged_in(system.intake, applicant)
    account_id = uuid.UUID((await system.intake.get("/accounts/me", headers=headers)).json()["id"])
    clock = system.intake_services.clock
    tokens = Tokens(TEST_AUTH_SECRET, ttl=timedelta(minutes=5), clock=clock)
    expired = Tokens(TEST_AUTH_SECRET, ttl=timedelta(seconds=-1), clock=clock)
    forged = Tokens(
        "a-forgers-own-secret-Xq81-ZmT5-pV0c-wL3k", ttl=timedelta(minutes=5), clock=clock
    )
    current, _ = tokens.issue(account_id=account_id, audience=Audience.applicant, token_version=1)
    refused = [
        expired.issue(account_id=account_id, audience=Audience.applicant, token_version=1)[0],
        forged.issue(account_id=account_id, audience=Audience.applicant, token_version=1)[0],
        tokens.issue(account_id=uuid.uuid4(), audience=Audience.applicant, token_version=1)[0],
        current + "x",
    ]
    for token in [*refused, None]:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        response = await system.intake.get("/applications", headers=headers)
        assert response.status_code == 401, token
    department, _ = tokens.issue(
        account_id=account_id, audience=Audience.department, token_version=1
    )
    other_kind = await system.intake.get(
        "/applications", headers={"Authorization": f"Bearer {department}"}
    )
    assert other_kind.status_code == 403, "a department's valid login has no access here"
    ok = await system.intake.get("/applications", headers={"Authorization": f"Bearer {current}"})
    assert ok.status_code == 200
    # the tokens revoked by another process (a second replica, the take-back command): this
    # one remembers for STANDING_SECONDS that the account stood, and then refuses the token
    async with system.intake_services.uow_factory() as uow:
        await uow.session.execute(
            update(applicant_account)
            .where(applicant_account.c.id == account_id)
            .values(token_version=2)
        )
        await uow.commit()

    async def refused_token() -> httpx.Response | None:
        answer = await system.intake.get(
            "/applications", headers={"Authorization": f"Bearer {current}"}
        )
        return answer if answer.status_code == 401 else None

    bound = system.intake_services.settings.standing_seconds
    assert 0 < bound <= 2, "the bound the security notes promise"
    revoked = await eventually(refused_token, within=bound + 0.5, what="the revoked token refused")
    assert revoked.json() == {"detail": "登录已失效，请重新登录"}


async def test_an_applicant_changes_the_password_with_the_current_one_and_other_logins_end(
    system: RunningSystem,
) -> None:
    applicant = _applicant("521", "郑十一")
    old_headers = await logged_in(system.intake, applicant)

    async def change(old: str, new: str, headers: dict[str, str]) -> httpx.Response:
        return await system.intake.post(
            "/accounts/password",
            json={"old_password": old, "new_password": new},
            headers=headers,
        )

    wrong = await change("Wrong-pass-2026", "Qiang-mima-2026x", old_headers)
    assert wrong.status_code == 422
    assert wrong.json()["detail"][0]["field"] == "old_password"
    assert wrong.json()["detail"][0]["message"] == "原密码不正确"
    weak = await change(PASSWORD, "abc12345", old_headers)
    assert weak.status_code == 422
    assert weak.json()["detail"][0]["field"] == "new_password"
    same = await change(PASSWORD, PASSWORD, old_headers)
    assert same.status_code == 422
    assert same.json()["detail"][0]["message"] == "新密码不能与原密码相同"

    changed = await change(PASSWORD, "Qiang-mima-2026x", old_headers)
    assert changed.status_code == 200, changed.text
    new_headers = {"Authorization": f"Bearer {changed.json()['access_token']}"}
    assert (await system.intake.get("/accounts/me", headers=new_headers)).status_code == 200
    assert (await system.intake.get("/accounts/me", headers=old_headers)).status_code == 401
    for password, status in ((PASSWORD, 401), ("Qiang-mima-2026x", 200)):
        login = await system.intake.post(
            "/accounts/token", json={"id_number": applicant["id_number"], "password": password}
        )
        assert login.status_code == status, login.text


async def test_guessing_the_current_password_is_throttled_as_failed_logins_are(
    system: RunningSystem,
) -> None:
    applicant = _applicant("522", "王十二")
    headers = await logged_in(system.intake, applicant)
    answers = []
    for n in range(7):
        answer = await system.intake.post(
            "/accounts/password",
            json={"old_password": f"Guess-{n}-2026", "new_password": "Qiang-mima-2026y"},
            headers=headers,
        )
        answers.append(answer)
    assert [a.status_code for a in answers[:5]] == [422] * 5
    assert answers[-1].status_code == 429
    assert int(answers[-1].headers["Retry-After"]) > 0
    # the owner's own login is not locked out by it
    login = await system.intake.post(
        "/accounts/token", json={"id_number": applicant["id_number"], "password": PASSWORD}
    )
    assert login.status_code == 200, login.text


async def test_an_attacker_guessing_on_past_the_account_limit_cannot_lock_the_owner_out(
    system: RunningSystem,
) -> None:
    """As for departments: one client's guesses past the pair limit are answered 429 without
    counting, so the account's own limit (20) is never reached and the owner gets in."""
    account_limit = int(system.intake_services.settings.login_failures_per_account.split("/")[0])
    applicant = _applicant("507", "钱二")
    await registration(system.intake, applicant)
    body = {"id_number": applicant["id_number"]}
    async with system.intake_from("10.0.2.4") as attacker, system.intake_from("10.0.2.5") as owner:
        answers = [
            await attacker.post("/accounts/token", json=body | {"password": f"Guess{n}x12345"})
            for n in range(account_limit + 5)
        ]
        assert [a.status_code for a in answers] == [401] * 5 + [429] * account_limit
        assert all(0 < int(a.headers["Retry-After"]) <= 300 for a in answers[5:])
        right = body | {"password": PASSWORD}
        assert (await owner.post("/accounts/token", json=right)).status_code == 200
        assert (await attacker.post("/accounts/token", json=right)).status_code == 429
