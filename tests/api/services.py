"""The four services as schemathesis meets them: each app in-process on its own PostgreSQL
database (and the session's RabbitMQ vhost), with real accounts and their tokens: an applicant,
a department of every role, the operator, and nobody at all."""

import tempfile
import uuid
from collections.abc import AsyncIterator, Callable
from contextlib import AsyncExitStack, asynccontextmanager
from dataclasses import dataclass
from typing import Any

from fastapi import FastAPI

from services.committee import bootstrap as committee_bootstrap
from services.committee.main import create_app as create_committee_app
from services.committee.settings import CommitteeSettings
from services.intake import bootstrap as intake_bootstrap
from services.intake.main import create_app as create_intake_app
from services.intake.settings import IntakeSettings
from services.notify import bootstrap as notify_bootstrap
from services.notify.main import create_app as create_notify_app
from services.notify.settings import NotifySettings
from services.review import bootstrap as review_bootstrap
from services.review.commands import CreateAccount
from services.review.domain.accounts import AccountKind
from services.review.handlers.accounts import create_account
from services.review.main import create_app as create_review_app
from services.review.settings import ReviewSettings
from shared.db.migrations import upgrade_async
from shared.settings import ServiceSettings
from tests.support.applications import application_body, logged_in
from tests.support.infra import Databases
from tests.support.phone_codes import StoredCodes, read_codes_with
from tests.support.system import (
    SMALL_POOLS,
    TEST_AUTH_SECRET,
    client,
    directory_handed_to_intake,
)

APPS: dict[str, Callable[..., FastAPI]] = {
    "intake": create_intake_app,
    "review": create_review_app,
    "committee": create_committee_app,
    "notify": create_notify_app,
}
# one organisation of every role, by the directory's codes
ROLE_ORGANISATIONS = {
    "county_hr": "330106.county_hr",
    "city_bureau": "330100.city_bureau",
    "city_hr": "330100.city_hr",
    "provincial_unit": "pu.zjjg",
    "provincial_authority": "330000.jst",
    "talent_center": "330100.talent_center",
    "mid_committee_office": "mid.3301",
    "senior_committee_office": "senior.construction",
}


@dataclass(frozen=True)
class Caller:
    """Who a case is sent as: a label for failure reports and the headers that say so."""

    label: str
    headers: dict[str, str]


@dataclass
class Services:
    apps: dict[str, FastAPI]
    callers: list[Caller]


def _bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


@asynccontextmanager
async def services_under_test(amqp_url: str, databases: Databases) -> AsyncIterator[Services]:
    common: dict[str, Any] = {"AMQP_URL": amqp_url, "AUTH_SECRET": TEST_AUTH_SECRET, **SMALL_POOLS}
    storage = tempfile.mkdtemp(prefix="api-intake-files-")
    sms = tempfile.mkdtemp(prefix="api-notify-sms-")
    settings: dict[str, ServiceSettings] = {
        "intake": IntakeSettings(
            database_url=await databases.create("api_intake"), storage_dir=storage, **common
        ),
        "review": ReviewSettings(database_url=await databases.create("api_review"), **common),
        "committee": CommitteeSettings(
            database_url=await databases.create("api_committee"), **common
        ),
        "notify": NotifySettings(
            database_url=await databases.create("api_notify"), sms_dir=sms, **common
        ),
    }
    migrations = {
        "intake": intake_bootstrap.MIGRATIONS,
        "review": review_bootstrap.MIGRATIONS,
        "committee": committee_bootstrap.MIGRATIONS,
        "notify": notify_bootstrap.MIGRATIONS,
    }
    for name, config in settings.items():
        await upgrade_async(migrations[name], config.database_url)
    callers = [Caller("nobody", {})]
    async with AsyncExitStack() as stack:
        intake = await stack.enter_async_context(
            client(create_intake_app(settings["intake"]), "intake")
        )
        intake_services = await intake_bootstrap.build(settings["intake"])  # type: ignore[arg-type]
        stack.push_async_callback(intake_services.aclose)
        # no worker, no notify: the applicant's SMS code is placed where intake keeps codes
        read_codes_with(intake, StoredCodes(intake_services))
        applicant = application_body(serial="901", name="接口测试")
        headers = await logged_in(intake, applicant["applicant"])
        draft = await intake.post("/applications", headers=headers)
        assert draft.status_code == 201, draft.text
        callers.append(Caller("applicant", headers))
        review = await stack.enter_async_context(
            client(create_review_app(settings["review"]), "review")
        )
        review_services = await review_bootstrap.build(settings["review"])  # type: ignore[arg-type]
        stack.push_async_callback(review_services.aclose)
        # no worker runs here: without the directory the employer step rightly answers 503
        await directory_handed_to_intake(intake_services, review_services.reference)
        accounts = [
            (f"dept-{role}", AccountKind.department, org)
            for role, org in ROLE_ORGANISATIONS.items()
        ]
        for label, kind, organisation in [*accounts, ("operator", AccountKind.admin, None)]:
            username = f"api{uuid.uuid4().hex[:10]}"
            password = f"Api-{uuid.uuid4().hex}-口令"
            command = CreateAccount(username, "接口测试", kind, organisation, password)
            async with review_services.transaction() as uow:
                await create_account(uow, command, review_services.reference)
            login = await review.post(
                "/auth/login", json={"username": username, "password": password}
            )
            assert login.status_code == 200, login.text
            callers.append(Caller(label, _bearer(login.json()["access_token"])))
    apps = {name: APPS[name](config) for name, config in settings.items()}
    yield Services(apps=apps, callers=callers)
