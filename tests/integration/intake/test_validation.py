"""Bad input gets 4xx naming every field that is wrong (and its form), in Chinese, and nothing is
stored: not the account, not the form, not the submission, not its events."""

from typing import Any

import pytest
from sqlalchemy import func, select

from services.intake.models import (
    applicant_account,
    application_form,
    application_version,
    messaging,
)
from tests.support.applications import (
    PASSWORD,
    application_body,
    forms_for,
    id_number,
    logged_in,
    prepared,
    registration,
)
from tests.support.system import RunningSystem

TABLES = (applicant_account, application_form, application_version, messaging.outbox)


async def _stored(system: RunningSystem) -> list[int]:
    async with system.intake_services.uow_factory() as uow:
        return [
            (await uow.session.execute(select(func.count()).select_from(t))).scalar_one()
            for t in TABLES
        ]


def _fields(response: Any, status: int = 422) -> dict[str, str]:
    assert response.status_code == status, response.text
    return {e["field"]: e["message"] for e in response.json()["detail"]}


async def test_a_registration_names_each_missing_and_malformed_field(system: RunningSystem) -> None:
    before = await _stored(system)
    response = await system.intake.post(
        "/accounts", json={"name": "", "phone": "1", "password": "x", "extra": 1}
    )
    assert _fields(response) == {
        "name": "不能为空",
        "id_number": "必填项，不能缺少",
        "phone_code": "必填项，不能缺少",
        "extra": "不接受此字段",
    }
    response = await system.intake.post(
        "/accounts",
        json={"name": "王五", "id_number": id_number(serial="777")[:-1] + "0", "phone": "0571",
              "password": "password", "email": "wang@", "phone_code": "000000"},
    )  # fmt: skip
    errors = _fields(response)
    assert errors["id_number"] == "身份证号码校验位不正确"
    assert errors["phone"] == "手机号码应为 11 位数字，以 1 开头"
    assert errors["password"] == "密码应同时包含字母和数字"
    assert errors["email"] == "电子邮箱格式不正确"
    assert await _stored(system) == before


async def test_a_form_names_the_form_and_each_field_that_is_wrong(system: RunningSystem) -> None:
    body = application_body()
    headers, application_id = await prepared(system.intake, body)
    form = forms_for(body)["review"] | {"current_profession": "", "birth_date": "1985-02-30"}
    del form["work_summary"]
    before = await _stored(system)
    response = await system.intake.put(
        f"/applications/{application_id}/forms/review", json=form | {"hobby": "x"}, headers=headers
    )
    assert _fields(response) == {
        "forms.review.current_profession": "评审表“现从事专业”：不能为空",
        "forms.review.birth_date": "评审表“出生日期”：日期格式不正确",
        "forms.review.work_summary": "评审表“任现职以来专业技术工作总结”：必填项，不能缺少",
        "forms.review.hobby": "评审表“hobby”：不接受此字段",
    }
    assert await _stored(system) == before


async def test_a_wrong_value_inside_a_list_is_named_down_to_the_item(system: RunningSystem) -> None:
    body = application_body()
    headers, application_id = await prepared(system.intake, body)
    form = forms_for(body)["comprehensive"]
    form["work_history"][0]["start"] = "去年"
    response = await system.intake.put(
        f"/applications/{application_id}/forms/comprehensive", json=form, headers=headers
    )
    [(field, message)] = _fields(response).items()
    assert field == "forms.comprehensive.work_history.0.start"
    assert message == "综合表“工作经历 第1项 起始年月”：日期格式不正确"


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ({"region_code": "310101"}, "employer.region_code", "“310101”不是机构目录中浙江省"),
        (
            {"kind": "private_not_entrusted", "region_code": "330100"},
            "employer.region_code",
            "人事档案未委托代理的股份制、民营企业应填写所在县（市、区）的代码，杭州市是市",
        ),
        ({"kind": "state"}, "employer.kind", "单位类型“state”无效，可选：public（"),
        (
            {"kind": "provincial_unit", "region_code": None, "unit_code": "pu.nope"},
            "employer.unit_code",
            "机构目录中没有代码为“pu.nope”的省直有关单位",
        ),
        (
            {"kind": "private_talent_center", "region_code": None, "unit_code": "tc.nope"},
            "employer.unit_code",
            "机构目录中没有代码为“tc.nope”的人才交流中心",
        ),
    ],
)
async def test_employer_facts_that_cannot_decide_a_route_are_named(
    system: RunningSystem, change: dict[str, str], field: str, message: str
) -> None:
    body = application_body()
    headers, application_id = await prepared(system.intake, body)
    response = await system.intake.put(
        f"/applications/{application_id}/employer", json=body["employer"] | change, headers=headers
    )
    assert _fields(response)[field].startswith(message)


async def test_a_submission_with_mismatches_is_refused_listing_all_and_stores_nothing(
    system: RunningSystem,
) -> None:
    body = application_body()
    headers, application_id = await prepared(system.intake, body)
    base = f"/applications/{application_id}"
    forms = forms_for(body)
    for kind, change in (("review", {"current_profession": "建筑工程施工 "}),
                         ("roster", {"gender": "female"})):  # fmt: skip
        saved = await system.intake.put(
            f"{base}/forms/{kind}", json=forms[kind] | change, headers=headers
        )
        assert saved.status_code == 204
    before = await _stored(system)
    errors = _fields(await system.intake.post(f"{base}/submit", headers=headers))
    assert set(errors) == {"forms.review.current_profession", "forms.roster.gender"}
    assert "首尾多了空格" in errors["forms.review.current_profession"]
    assert errors["forms.roster.gender"] == "花名册的“性别”（女）与身份证号码（男）不一致"
    assert await _stored(system) == before
    check = (await system.intake.get(f"{base}/check", headers=headers)).json()
    assert not check["passed"]
    assert {(m["form"], m["field"]) for m in check["mismatches"]} == {
        ("review", "current_profession"),
        ("roster", "gender"),
    }


async def test_a_body_that_is_not_json_is_refused_clearly(system: RunningSystem) -> None:
    headers, application_id = await prepared(system.intake, application_body())
    response = await system.intake.put(
        f"/applications/{application_id}/forms/summary",
        content=b"{oops",
        headers=headers | {"content-type": "application/json"},
    )
    assert response.status_code == 422
    [error] = response.json()["detail"]
    assert error["message"] == "申报简表：请求内容不是合法的 JSON"


async def test_registering_an_id_number_twice_says_nothing_and_changes_nothing(
    system: RunningSystem,
) -> None:
    applicant = application_body(serial="778", name="赵六")["applicant"]
    await logged_in(system.intake, applicant)
    other_phone = applicant | {"phone": "13900087781"}
    again = await registration(system.intake, other_phone, password="Another-Zhao-2027")
    assert again.status_code == 202, "the same answer as a new registration (docs/security.md)"
    login = {"id_number": applicant["id_number"], "password": PASSWORD}
    assert (await system.intake.post("/accounts/token", json=login)).status_code == 200


async def test_a_bad_application_id_in_a_form_url_is_named_as_a_path_error(
    system: RunningSystem,
) -> None:
    headers = await logged_in(system.intake, application_body()["applicant"])
    form = forms_for(application_body())["summary"]
    response = await system.intake.put("/applications/x/forms/summary", json=form, headers=headers)
    assert response.status_code == 422
    assert response.json()["detail"] == [
        {
            "field": "application_id",
            "in": "path",
            "message": "不是合法的编号",
            "type": "uuid_parsing",
        }
    ]
