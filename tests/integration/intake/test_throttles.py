"""SMS codes and registrations are limited per phone and per client: 429 with Retry-After and
a Chinese message (issue 11, points 5 and 7)."""

from services.intake.main import create_app
from tests.support.applications import PASSWORD, application_body
from tests.support.system import RunningSystem, client


async def test_a_phone_is_sent_only_so_many_codes_whoever_asks(system: RunningSystem) -> None:
    body = {"phone": "13900087701", "purpose": "register"}
    answers = []
    for n in range(6):
        async with system.intake_from(f"10.0.3.{n}") as someone:
            answers.append(await someone.post("/accounts/phone-code", json=body))
    assert [a.status_code for a in answers] == [202] * 5 + [429]
    assert answers[-1].json()["detail"].startswith("操作过于频繁，请于 ")
    assert 0 < int(answers[-1].headers["Retry-After"]) <= 3600


async def test_one_client_may_register_only_so_often(system: RunningSystem) -> None:
    strict = system.intake_services.settings.model_copy(
        update={"registrations_per_client": "2/hour"}
    )
    async with client(create_app(strict), "intake") as intake:
        answers = [
            await intake.post(
                "/accounts",
                json=application_body(serial=f"87{n}", name="频繁")["applicant"]
                | {"password": PASSWORD, "phone_code": "000000"},
            )
            for n in range(3)
        ]
    assert [a.status_code for a in answers] == [422, 422, 429], "wrong codes count too"
    assert "Retry-After" in answers[-1].headers
