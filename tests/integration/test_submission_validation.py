"""Bad input gets 422 naming every field that is wrong, in Chinese, and nothing is stored."""

from typing import Any

import pytest
from sqlalchemy import func, select

from services.intake.models import application, messaging
from tests.support.applications import application_body
from tests.support.system import RunningSystem


async def _errors(system: RunningSystem, body: Any) -> dict[str, str]:
    response = await system.intake.post("/applications", json=body)
    assert response.status_code == 422, response.text
    return {e["field"]: e["message"] for e in response.json()["detail"]}


async def _stored(system: RunningSystem) -> tuple[int, int]:
    async with system.intake_services.uow_factory() as uow:
        count = func.count()
        applications = (
            await uow.session.execute(select(count).select_from(application))
        ).scalar_one()
        outbox = (
            await uow.session.execute(select(count).select_from(messaging.outbox))
        ).scalar_one()
        return applications, outbox


async def test_missing_and_malformed_fields_are_each_named(system: RunningSystem) -> None:
    before = await _stored(system)
    errors = await _errors(
        system,
        {
            "applicant": {"name": "", "phone": "1"},
            "employer": {
                "ownership": "state",
                "level": "county",
                "region_code": "330106",
                "name": "x",
            },
            "extra": 1,
        },
    )
    assert errors == {
        "applicant.name": "不能为空",
        "applicant.id_number": "必填项，不能缺少",
        "employer.ownership": errors["employer.ownership"],
        "extra": "不接受此字段",
    }
    assert errors["employer.ownership"].startswith("取值无效，可选值：")
    assert await _stored(system) == before


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        (
            {"applicant": {"id_number": "330106198503121230"}},
            "applicant.id_number",
            "身份证号码校验位不正确",
        ),
        (
            {"applicant": {"phone": "02812345678"}},
            "applicant.phone",
            "手机号码应为 11 位数字，以 1 开头",
        ),
        (
            {"employer": {"region_code": "310101"}},
            "employer.region_code",
            "不是浙江省的行政区划代码",
        ),
        (
            {"employer": {"level": "city"}},
            "employer.region_code",
            "与单位层级不符，应为所在市的代码",
        ),
    ],
)
async def test_rules_broken_by_well_formed_input_are_named_too(
    system: RunningSystem, change: dict[str, dict[str, str]], field: str, message: str
) -> None:
    body = application_body()
    for part, values in change.items():
        body[part].update(values)
    before = await _stored(system)
    assert await _errors(system, body) == {field: message}
    assert await _stored(system) == before


async def test_a_body_that_is_not_json_is_refused_clearly(system: RunningSystem) -> None:
    response = await system.intake.post(
        "/applications", content=b"{oops", headers={"content-type": "application/json"}
    )
    assert response.status_code == 422
    assert response.json()["detail"][0]["message"] == "请求内容不是合法的 JSON"
