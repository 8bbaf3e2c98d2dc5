"""What a user reads when something is wrong, in all four services: Chinese, in the one error
shape, and not misleading. A valid login of the wrong kind is 403 (logging in again would change
nothing); 401 is kept for no, expired or revoked tokens. Unknown paths, methods the path does not
take, and bodies that are not UTF-8 JSON are answered in Chinese. Every integer path or query
parameter is bounded: 2^63 is a 422 naming it, never a 500."""

import re
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest

from services.committee import bootstrap as committee_bootstrap
from services.committee.main import create_app as create_committee_app
from services.committee.settings import CommitteeSettings
from services.notify import bootstrap as notify_bootstrap
from services.notify.main import create_app as create_notify_app
from services.notify.settings import NotifySettings
from shared.auth import Audience, Tokens
from shared.db.migrations import upgrade_async
from tests.support.applications import application_body, logged_in
from tests.support.departments import department, operator, submit_to_review, submitted_event
from tests.support.infra import Databases
from tests.support.system import SMALL_POOLS, TEST_AUTH_SECRET, RunningSystem, client

TOO_BIG = 2**63


@dataclass
class Four:
    """The four services' APIs, and a valid login of every kind for each."""

    clients: dict[str, httpx.AsyncClient]
    logins: dict[str, dict[str, str]]  # kind of login -> Authorization header


SENIOR = ("senior.construction", "senior_committee_office")


def _signed(audience: Audience, org: str | None = None, role: str | None = None) -> str:
    tokens = Tokens(TEST_AUTH_SECRET, ttl=timedelta(minutes=30), clock=lambda: datetime.now(UTC))
    token, _ = tokens.issue(
        account_id=uuid.uuid4(), audience=audience, token_version=1, organisation=org, role=role
    )
    return token


@pytest.fixture(scope="module")
async def four(
    system: RunningSystem, databases: Databases, tmp_path_factory: Any
) -> AsyncIterator[Four]:
    common = {"AMQP_URL": system.amqp_url, "AUTH_SECRET": TEST_AUTH_SECRET, **SMALL_POOLS}
    committee_settings = CommitteeSettings(
        database_url=await databases.create("committee"), **common
    )
    await upgrade_async(committee_bootstrap.MIGRATIONS, committee_settings.database_url)
    notify_settings = NotifySettings(
        database_url=await databases.create("notify"),
        sms_dir=tmp_path_factory.mktemp("sms"),
        **common,
    )
    await upgrade_async(notify_bootstrap.MIGRATIONS, notify_settings.database_url)
    applicant = await logged_in(
        system.intake, application_body(serial="901", name="孙一")["applicant"]
    )
    county = await department(system, "330106.county_hr")
    office = await department(system, "mid.3301")
    admin = await operator(system)
    logins = {
        "applicant": applicant,
        "county": county.headers,
        "office": office.headers,
        "admin": admin.headers,
        # committee and notify accept a signed token of an account they have not heard of yet
        "senior": {"Authorization": f"Bearer {_signed(Audience.department, *SENIOR)}"},
    }
    async with (
        client(create_committee_app(committee_settings), "committee") as committee,
        client(create_notify_app(notify_settings), "notify") as notify,
    ):
        clients = {
            "intake": system.intake,
            "review": system.review,
            "committee": committee,
            "notify": notify,
        }
        yield Four(clients, logins)


# (service, method, path, login) of a valid login that has no access there, and who does
WRONG_LOGINS = [
    ("review", "GET", "/cases?list=personal", "admin", "各级审核部门"),
    ("review", "GET", "/cases?list=personal", "applicant", "各级审核部门"),
    ("review", "GET", "/admin/accounts", "county", "系统管理员"),
    ("committee", "GET", "/cases", "county", "中评委办公室"),
    ("committee", "GET", "/cases", "applicant", "中评委办公室"),
    ("committee", "GET", "/senior/batches", "office", "高评委办公室"),
    ("intake", "GET", "/applications", "county", "申报人"),
    ("intake", "GET", "/applications", "admin", "申报人"),
    ("notify", "GET", "/notices", "county", "系统管理员"),
    ("notify", "GET", "/messages", "applicant", "各级审核部门"),
]


@pytest.mark.parametrize(("service", "method", "path", "login", "who"), WRONG_LOGINS)
async def test_a_valid_login_of_the_wrong_kind_is_403_saying_who_may(
    four: Four, service: str, method: str, path: str, login: str, who: str
) -> None:
    response = await four.clients[service].request(method, path, headers=four.logins[login])
    assert response.status_code == 403, response.text
    assert response.json() == {
        "detail": f"当前登录的账号无权使用此功能（仅限{who}），请换用{who}的账号登录"
    }


@pytest.mark.parametrize(
    ("service", "path"),
    [
        ("intake", "/applications"),
        ("review", "/cases"),
        ("committee", "/cases"),
        ("notify", "/notices"),
    ],
)
async def test_no_expired_or_forged_token_is_still_401(four: Four, service: str, path: str) -> None:
    tokens = Tokens(
        TEST_AUTH_SECRET,
        ttl=timedelta(minutes=30),
        clock=lambda: datetime.now(UTC) - timedelta(hours=2),
    )
    expired, _ = tokens.issue(account_id=uuid.uuid4(), audience=Audience.applicant, token_version=1)
    http = four.clients[service]
    assert (await http.get(path)).status_code == 401
    for token in (expired, "not-a-token"):
        response = await http.get(path, headers={"Authorization": f"Bearer {token}"})
        assert response.status_code == 401, response.text
        assert response.json() == {"detail": "登录已失效，请重新登录"}


