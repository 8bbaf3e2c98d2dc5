"""Logged-in department and operator clients for review's API, and applications submitted to
review the way intake does it: an ApplicationSubmitted event on the broker."""

import asyncio
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import httpx

from services.review.commands import CreateAccount
from services.review.domain.accounts import AccountKind
from services.review.handlers.accounts import create_account
from shared.contracts import ApplicantSummary, ApplicationSubmitted, EmployerFacts, Envelope
from shared.contracts.regions import region_level
from shared.contracts.vocabulary import Level
from tests.support import broker
from tests.support.forms import forms_snapshot
from tests.support.polling import eventually
from tests.support.system import RunningSystem


@dataclass
class Department:
    """A logged-in account of one organisation: `await dept.post(...)` acts as it."""

    organisation_code: str
    name: str
    headers: dict[str, str]
    client: httpx.AsyncClient

    async def get(self, path: str, **kwargs: Any) -> httpx.Response:
        return await self.client.get(path, headers=self.headers, **kwargs)

    async def post(self, path: str, **kwargs: Any) -> httpx.Response:
        headers = self.headers | kwargs.pop("headers", {})
        return await self.client.post(path, headers=headers, **kwargs)

    async def put(self, path: str, **kwargs: Any) -> httpx.Response:
        headers = self.headers | kwargs.pop("headers", {})
        return await self.client.put(path, headers=headers, **kwargs)

    async def list(self, which: str, **params: Any) -> dict[str, Any]:
        response = await self.get("/cases", params={"list": which, "limit": 200, **params})
        assert response.status_code == 200, response.text
        return dict(response.json())

    async def find(self, which: str, application_id: str) -> dict[str, Any] | None:
        """The application's row, looked for among the newest arrivals (a list longer than a
        page, as the benchmark's, keeps the oldest first by default)."""
        items = (await self.list(which, sort="-arrived"))["items"]
        return next((i for i in items if i["application_id"] == application_id), None)


_logged_in: dict[tuple[int, str], Department] = {}


async def department(system: RunningSystem, organisation_code: str) -> Department:
    """A logged-in account of the organisation (one per organisation and system)."""
    key = (id(system), organisation_code)
    if key not in _logged_in:
        username = f"u{uuid.uuid4().hex[:10]}"
        password = await new_account(system, username, AccountKind.department, organisation_code)
        token = await log_in(system, username, password)
        _logged_in[key] = Department(
            organisation_code, username, {"Authorization": f"Bearer {token}"}, system.review
        )
    return _logged_in[key]


async def operator(system: RunningSystem) -> Department:
    """A logged-in operator (系统管理员) account."""
    key = (id(system), "<admin>")
    if key not in _logged_in:
        username = f"ops{uuid.uuid4().hex[:10]}"
        password = await new_account(system, username, AccountKind.admin, None)
        token = await log_in(system, username, password)
        _logged_in[key] = Department(
            "", username, {"Authorization": f"Bearer {token}"}, system.review
        )
    return _logged_in[key]


async def new_account(
    system: RunningSystem, username: str, kind: AccountKind, organisation_code: str | None
) -> str:
    """Creates the account as the operator's command line does; returns its password."""
    services = system.review_services
    command = CreateAccount(username, f"测试{username[-4:]}", kind, organisation_code)
    async with services.transaction() as uow:
        _, password = await create_account(uow, command, services.reference)
    return password


async def log_in(system: RunningSystem, username: str, password: str) -> str:
    response = await system.review.post(
        "/auth/login", json={"username": username, "password": password}
    )
    assert response.status_code == 200, response.text
    return str(response.json()["access_token"])


def submitted_event(
    *,
    kind: str = "public",
    region_code: str = "330106",
    unit_code: str | None = None,
    name: str = "张三",
    employer: str = "某某建设有限公司",
    submission: int = 1,
    application_id: uuid.UUID | None = None,
    profession: str = "建筑工程施工",
) -> ApplicationSubmitted:
    return ApplicationSubmitted(
        application_id=application_id or uuid.uuid4(),
        submission=submission,
        applicant=ApplicantSummary(name=name, id_number_masked="330106************"),
        employer=EmployerFacts(
            name=employer,
            ownership=kind,
            level=region_level(region_code) or Level.province,
            region_code=region_code,
            unit_code=unit_code,
        ),
        submitted_at=datetime.now(UTC),
        forms=forms_snapshot(name=name, employer=employer, current_profession=profession),
    )


async def submit_to_review(
    system: RunningSystem, event: ApplicationSubmitted, *, sequence: int = 1
) -> str:
    """Publishes the submission as intake would; returns the application id."""
    await publish_submissions(system.amqp_url, [event], sequence=sequence)
    return str(event.application_id)


async def publish_submissions(
    amqp_url: str, events: list[ApplicationSubmitted], *, sequence: int = 1
) -> None:
    """Publishes submissions as intake would, on one channel, each confirmed."""

    async def one(chan: Any, event: ApplicationSubmitted) -> None:
        envelope = Envelope.wrap(
            event, occurred_at=datetime.now(UTC), correlation_id=uuid.uuid4(), sequence=sequence
        )
        await broker.publish_raw(
            chan,
            event.routing_key(),
            envelope.model_dump_json().encode(),
            message_id=str(envelope.message_id),
        )

    async with broker.channel(amqp_url) as chan:
        await asyncio.gather(*(one(chan, event) for event in events))


async def arrived(dept: Department, which: str, application_id: str) -> dict[str, Any]:
    """The application's row in the department's list, once it is there."""
    return await eventually(
        lambda: dept.find(which, application_id), what=f"{application_id} in {which} list"
    )


async def approve_and_forward(
    system: RunningSystem, organisation: str, application_id: str, *, first: bool
) -> None:
    """One department's whole stage: receive, paper check, agree, forward."""
    dept = await department(system, organisation)
    row = await arrived(dept, "personal" if first else "unit", application_id)
    for action, body in (
        ("receive", None),
        ("paper-check", {"note": "纸质材料齐全，与电子材料一致"}),
        ("opinion", {"decision": "agree", "text": "同意报送", "signer": "审核员甲"}),
        ("forward", None),
    ):
        response = await dept.post(f"/cases/{row['case_id']}/{action}", json=body)
        assert response.status_code == 200, (organisation, action, response.text)


async def through_review(
    system: RunningSystem, event: ApplicationSubmitted, stages: list[str]
) -> str:
    """Submits and has every review stage approve and forward: the case reaches its office."""
    application_id = await submit_to_review(system, event)
    for position, organisation in enumerate(stages, start=1):
        await approve_and_forward(system, organisation, application_id, first=position == 1)
    return application_id
