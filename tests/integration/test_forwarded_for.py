"""X-Forwarded-For names the client only when the proxy in front sent it (issue 11, point 5):
the API is served as `python -m services.<name> api` serves it (uvicorn, FORWARDED_ALLOW_IPS),
here with the gateway at 127.0.0.2. A client talking to the API directly with a forged header is
throttled as itself; the gateway's forwarded clients are told apart."""

import asyncio
import uuid
from pathlib import Path

import httpx
import pytest
import uvicorn
from pydantic import ValidationError

from deploy.gateway import create_gateway, server_options
from services.intake.settings import IntakeSettings
from tests.support.applications import fresh_application_body, logged_in
from tests.support.mail import free_port
from tests.support.polling import eventually
from tests.support.served import served
from tests.support.system import RunningSystem

GATEWAY = "127.0.0.2"


async def _failed_logins(http: httpx.AsyncClient, id_number: str, count: int) -> list[int]:
    statuses = []
    for n in range(count):
        forged = {"X-Forwarded-For": f"203.0.113.{n + 1}"}  # a new "client" each time
        answer = await http.post(
            "/accounts/token",
            json={"id_number": id_number, "password": f"wrong-{uuid.uuid4().hex}"},
            headers=forged,
        )
        statuses.append(answer.status_code)
        if answer.status_code == 429:
            assert int(answer.headers["Retry-After"]) > 0
    return statuses


async def test_a_forged_forwarded_for_does_not_make_a_direct_client_someone_else(
    system: RunningSystem,
) -> None:
    direct_victim = fresh_application_body(name="直连")["applicant"]
    proxied_victim = fresh_application_body(name="网关")["applicant"]
    for applicant in (direct_victim, proxied_victim):
        await logged_in(system.intake, applicant)
    settings = system.intake_services.settings.model_copy(update={"forwarded_allow_ips": GATEWAY})
    pair_limit = int(settings.login_failures_per_pair.split("/")[0])
    async with served(system.intake_app, settings) as url:
        async with httpx.AsyncClient(base_url=url) as direct:
            statuses = await _failed_logins(direct, direct_victim["id_number"], pair_limit + 1)
        # one client on one account: the pair limit, whatever address it claimed each time
        assert statuses == [401] * pair_limit + [429]

        through = httpx.AsyncHTTPTransport(local_address=GATEWAY)
        async with httpx.AsyncClient(base_url=url, transport=through) as gateway:
            statuses = await _failed_logins(gateway, proxied_victim["id_number"], pair_limit + 1)
        # the gateway's header is believed: so many clients, none over its own pair limit
        assert statuses == [401] * (pair_limit + 1)


def test_trusting_every_address_is_refused() -> None:
    with pytest.raises(ValidationError, match="FORWARDED_ALLOW_IPS"):
        IntakeSettings(database_url="sqlite+aiosqlite://", forwarded_allow_ips="*")
    assert IntakeSettings(database_url="sqlite+aiosqlite://").forwarded_allow_ips == "127.0.0.1"


async def test_the_gateway_passes_on_the_address_it_saw_not_the_one_a_browser_wrote(
    system: RunningSystem, tmp_path: Path
) -> None:
    """`make run`: the gateway (uvicorn, as deploy.gateway serves it) in front of intake, which
    believes its 127.0.0.1. A browser's own X-Forwarded-For is passed on, but the address the
    gateway appends is the one it saw: the guesser is throttled as itself."""
    victim = fresh_application_body(name="网门")["applicant"]
    await logged_in(system.intake, victim)
    settings = system.intake_services.settings
    pair_limit = int(settings.login_failures_per_pair.split("/")[0])
    async with served(system.intake_app, settings) as intake_url:
        port = free_port()
        gateway = create_gateway({"intake": intake_url}, tmp_path)
        server = uvicorn.Server(uvicorn.Config(gateway, **server_options("127.0.0.1", port)))
        task = asyncio.create_task(server.serve())

        async def started() -> bool:
            return bool(server.started)

        await eventually(started, what="the gateway started")
        try:
            async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}/api/intake") as web:
                statuses = await _failed_logins(web, victim["id_number"], pair_limit + 1)
        finally:
            server.should_exit = True
            await task
    assert statuses == [401] * pair_limit + [429]
