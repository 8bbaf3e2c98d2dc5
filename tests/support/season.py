"""Intake, review and notify in this process, and a stream of applicants submitting while the
first department refuses each case as it arrives: the load the fault tests run under.

Clients behave as real ones do: a 503 is waited out (Retry-After) and the same request sent
again under the same Idempotency-Key; anything else unexpected fails the test."""

import asyncio
import tempfile
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import AsyncExitStack, asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from services.notify import bootstrap as notify_bootstrap
from services.notify.delivery import NotifyWorker
from services.notify.main import create_app as create_notify_app
from services.notify.settings import NotifySettings
from tests.support.applications import application_body, prepared
from tests.support.departments import Department, department
from tests.support.infra import Databases
from tests.support.mail import SmtpServer
from tests.support.notify import notify_settings
from tests.support.system import RunningSystem, client, direct, running_system

FIRST_STAGE = "330106.county_hr"
REASON = "综合表与评审表中的现从事专业不一致"
GIVEN = "一二三四五六七八九十"


@dataclass
class Answers:
    """What the APIs answered while the database was away."""

    unavailable: list[httpx.Response] = field(default_factory=list)


@dataclass
class WholeSystem:
    base: RunningSystem
    notify_settings: NotifySettings
    smtp: SmtpServer
    sms_dir: Path
    stack: AsyncExitStack
    notify: httpx.AsyncClient | None = None
    notify_services: notify_bootstrap.NotifyServices | None = None
    notify_worker: NotifyWorker | None = None

    async def start_notify(self) -> None:
        services = await notify_bootstrap.build(self.notify_settings)
        self.stack.push_async_callback(services.aclose)
        worker = notify_bootstrap.build_worker(services)
        await worker.start()
        self.stack.push_async_callback(worker.stop)
        self.notify_services, self.notify_worker = services, worker
        self.notify = await self.stack.enter_async_context(
            client(create_notify_app(self.notify_settings), "notify")
        )


@asynccontextmanager
async def whole_system(
    amqp_url: str,
    databases: Databases,
    *,
    reached_as: Callable[[str], str] = direct,
    notify_now: bool = True,
    declared: tuple[str, ...] | None = None,
    hand_directory: bool = False,
    **overrides: Any,
) -> AsyncIterator[WholeSystem]:
    """`overrides`: settings of intake and review (e.g. review's chase_every_seconds)."""
    scratch = Path(tempfile.mkdtemp(prefix="season-"))
    smtp = SmtpServer(scratch / "mail")
    smtp.start()
    # the production send timeout: with the fault tests' 2 s, a loaded machine's slow SMTP
    # exchange times out after the server took the mail, and the retry sends it again (the one
    # window SMTP leaves, README "What a notice promises") — not what these tests are about
    settings = await notify_settings(
        databases, amqp_url, smtp, scratch / "sms", send_timeout_seconds=30.0, lease_seconds=60.0
    )
    settings = settings.model_copy(update={"database_url": reached_as(settings.database_url)})
    async with AsyncExitStack() as stack:
        stack.callback(smtp.stop)
        base = await stack.enter_async_context(
            running_system(
                amqp_url,
                databases,
                reached_as=reached_as,
                declared=declared,
                hand_directory=hand_directory,
                **overrides,
            )
        )
        system = WholeSystem(base, settings, smtp, scratch / "sms", stack)
        if notify_now:
            await system.start_notify()
        yield system


@dataclass
class Applicant:
    body: dict[str, Any]
    headers: dict[str, str]
    application_id: str


async def applicants(system: WholeSystem, count: int, *, serial: int) -> list[Applicant]:
    """`count` complete drafts, not yet submitted (ID serials from `serial` on)."""
    ready = []
    for i in range(count):
        body = application_body(serial=f"{serial + i:03d}", name=f"王{GIVEN[i % 10]}{i // 10}")
        body["applicant"]["email"] = f"applicant{serial + i}@example.com"
        headers, application_id = await prepared(system.base.intake, body)
        ready.append(Applicant(body, headers, application_id))
    return ready


async def answered(
    send: Callable[[dict[str, str]], Awaitable[httpx.Response]], answers: Answers
) -> httpx.Response:
    """Sends until the answer is not a 503, waiting as Retry-After says (at most 1 s here)."""
    key = {"Idempotency-Key": uuid.uuid4().hex}
    while True:
        response = await send(key)
        if response.status_code != 503:
            return response
        answers.unavailable.append(response)
        await asyncio.sleep(min(float(response.headers["Retry-After"]), 1.0))


async def submit_all(
    system: WholeSystem, people: list[Applicant], answers: Answers, *, spacing: float
) -> None:
    intake = system.base.intake
    for person in people:
        path = f"/applications/{person.application_id}/submit"
        response = await answered(
            lambda key, p=path, h=person.headers: intake.post(p, headers=h | key), answers
        )
        assert response.status_code == 202, response.text
        await asyncio.sleep(spacing)


async def refuse_all(system: WholeSystem, people: list[Applicant], answers: Answers) -> None:
    """The first department refuses (不予接收) each application as it arrives."""
    clerk = await department(system.base, FIRST_STAGE)
    waiting = {p.application_id for p in people}
    while waiting:
        listed = await answered(
            lambda key: clerk.get("/cases", params={"list": "personal", "limit": 200}), answers
        )
        assert listed.status_code == 200, listed.text
        for item in listed.json()["items"]:
            if item["application_id"] in waiting:
                await _refuse(clerk, item["case_id"], answers)
                waiting.discard(item["application_id"])
        await asyncio.sleep(0.3)


async def _refuse(clerk: Department, case_id: str, answers: Answers) -> None:
    response = await answered(
        lambda key: clerk.post(f"/cases/{case_id}/refuse", json={"reason": REASON}, headers=key),
        answers,
    )
    assert response.status_code == 200, response.text
