"""Names through the running intake API (issue 11, point 12): a CR/LF, NUL, U+202E or U+200B
in the applicant's name, the unit's name or a form's 姓名/工作单位 is refused with the field named,
nothing is stored, and a decomposed name is kept in NFC."""

import pytest

from tests.support.applications import (
    PASSWORD,
    forms_for,
    fresh_application_body,
    fresh_id_number,
    logged_in,
    phone_of,
    prepared,
)
from tests.support.system import RunningSystem

# a NUL never reaches the validators: the edge refuses it for every text (shared/nul_guard.py),
# naming where in the body it was (tested below and in tests/integration/test_nul_characters.py)
HOSTILE = {
    "crlf": "张三\r\nBcc: victim@example.com",
    "rlo": "\u202e三张",
    "zwsp": "张\u200b三",
    "zalgo": "张" + "\u0301" * 30,
}


@pytest.mark.parametrize("value", HOSTILE.values(), ids=HOSTILE.keys())
async def test_registration_refuses_a_hostile_name_naming_the_field(
    system: RunningSystem, value: str
) -> None:
    number = fresh_id_number()
    answer = await system.intake.post(
        "/accounts",
        json={
            "name": value,
            "id_number": number,
            "phone": "13812345678",
            "password": PASSWORD,
            "phone_code": "000000",
        },
    )
    assert answer.status_code == 422, answer.text
    [error] = answer.json()["detail"]
    assert error["field"] == "name"
    assert error["message"].startswith("姓名")
    login = await system.intake.post(
        "/accounts/token", json={"id_number": number, "password": PASSWORD}
    )
    assert login.status_code == 401, "no account was made"


async def test_a_decomposed_name_is_kept_composed(system: RunningSystem) -> None:
    number = fresh_id_number()
    applicant = {"name": "Zoe\u0308", "id_number": number, "phone": phone_of(number)}
    headers = await logged_in(system.intake, applicant)
    me = await system.intake.get("/accounts/me", headers=headers)
    assert me.json()["name"] == "Zo\u00eb"


@pytest.mark.parametrize("value", HOSTILE.values(), ids=HOSTILE.keys())
async def test_the_unit_name_and_the_forms_names_refuse_hostile_characters(
    system: RunningSystem, value: str
) -> None:
    body = fresh_application_body(name="名字")
    headers, application_id = await prepared(system.intake, body)
    base = f"/applications/{application_id}"
    employer = await system.intake.put(
        f"{base}/employer", json={**body["employer"], "name": value}, headers=headers
    )
    assert employer.status_code == 422, employer.text
    assert employer.json()["detail"][0]["message"].startswith("单位名称")
    summary = forms_for(body)["summary"]
    for field, label in (("name", "姓名"), ("employer", "工作单位")):
        form = await system.intake.put(
            f"{base}/forms/summary", json={**summary, field: value}, headers=headers
        )
        assert form.status_code == 422, form.text
        [error] = form.json()["detail"]
        assert error["field"] == f"forms.summary.{field}"
        assert error["message"].startswith(f"申报简表“{label}”：{label}")
    draft = (await system.intake.get(f"{base}/draft", headers=headers)).json()
    assert draft["forms"]["summary"]["name"] == "名字", "the saved form is unchanged"


async def test_a_nul_in_a_name_is_refused_at_the_edge_naming_where_it_was(
    system: RunningSystem,
) -> None:
    number = fresh_id_number()
    answer = await system.intake.post(
        "/accounts",
        json={
            "name": "张\x00三",
            "id_number": number,
            "phone": "13812345678",
            "password": PASSWORD,
        },
    )
    assert answer.status_code == 422, answer.text
    [error] = answer.json()["detail"]
    assert (error["type"], error["in"], error["field"]) == ("nul_character", "body", "name")
    assert error["message"].startswith("“name”含有空字符")
    body = fresh_application_body(name="名字")
    headers, application_id = await prepared(system.intake, body)
    work = {**forms_for(body)["summary"], "experience": [{"unit": "某\x00单位"}]}
    form = await system.intake.put(
        f"/applications/{application_id}/forms/summary", json=work, headers=headers
    )
    assert form.status_code == 422, form.text
    assert form.json()["detail"][0]["field"] == "experience.0.unit"
