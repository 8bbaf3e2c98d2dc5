"""Review and notify running in this process on a vhost of their own, against real PostgreSQL,
RabbitMQ and an SMTP server started here; SMS go to notify's local sink (files). Intake is not
started: the tests publish the applicant's contact details as intake would."""

import asyncio
import uuid
from collections.abc import AsyncIterator, Callable
from contextlib import AsyncExitStack, asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx

from services.notify import bootstrap as notify_bootstrap
from services.notify.delivery import NotifyWorker
from services.notify.main import create_app as create_notify_app
from services.notify.settings import NotifySettings
from services.review import bootstrap as review_bootstrap
from services.review.main import create_app as create_review_app
from services.review.settings import ReviewSettings
from shared.auth import Audience, Tokens
from shared.contracts import ApplicantContactProvided, Contract, Envelope
from shared.db.migrations import upgrade_async
from shared.messaging import Worker
from tests.support import broker
from tests.support.infra import Databases
from tests.support.mail import SmtpServer
from tests.support.polling import eventually
from tests.support.system import (
    ONE_CLIENT_FOR_ALL,
    SMALL_POOLS,
    TEST_AUTH_SECRET,
    broker_login,
    client,
    declare_every_queue,
)

# fast enough for a test, slow enough to watch: tries at 0, 0.5, 1.5, 2.5 s, then failed
FAST_DELIVERY: dict[str, Any] = {
    "delivery_poll_seconds": 0.05,
    "retry_base_seconds": 0.5,
    "retry_max_seconds": 1.0,
    "max_attempts": 4,
    "lease_seconds": 3.0,
    "send_timeout_seconds": 2.0,
}


@dataclass
class NotifySystem:
    review: httpx.AsyncClient
    review_services: review_bootstrap.ReviewServices
    review_worker: Worker
    notify: httpx.AsyncClient
    notify_services: notify_bootstrap.NotifyServices
    notify_worker: NotifyWorker
    amqp_url: str
    smtp: SmtpServer
    sms_dir: Path


async def notify_settings(
    databases: Databases, amqp_url: str, smtp: SmtpServer, sms_dir: Path, **overrides: Any
) -> NotifySettings:
    settings = NotifySettings(
        database_url=await databases.create("notify"),
        smtp_host="127.0.0.1",
        smtp_port=smtp.port,
        sms_dir=sms_dir,
        **{
            "AUTH_SECRET": TEST_AUTH_SECRET,
            **SMALL_POOLS,
            **FAST_DELIVERY,
            **broker_login(amqp_url, "notify"),
            **overrides,
        },
    )
    await upgrade_async(notify_bootstrap.MIGRATIONS, settings.database_url)
    return settings


@asynccontextmanager
async def running_notify_system(
    amqp_url: str, databases: Databases, smtp: SmtpServer, sms_dir: Path
) -> AsyncIterator[NotifySystem]:
    common = {
        "AUTH_SECRET": TEST_AUTH_SECRET,
        **SMALL_POOLS,
        **ONE_CLIENT_FOR_ALL,
    }
    review_settings = ReviewSettings(
        database_url=await databases.create("review"), **common, **broker_login(amqp_url, "review")
    )
    await upgrade_async(review_bootstrap.MIGRATIONS, review_settings.database_url)
    settings = await notify_settings(databases, amqp_url, smtp, sms_dir)
    await declare_every_queue(amqp_url, delivery_limit=review_settings.delivery_limit)
    async with AsyncExitStack() as stack:
        review_services = await review_bootstrap.build(review_settings)
        stack.push_async_callback(review_services.aclose)
        notify_services = await notify_bootstrap.build(settings)
        stack.push_async_callback(notify_services.aclose)
        review_worker = review_bootstrap.build_worker(review_services)
        notify_worker = notify_bootstrap.build_worker(notify_services)
        for worker in (notify_worker, review_worker):
            await worker.start()
            stack.push_async_callback(worker.stop)
        await units_known(notify_services)
        yield NotifySystem(
            review=await stack.enter_async_context(
                client(create_review_app(review_settings), "review")
            ),
            review_services=review_services,
            review_worker=review_worker,
            notify=await stack.enter_async_context(client(create_notify_app(settings), "notify")),
            notify_services=notify_services,
            notify_worker=notify_worker,
            amqp_url=amqp_url,
            smtp=smtp,
            sms_dir=sms_dir,
        )


