"""A NUL (U+0000) reaching PostgreSQL was a 500 (found by the schemathesis suite): in a JSON
body, a query string, a path or a form field it is now a Chinese 422, before any handler runs."""

import pytest

from tests.support.applications import application_body, prepared
from tests.support.departments import operator
from tests.support.hostile import plain_pdf
from tests.support.system import RunningSystem


@pytest.mark.parametrize(
    "body",
    [
        b'{"id_number": "\\u0000", "password": "x"}',
        b'{"id_number": "330106\\\\\\u0000", "password": "x"}',
    ],
    ids=["escaped", "after-an-escaped-backslash"],
)
async def test_a_nul_in_a_json_body_is_a_422_not_a_500(system: RunningSystem, body: bytes) -> None:
    answer = await system.intake.post(
        "/accounts/token", content=body, headers={"content-type": "application/json"}
    )
    assert answer.status_code == 422, answer.text
    [error] = answer.json()["detail"]
    assert error["type"] == "nul_character"
    assert "空字符" in error["message"]


async def test_an_escaped_backslash_before_u0000_is_not_a_nul(system: RunningSystem) -> None:
    answer = await system.intake.post(
        "/accounts/token",
        content=b'{"id_number": "\\\\u0000", "password": "x"}',  # the text \u0000, no NUL
        headers={"content-type": "application/json"},
    )
    assert answer.status_code == 401, answer.text


async def test_a_nul_in_a_query_is_a_422(system: RunningSystem) -> None:
    admin = await operator(system)
    answer = await admin.get("/admin/accounts", params={"organisation_code": "33\x00"})
    assert answer.status_code == 422, answer.text
    assert answer.json()["detail"][0]["in"] == "query"


async def test_a_nul_in_a_form_field_is_refused_naming_it(system: RunningSystem) -> None:
    headers, application_id = await prepared(
        system.intake, application_body(serial="890", name="空一")
    )
    answer = await system.intake.post(
        f"/applications/{application_id}/attachments",
        data={"title": "学历\x00证书"},
        files={"file": ("s.pdf", plain_pdf(), "application/pdf")},
        headers=headers,
    )
    assert answer.status_code == 422, answer.text
    [error] = answer.json()["detail"]
    assert error["field"] == "title"
    assert error["message"].startswith("材料名称")
