"""Intake and review running in this process against real PostgreSQL and RabbitMQ: their HTTP
apps behind httpx clients, their workers (consumers + outbox relays) as tasks."""

import shutil
import tempfile
from collections.abc import AsyncIterator, Callable
from contextlib import AsyncExitStack, asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import httpx
from fastapi import FastAPI

from services.intake import bootstrap as intake_bootstrap
from services.intake.handlers.directory import keep_directory
from services.intake.main import create_app as create_intake_app
from services.intake.settings import IntakeSettings
from services.review import bootstrap as review_bootstrap
from services.review.main import create_app as create_review_app
from services.review.reference_data import ReferenceData
from services.review.settings import ReviewSettings
from services.review.views.published_directory import directory_published
from shared.contracts.registry import CONSUMERS
from shared.db.migrations import upgrade_async
from shared.messaging import Worker
from shared.messaging.topology import declare_topologies
from tests.support.infra import Databases
from tests.support.polling import eventually

TEST_AUTH_SECRET = "test-secret-for-signing-tokens-of-this-suite"
# several systems run at once in one session, each service with an API and a worker engine:
# small pools keep the whole suite well inside PostgreSQL's default 100 connections
SMALL_POOLS = {"db_pool_size": 2, "db_max_overflow": 8}


@dataclass
class RunningSystem:
    intake: httpx.AsyncClient
    review: httpx.AsyncClient
    intake_services: intake_bootstrap.IntakeServices
    review_services: review_bootstrap.ReviewServices
    intake_worker: Worker
    review_worker: Worker
    amqp_url: str


@asynccontextmanager
async def client(app: FastAPI, name: str) -> AsyncIterator[httpx.AsyncClient]:
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url=f"http://{name}") as client:
            yield client


def direct(database_url: str) -> str:
    return database_url


@asynccontextmanager
async def running_system(
    amqp_url: str,
    databases: Databases,
    *,
    reached_as: Callable[[str], str] = direct,
    declared: tuple[str, ...] | None = None,
    hand_directory: bool = False,
    **overrides: Any,
) -> AsyncIterator[RunningSystem]:
    """`reached_as` rewrites each database URL the services use (migrations go direct), e.g.
    through a TCP proxy that can play a database outage; `declared` names the services whose
    deployment step (their queues) has run (all by default). `hand_directory` gives intake
    review's directory as its consumer would keep it, for a system whose review cannot publish
    yet (it publishes nothing while a queue its events reach is missing)."""
    common = {"AMQP_URL": amqp_url, "AUTH_SECRET": TEST_AUTH_SECRET, **SMALL_POOLS, **overrides}
    storage_dir = tempfile.mkdtemp(prefix="intake-files-")  # uploaded files, gone afterwards
    intake_settings = IntakeSettings(
        database_url=await databases.create("intake"), **{"storage_dir": storage_dir, **common}
    )
    review_settings = ReviewSettings(database_url=await databases.create("review"), **common)
    await upgrade_async(intake_bootstrap.MIGRATIONS, intake_settings.database_url)
    await upgrade_async(review_bootstrap.MIGRATIONS, review_settings.database_url)
    await declare_every_queue(
        amqp_url, delivery_limit=intake_settings.delivery_limit, services=declared
    )
    intake_settings = intake_settings.model_copy(
        update={"database_url": reached_as(intake_settings.database_url)}
    )
    review_settings = review_settings.model_copy(
        update={"database_url": reached_as(review_settings.database_url)}
    )
    async with AsyncExitStack() as stack:
        stack.callback(shutil.rmtree, storage_dir, ignore_errors=True)
        intake_services = await intake_bootstrap.build(intake_settings)
        stack.push_async_callback(intake_services.aclose)
        review_services = await review_bootstrap.build(review_settings)
        stack.push_async_callback(review_services.aclose)
        workers = []
        for worker in (
            intake_bootstrap.build_worker(intake_services),
            review_bootstrap.build_worker(review_services),
        ):
            await worker.start()
            stack.push_async_callback(worker.stop)
            workers.append(worker)
        running = RunningSystem(
            intake=await stack.enter_async_context(
                client(create_intake_app(intake_settings), "intake")
            ),
            review=await stack.enter_async_context(
                client(create_review_app(review_settings), "review")
            ),
            intake_services=intake_services,
            review_services=review_services,
            intake_worker=workers[0],
            review_worker=workers[1],
            amqp_url=amqp_url,
        )
        if hand_directory:
            await directory_handed_to_intake(intake_services, review_services.reference)
        await directory_arrived(running.intake)
        yield running


async def directory_handed_to_intake(
    intake_services: intake_bootstrap.IntakeServices, reference: ReferenceData
) -> None:
    """Review's directory, kept by intake as its consumer keeps it, with no message between."""
    async with intake_services.uow_factory() as uow:
        await keep_directory(uow, directory_published(reference, now=datetime.now(UTC)))
        await uow.commit()


async def directory_arrived(intake: httpx.AsyncClient) -> None:
    """Waits until review's directory has reached intake: the employer step needs it."""

    async def arrived() -> bool:
        return (await intake.get("/directory")).status_code == 200

    await eventually(arrived, within=30.0, what="review's directory reaching intake")


async def declare_every_queue(
    amqp_url: str, *, delivery_limit: int, services: tuple[str, ...] | None = None
) -> None:
    """What the deployment does before any service starts (each service's `migrate`, or
    `make run`): every queue of registry.CONSUMERS and its bindings, whether or not that
    service runs in this test. Publishers wait until the queues their events reach exist."""
    names = sorted({q.service for q in CONSUMERS}) if services is None else services
    await declare_topologies(amqp_url, dict.fromkeys(names, delivery_limit))