async def units_known(services: notify_bootstrap.NotifyServices) -> None:
    """Waits until review's directory has reached notify: units' addresses come from it only."""

    async def known() -> bool:
        async with services.uow_factory() as uow:
            return await uow.units.email_of("330106.county_hr") is not None

    await eventually(known, within=30.0, what="review's directory reaching notify")


async def publish(
    amqp_url: str,
    event: Contract,
    *,
    sequence: int | None = None,
    times: int = 1,
    envelope: Envelope | None = None,
) -> Envelope:
    """Publishes `event` (the same envelope, `times` times) as its producer would."""
    envelope = envelope or Envelope.wrap(
        event, occurred_at=datetime.now(UTC), correlation_id=uuid.uuid4(), sequence=sequence
    )
    async with broker.channel(amqp_url) as chan:
        for _ in range(times):
            await broker.publish_raw(
                chan,
                event.routing_key(),
                envelope.model_dump_json().encode(),
                message_id=str(envelope.message_id),
            )
    return envelope


def contact_event(
    application_id: str | uuid.UUID,
    *,
    phone: str = "13812345678",
    email: str | None = "zhang3@example.com",
    name: str = "张三",
    submission: int = 1,
) -> ApplicantContactProvided:
    return ApplicantContactProvided(
        application_id=uuid.UUID(str(application_id)),
        submission=submission,
        applicant_name=name,
        phone=phone,
        email=email,
        provided_at=datetime.now(UTC),
    )


def tokens() -> Tokens:
    return Tokens(TEST_AUTH_SECRET, ttl=timedelta(minutes=30), clock=lambda: datetime.now(UTC))


def operator_headers(account_id: uuid.UUID | None = None, version: int = 1) -> dict[str, str]:
    token, _ = tokens().issue(
        account_id=account_id or uuid.uuid4(), audience=Audience.admin, token_version=version
    )
    return {"Authorization": f"Bearer {token}"}


def department_headers(
    organisation: str, account_id: uuid.UUID | None = None, version: int = 1
) -> dict[str, str]:
    token, _ = tokens().issue(
        account_id=account_id or uuid.uuid4(),
        audience=Audience.department,
        token_version=version,
        organisation=organisation,
    )
    return {"Authorization": f"Bearer {token}"}


async def notices(
    system: NotifySystem, application_id: str | uuid.UUID, **params: Any
) -> list[dict[str, Any]]:
    """The application's notices, as the operator's API lists them."""
    response = await system.notify.get(
        "/notices",
        params={"application_id": str(application_id), "limit": 200, **params},
        headers=operator_headers(),
    )
    assert response.status_code == 200, response.text
    return list(response.json()["items"])


async def settled(
    system: NotifySystem,
    application_id: str | uuid.UUID,
    *,
    count: int,
    done: Callable[[dict[str, Any]], bool] = lambda n: n["status"] in ("sent", "skipped"),
    within: float = 15.0,
) -> list[dict[str, Any]]:
    """The application's `count` notices once each of them is `done`."""
    deadline = asyncio.get_running_loop().time() + within
    while True:
        found = await notices(system, application_id)
        if len(found) >= count and all(done(n) for n in found):
            return found
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"notices of {application_id} never settled: {found}")
        await asyncio.sleep(0.05)


def sms_files(system: NotifySystem) -> list[Path]:
    return sorted(system.sms_dir.glob("*.json")) if system.sms_dir.exists() else []


@asynccontextmanager
async def smtp_answering_try_later(system: NotifySystem) -> AsyncIterator[None]:
    """In the SMTP server's place, one that answers every connection 421 (try later): reached,
    and refusing, which uses up a try each time."""

    async def greet(_reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        writer.write(b"421 4.3.2 Service not available, try later\r\n")
        await writer.drain()
        writer.close()

    system.smtp.stop()
    server = await asyncio.start_server(greet, "127.0.0.1", system.smtp.port)
    try:
        yield
    finally:
        server.close()
        await server.wait_closed()
