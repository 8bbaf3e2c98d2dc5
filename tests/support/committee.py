"""The committee service running in this process beside intake and review: its app behind an
httpx client, its worker as tasks; office and senior-office accounts logged in through review."""

from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager
from dataclasses import dataclass
from typing import Any

import httpx

from services.committee import bootstrap
from services.committee.main import create_app
from services.committee.settings import CommitteeSettings
from shared.db.migrations import upgrade_async
from tests.support.departments import Department, department
from tests.support.infra import Databases
from tests.support.system import (
    SMALL_POOLS,
    TEST_AUTH_SECRET,
    RunningSystem,
    broker_login,
    client,
)


@dataclass
class CommitteeSystem:
    base: RunningSystem
    client: httpx.AsyncClient
    services: bootstrap.CommitteeServices

    async def office(self, organisation_code: str) -> Department:
        """A logged-in account of a committee office, acting on the committee service."""
        account = await department(self.base, organisation_code)
        return Department(organisation_code, account.name, account.headers, self.client)


@asynccontextmanager
async def running_committee(
    base: RunningSystem, databases: Databases, **overrides: Any
) -> AsyncIterator[CommitteeSystem]:
    # the tests' clock is the real one: only the applicants a 公示 lists are held by it (a test
    # moves a period's dates into the past to see it end)
    settings = CommitteeSettings(
        database_url=await databases.create("committee"),
        AUTH_SECRET=TEST_AUTH_SECRET,
        **{
            **SMALL_POOLS,
            **broker_login(base.amqp_url, "committee"),
            "publicity_required": False,
            **overrides,
        },
    )
    await upgrade_async(bootstrap.MIGRATIONS, settings.database_url)
    async with AsyncExitStack() as stack:
        services = await bootstrap.build(settings)
        stack.push_async_callback(services.aclose)
        worker = bootstrap.build_worker(services)
        await worker.start()
        stack.push_async_callback(worker.stop)
        http = await stack.enter_async_context(client(create_app(settings), "committee"))
        yield CommitteeSystem(base, http, services)