@pytest.mark.parametrize("service", ["intake", "review", "committee", "notify"])
async def test_unknown_paths_and_methods_answer_in_chinese(four: Four, service: str) -> None:
    http = four.clients[service]
    missing = await http.get("/no/such/page")
    assert missing.status_code == 404
    assert missing.json() == {"detail": "请求的地址不存在：/no/such/page"}
    wrong_method = await http.delete("/health")
    assert wrong_method.status_code == 405
    assert wrong_method.json() == {"detail": "地址 /health 不支持 DELETE 请求"}
    assert wrong_method.headers["allow"] == "GET"


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b'{"name": "\xd5\xc5\xc8\xfd"}', "请求内容无法解析（应为 UTF-8 编码的 JSON 或表单）"),
        (b'{"name": ', "请求内容不是合法的 JSON（第 9 个字符处）"),
    ],
    ids=["gbk-encoded", "cut-short"],
)
async def test_a_body_that_is_not_utf8_json_is_named_in_chinese(
    four: Four, body: bytes, message: str
) -> None:
    for service, path in (("intake", "/accounts"), ("review", "/auth/login")):
        response = await four.clients[service].post(
            path, content=body, headers={"content-type": "application/json"}
        )
        assert response.status_code == 422, response.text
        [problem] = response.json()["detail"]
        assert (problem["field"], problem["in"], problem["message"]) == ("", "body", message)


async def test_paper_check_needs_no_body(system: RunningSystem) -> None:
    """The clerk presses 纸质材料已核对: no body, and the answer reads as Chinese."""
    application_id = await submit_to_review(system, submitted_event(region_code="330110"))
    clerk = await department(system, "330110.county_hr")
    row = await clerk.find("personal", application_id)
    assert row is not None
    case = f"/cases/{row['case_id']}"
    assert (await clerk.post(f"{case}/receive")).status_code == 200
    checked = await clerk.post(f"{case}/paper-check")
    assert checked.status_code == 200, checked.text
    assert checked.json()["message"] == "纸质材料已核对"
    assert checked.json()["case"]["paper_checked"] is True


def _integer_parameters(openapi: dict[str, Any]) -> list[tuple[str, str, str, str, list[Any]]]:
    """Every (method, path, parameter, place, all parameters) whose schema is an integer."""
    found = []
    for path, operations in openapi["paths"].items():
        for method, operation in operations.items():
            parameters = operation.get("parameters", [])
            for parameter in parameters:
                schema = parameter.get("schema", {})
                types = [schema.get("type")] + [s.get("type") for s in schema.get("anyOf", [])]
                if "integer" in types:
                    found.append((method, path, parameter["name"], parameter["in"], parameters))
    return found


def _filled(path: str, values: dict[str, str]) -> str:
    """The path with its parameters' values; they are taken out of `values`."""
    return re.sub(r"{(\w+)}", lambda m: values.pop(m.group(1)), path)


def _value(parameter: dict[str, Any]) -> str:
    schema = parameter.get("schema", {})
    if schema.get("format") == "uuid":
        return str(uuid.uuid4())
    if "enum" in schema:
        return str(schema["enum"][0])
    types = [schema.get("type")] + [s.get("type") for s in schema.get("anyOf", [])]
    return "1" if "integer" in types else "x"


async def test_every_integer_parameter_of_every_service_refuses_two_to_the_63(four: Four) -> None:
    walked = 0
    for service, http in four.clients.items():
        openapi = (await http.get("/openapi.json")).json()
        for method, path, name, place, parameters in _integer_parameters(openapi):
            values = {p["name"]: _value(p) for p in parameters if p["in"] in ("path", "query")}
            values[name] = str(TOO_BIG)
            url = _filled(path, values)
            query = {
                k: v
                for k, v in values.items()
                if k in {p["name"] for p in parameters if p["in"] == "query"}
            }
            answers = []
            for login in four.logins.values():
                response = await http.request(method.upper(), url, params=query, headers=login)
                answers.append(response)
                if response.status_code not in (401, 403):
                    break
            response = answers[-1]
            where = f"{service} {method.upper()} {path} {name}"
            assert response.status_code == 422, f"{where}: {response.status_code} {response.text}"
            problem = next(e for e in response.json()["detail"] if e["field"] == name)
            assert problem["in"] == place
            assert problem["message"].startswith("不能大于"), where
            walked += 1
    assert walked >= 7, "offsets, limits, submission numbers and diff bases of all four services"


async def test_a_multipart_body_that_cannot_be_taken_apart_is_a_chinese_422(
    system: RunningSystem,
) -> None:
    headers = await logged_in(
        system.intake, application_body(serial="955", name="坏表")["applicant"]
    )
    boundary = "ba2e150f0d1b87afa38f7fc69a580ae5"
    answer = await system.intake.post(
        "/photo-check",
        content=f"--{boundary}\r\n15.0--{boundary}--\r\n".encode(),
        headers={**headers, "content-type": f"multipart/form-data; boundary={boundary}"},
    )
    assert answer.status_code == 422, answer.text
    [problem] = answer.json()["detail"]
    assert problem["type"] == "body_unparsable"
    assert problem["message"].startswith("上传的表单内容格式不正确")
