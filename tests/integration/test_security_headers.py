"""Security headers on every answer of the running services and of the gateway in front of them
(issue 11, point 13), and /docs served only where the setting allows it. nginx's copy:
tests/deploy/test_nginx_headers.py; the pages working under their policy: the browser tests
(a CSP violation is a console error, which fails every browser test)."""

from pathlib import Path

import httpx
import pytest

from deploy.gateway import create_gateway
from services.intake.main import create_app as create_intake_app
from shared.security_headers import DOCS_POLICY, HSTS, PAGE_POLICY, WEB_POLICY
from tests.support.applications import PASSWORD, application_body, logged_in
from tests.support.mail import free_port
from tests.support.served import served
from tests.support.system import RunningSystem, client


def _assert_guarded(response: httpx.Response) -> None:
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["x-frame-options"] == "DENY"
    assert "frame-ancestors 'none'" in response.headers["content-security-policy"]
    assert response.headers["cache-control"] == "no-store"
    assert "strict-transport-security" not in response.headers, "plain HTTP: no HSTS"


@pytest.mark.parametrize("service", ["intake", "review"])
@pytest.mark.parametrize("path", ["/health", "/no-such-page", "/accounts/token"])
async def test_every_answer_carries_the_headers(
    system: RunningSystem, service: str, path: str
) -> None:
    http = system.intake if service == "intake" else system.review
    response = await (http.post(path, json={}) if path == "/accounts/token" else http.get(path))
    _assert_guarded(response)
    assert response.headers["content-security-policy"] == PAGE_POLICY
    assert "script-src 'self'" in PAGE_POLICY


async def test_a_token_and_personal_data_are_never_cached(system: RunningSystem) -> None:
    body = application_body(serial="880", name="头一")
    headers = await logged_in(system.intake, body["applicant"])
    login = await system.intake.post(
        "/accounts/token", json={"id_number": body["applicant"]["id_number"], "password": PASSWORD}
    )
    assert "access_token" in login.json()
    _assert_guarded(login)
    mine = await system.intake.get("/accounts/me", headers=headers)
    _assert_guarded(mine)


async def test_hsts_is_sent_when_the_request_came_over_tls(system: RunningSystem) -> None:
    response = await system.intake.get("https://intake/health")  # the gateway's scheme
    assert response.status_code == 200
    assert response.headers["strict-transport-security"] == HSTS


async def test_docs_are_served_in_development_with_a_policy_that_lets_them_load(
    system: RunningSystem,
) -> None:
    docs = await system.intake.get("/docs")
    assert docs.status_code == 200
    assert docs.headers["content-security-policy"] == DOCS_POLICY
    assert (await system.intake.get("/openapi.json")).status_code == 200


async def test_docs_are_not_served_when_the_setting_turns_them_off(system: RunningSystem) -> None:
    settings = system.intake_services.settings.model_copy(update={"api_docs": False})
    async with client(create_intake_app(settings), "intake") as production:
        for path in ("/docs", "/redoc", "/openapi.json"):
            hidden = await production.get(path)
            assert hidden.status_code == 404, path
            _assert_guarded(hidden)
        assert (await production.get("/health")).status_code == 200


async def test_the_gateway_guards_the_pages_and_passes_each_services_headers_on(
    system: RunningSystem, tmp_path: Path
) -> None:
    """What `make run` serves (deploy/gateway.py): the pages under the policy they work with,
    intake's answers through it with intake's own headers (a token never cached), and the
    gateway's own answers (no such service, a service that does not answer) guarded too."""
    (tmp_path / "admin").mkdir()
    (tmp_path / "index.html").write_text("<p>申报人</p>", encoding="utf-8")
    (tmp_path / "admin" / "index.html").write_text("<p>管理端</p>", encoding="utf-8")
    settings = system.intake_services.settings
    async with served(system.intake_app, settings) as intake_url:
        upstreams = {"intake": intake_url, "review": f"http://127.0.0.1:{free_port()}"}
        async with client(create_gateway(upstreams, tmp_path), "gateway") as gateway:
            for path in ("/", "/admin/cases/1", "/portal/progress"):
                page = await gateway.get(path)
                assert page.status_code == 200
                assert page.headers["content-security-policy"] == WEB_POLICY, path
                assert page.headers["x-content-type-options"] == "nosniff"
                assert page.headers["x-frame-options"] == "DENY"
                assert page.headers["cache-control"] == "no-cache"
            body = application_body(serial="881", name="网关")
            await logged_in(system.intake, body["applicant"])  # registered directly
            login = await gateway.post(
                "/api/intake/accounts/token",
                json={"id_number": body["applicant"]["id_number"], "password": PASSWORD},
            )
            assert "access_token" in login.json()
            _assert_guarded(login)
            assert login.headers["content-security-policy"] == PAGE_POLICY
            assert len(login.headers.get_list("x-frame-options")) == 1
            for own in ("/api/nobody/health", "/api/review/health"):
                answer = await gateway.get(own)
                assert answer.status_code in (404, 503), own
                _assert_guarded(answer)
