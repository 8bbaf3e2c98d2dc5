"""Registration and password reset confirm the phone with a one-time SMS code (issue 11, point
7); no answer says whether an ID number or a phone has an account; a reset lets the owner take
the account back from whoever had the password."""

import subprocess
import sys
from typing import Any

from shared.privacy import mask_phone
from tests.support import broker
from tests.support.applications import PASSWORD, fresh_application_body, registration
from tests.support.phone_codes import requested_code
from tests.support.system import RunningSystem

NEW_PASSWORD = "Xihu-quiet-river-2027"


def _applicant(name: str) -> dict[str, Any]:
    """An applicant of this test's own: tests share one intake and its accounts."""
    applicant: dict[str, Any] = fresh_application_body(name=name)["applicant"]
    return applicant


async def _login(system: RunningSystem, id_number: str, password: str) -> int:
    body = {"id_number": id_number, "password": password}
    return (await system.intake.post("/accounts/token", json=body)).status_code


async def test_registration_needs_the_code_sent_to_that_phone_and_the_code_works_once(
    system: RunningSystem,
) -> None:
    applicant = _applicant("郑一")
    form = applicant | {"password": PASSWORD}
    missing = await system.intake.post("/accounts", json=form)
    assert missing.status_code == 422
    wrong = await system.intake.post("/accounts", json=form | {"phone_code": "000000"})
    assert wrong.status_code == 422
    assert wrong.json()["detail"][0]["field"] == "phone_code"
    assert "短信验证码不正确" in wrong.json()["detail"][0]["message"]
    assert await _login(system, applicant["id_number"], PASSWORD) == 401

    code = await requested_code(system.intake, applicant["phone"], "register")
    other_phone = await system.intake.post(
        "/accounts", json=form | {"phone": "13900086601", "phone_code": code}
    )
    assert other_phone.status_code == 422, "a code proves only the phone it was sent to"
    accepted = await system.intake.post("/accounts", json=form | {"phone_code": code})
    assert accepted.status_code == 202, accepted.text
    assert await _login(system, applicant["id_number"], PASSWORD) == 200
    again = await system.intake.post("/accounts", json=form | {"phone_code": code})
    assert again.status_code == 422, "a code is used up"


async def test_registering_a_registered_id_number_is_answered_as_new_and_changes_nothing(
    system: RunningSystem,
) -> None:
    owner = _applicant("郑二")
    first = await registration(system.intake, owner)
    squatter = owner | {"name": "冒名", "phone": "13900086602"}
    second = await registration(system.intake, squatter, password="Squatter-owns-it-99")
    assert (first.status_code, first.json()) == (second.status_code, second.json())
    assert first.status_code == 202
    assert owner["id_number"] not in second.text
    assert await _login(system, owner["id_number"], PASSWORD) == 200
    assert await _login(system, owner["id_number"], "Squatter-owns-it-99") == 401


async def test_asking_for_a_reset_code_answers_alike_for_known_and_unknown_phones(
    system: RunningSystem,
) -> None:
    known = _applicant("郑三")
    assert (await registration(system.intake, known)).status_code == 202
    async with broker.channel(system.amqp_url) as chan:
        tap = await broker.tap(chan, "intake.phone_code_requested.v1")
        answers = [
            await system.intake.post(
                "/accounts/phone-code", json={"phone": phone, "purpose": "reset"}
            )
            for phone in (known["phone"], "13900086603")
        ]
        sent = await broker.take(tap, 1)
        assert await broker.queue_is_empty(tap)
    assert [a.status_code for a in answers] == [202, 202]
    assert answers[0].json() == answers[1].json() == {"sent": True, "resend_after_seconds": 60}
    assert known["phone"] in sent[0].body.decode(), "only the registered phone gets a code"


async def test_a_second_code_within_the_minute_is_not_sent(system: RunningSystem) -> None:
    phone = "13900086604"
    async with broker.channel(system.amqp_url) as chan:
        tap = await broker.tap(chan, "intake.phone_code_requested.v1")
        body = {"phone": phone, "purpose": "register"}
        first = await system.intake.post("/accounts/phone-code", json=body)
        second = await system.intake.post("/accounts/phone-code", json=body)
        await broker.take(tap, 1)
        assert await broker.queue_is_empty(tap)
    assert first.json()["resend_after_seconds"] == 60
    assert 0 < second.json()["resend_after_seconds"] <= 60
    bad = await system.intake.post("/accounts/phone-code", json={"phone": "12345", "purpose": "x"})
    assert bad.status_code == 422


async def test_a_reset_takes_the_account_back_and_ends_every_earlier_login(
    system: RunningSystem,
) -> None:
    owner = _applicant("郑五")
    assert (await registration(system.intake, owner)).status_code == 202
    stolen = await system.intake.post(
        "/accounts/token", json={"id_number": owner["id_number"], "password": PASSWORD}
    )
    thief = {"Authorization": f"Bearer {stolen.json()['access_token']}"}
    assert (await system.intake.get("/accounts/me", headers=thief)).status_code == 200

    code = await requested_code(system.intake, owner["phone"], "reset")
    reset = {
        "id_number": owner["id_number"],
        "phone": owner["phone"],
        "phone_code": code,
        "new_password": "password1",
    }
    weak = await system.intake.post("/accounts/password-reset", json=reset)
    assert weak.status_code == 422
    assert weak.json()["detail"][0]["field"] == "new_password"
    assert "密码强度不足" in weak.json()["detail"][0]["message"]
    done = await system.intake.post(
        "/accounts/password-reset", json=reset | {"new_password": NEW_PASSWORD}
    )
    assert done.status_code == 204, done.text
    assert (await system.intake.get("/accounts/me", headers=thief)).status_code == 401
    assert await _login(system, owner["id_number"], PASSWORD) == 401
    assert await _login(system, owner["id_number"], NEW_PASSWORD) == 200
    reused = await system.intake.post(
        "/accounts/password-reset", json=reset | {"new_password": "Another-long-one-88"}
    )
    assert reused.status_code == 422, "the code is used up"


