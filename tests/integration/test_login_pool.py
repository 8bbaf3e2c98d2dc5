"""Logins waiting for their password hash hold no database connection (issue 11, point 4): an
API with a pool of one connection (and a 1 s wait for it before a request is shed with 503)
takes several concurrent logins, each a real argon2 check on the two hashing threads, while
another request of the same API answers at once. Before, each login kept its connection
through the hash, and the others waited past the pool's timeout."""

import asyncio
import time
import uuid
from collections.abc import Awaitable

import httpx

from services.intake.main import create_app as create_intake_app
from services.review.domain.accounts import AccountKind
from services.review.main import create_app as create_review_app
from tests.support.applications import PASSWORD, application_body, logged_in
from tests.support.departments import log_in, new_account
from tests.support.system import RunningSystem, client

POOL_OF_ONE = {"db_pool_size": 1, "db_max_overflow": 0, "db_pool_timeout": 1.0}
LOGINS = 4  # twice the hashing threads: two of them wait for a thread


async def _meanwhile(
    logins: list[asyncio.Task[httpx.Response]], other: Awaitable[httpx.Response]
) -> tuple[list[int], int, float]:
    """Once every login has read its account and waits for its hash, the other request: the
    logins' statuses, the other's, and how long it took."""
    await asyncio.sleep(0.3)
    started = time.monotonic()
    answer = await other
    took = time.monotonic() - started
    return [(await login).status_code for login in logins], answer.status_code, took


async def test_applicant_logins_waiting_for_their_hash_leave_the_pool_to_others(
    system: RunningSystem,
) -> None:
    applicants = [
        application_body(serial=f"86{n}", name=f"池{'一二三四五'[n]}")["applicant"]
        for n in range(LOGINS + 1)
    ]
    for applicant in applicants:
        await logged_in(system.intake, applicant)
    me = await logged_in(system.intake, applicants[-1])
    settings = system.intake_services.settings.model_copy(update=POOL_OF_ONE)
    async with client(create_intake_app(settings), "intake") as intake:
        logins = [
            asyncio.create_task(
                intake.post(
                    "/accounts/token",
                    json={"id_number": a["id_number"], "password": PASSWORD},
                )
            )
            for a in applicants[:LOGINS]
        ]
        other = intake.get("/accounts/me", headers=me)
        statuses, other_status, took = await _meanwhile(logins, other)
    assert statuses == [200] * LOGINS
    assert other_status == 200
    assert took < 1.0, f"the other request waited {took:.2f}s for a connection"


async def test_department_logins_waiting_for_their_hash_leave_the_pool_to_others(
    system: RunningSystem,
) -> None:
    accounts = []
    for _ in range(LOGINS + 1):
        username = f"pl{uuid.uuid4().hex[:8]}"
        password = await new_account(system, username, AccountKind.department, "330106.county_hr")
        accounts.append((username, password))
    me = {"Authorization": f"Bearer {await log_in(system, *accounts[-1])}"}
    settings = system.review_services.settings.model_copy(update=POOL_OF_ONE)
    async with client(create_review_app(settings), "review") as review:
        logins = [
            asyncio.create_task(
                review.post("/auth/login", json={"username": name, "password": password})
            )
            for name, password in accounts[:LOGINS]
        ]
        other = review.get("/auth/me", headers=me)
        statuses, other_status, took = await _meanwhile(logins, other)
    assert statuses == [200] * LOGINS
    assert other_status == 200
    assert took < 1.0, f"the other request waited {took:.2f}s for a connection"