async def test_a_reset_with_a_phone_that_is_not_the_accounts_changes_nothing(
    system: RunningSystem,
) -> None:
    owner = _applicant("郑六")
    assert (await registration(system.intake, owner)).status_code == 202
    intruder = _applicant("郑七")
    assert (await registration(system.intake, intruder)).status_code == 202
    code = await requested_code(system.intake, intruder["phone"], "reset")
    reset = {
        "id_number": owner["id_number"],
        "phone": intruder["phone"],
        "phone_code": code,
        "new_password": NEW_PASSWORD,
    }
    answer = await system.intake.post("/accounts/password-reset", json=reset)
    assert answer.status_code == 204, "the same answer: nothing tells the ID and phone apart"
    assert await _login(system, owner["id_number"], PASSWORD) == 200
    assert await _login(system, owner["id_number"], NEW_PASSWORD) == 401


async def test_a_code_tried_wrongly_five_times_is_dead(system: RunningSystem) -> None:
    applicant = _applicant("郑八")
    code = await requested_code(system.intake, applicant["phone"], "register")
    form = applicant | {"password": PASSWORD}
    wrong = "111111" if code != "111111" else "222222"
    for _ in range(5):
        answer = await system.intake.post("/accounts", json=form | {"phone_code": wrong})
        assert answer.status_code == 422
    late = await system.intake.post("/accounts", json=form | {"phone_code": code})
    assert late.status_code == 422


async def test_a_squatted_id_number_goes_back_to_its_owner(system: RunningSystem) -> None:
    """Someone registers a person's ID number first, with a phone of their own. The owner's own
    registration changes nothing (and says nothing), a reset code goes to the squatter's phone
    only; the operator, having checked the
    owner's ID card and phone in person, gives the account to the owner's phone on intake's
    command line; the squatter's login and password end; the owner's SMS reset sets a password
    and the owner logs in."""
    owner = _applicant("郑九")
    squatter = owner | {"name": "冒名", "phone": "13900086699"}
    assert (await registration(system.intake, squatter)).status_code == 202
    squatted = await system.intake.post(
        "/accounts/token", json={"id_number": owner["id_number"], "password": PASSWORD}
    )
    squatters = {"Authorization": f"Bearer {squatted.json()['access_token']}"}
    mine = await registration(system.intake, owner, password="Owner-never-got-in-7")
    assert mine.status_code == 202
    assert await _login(system, owner["id_number"], "Owner-never-got-in-7") == 401
    # a reset code goes only to the account's phone, the squatter's: the owner has no way in

    printed = _intake_command(
        system, "take-back", "--id-number", owner["id_number"], "--phone", owner["phone"]
    )
    assert mask_phone(owner["phone"]) in printed
    assert owner["id_number"] not in printed
    assert owner["phone"] not in printed
    assert (await system.intake.get("/accounts/me", headers=squatters)).status_code == 401
    assert await _login(system, owner["id_number"], PASSWORD) == 401, "the squatter is out"

    code = await requested_code(system.intake, owner["phone"], "reset")
    reset = {"id_number": owner["id_number"], "phone": owner["phone"], "phone_code": code}
    done = await system.intake.post(
        "/accounts/password-reset", json=reset | {"new_password": NEW_PASSWORD}
    )
    assert done.status_code == 204
    assert await _login(system, owner["id_number"], NEW_PASSWORD) == 200
    unknown = _intake_command(
        system, "take-back", "--id-number", "110105194912310000", "--phone", owner["phone"],
        fails=True,
    )  # fmt: skip
    assert "没有这个身份证号码的申报人账号" in unknown


async def test_a_reset_code_tried_wrongly_five_times_is_dead(system: RunningSystem) -> None:
    owner = _applicant("郑十")
    assert (await registration(system.intake, owner)).status_code == 202
    code = await requested_code(system.intake, owner["phone"], "reset")
    reset = {"id_number": owner["id_number"], "phone": owner["phone"]}
    wrong = "111111" if code != "111111" else "222222"
    for _ in range(5):
        answer = await system.intake.post(
            "/accounts/password-reset",
            json=reset | {"phone_code": wrong, "new_password": NEW_PASSWORD},
        )
        assert answer.status_code == 422
    late = await system.intake.post(
        "/accounts/password-reset", json=reset | {"phone_code": code, "new_password": NEW_PASSWORD}
    )
    assert late.status_code == 422, "five wrong tries ended the code"
    assert await _login(system, owner["id_number"], NEW_PASSWORD) == 401
    assert await _login(system, owner["id_number"], PASSWORD) == 200


def _intake_command(system: RunningSystem, *args: str, fails: bool = False) -> str:
    settings = system.intake_services.settings
    env = {
        "INTAKE_DATABASE_URL": settings.database_url,
        "AUTH_SECRET": settings.token_secret(),
        "PATH": "/usr/bin:/bin",
    }
    result = subprocess.run(
        [sys.executable, "-m", "services.intake", "accounts", *args],
        env=env, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert (result.returncode != 0) == fails, result.stderr
    return result.stderr if fails else result.stdout
