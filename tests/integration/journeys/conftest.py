"""The whole system in this process, on a vhost of its own: intake, review, the committee and
notify, with a real SMTP server and notify's SMS sink. Users are driven only through the APIs."""

import contextlib
import tempfile
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from services.notify import bootstrap as notify_bootstrap
from services.notify.main import create_app as create_notify_app
from services.notify.settings import NotifySettings
from tests.support.committee import CommitteeSystem, running_committee
from tests.support.infra import Databases, vhost_of_its_own
from tests.support.mail import SmtpServer
from tests.support.notify import notify_settings
from tests.support.system import RunningSystem, client, running_system


@dataclass
class Everything:
    committee: CommitteeSystem
    notify: httpx.AsyncClient
    smtp: SmtpServer
    sms_dir: Path
    notify_settings: NotifySettings

    @property
    def base(self) -> RunningSystem:
        """Intake and review."""
        return self.committee.base


@pytest.fixture(scope="session")
def journeys_amqp_url() -> Iterator[str]:
    with vhost_of_its_own() as url:
        yield url


@pytest.fixture(scope="session")
async def everything(journeys_amqp_url: str, databases: Databases) -> AsyncIterator[Everything]:
    scratch = Path(tempfile.mkdtemp(prefix="journeys-"))
    smtp = SmtpServer(scratch / "mail")
    smtp.start()
    settings = await notify_settings(databases, journeys_amqp_url, smtp, scratch / "sms")
    async with contextlib.AsyncExitStack() as stack:
        stack.callback(smtp.stop)
        # the deployment's order: every queue declared (running_system) before a consumer
        # starts; notify consuming from quorum queues while they were being declared went
        # with RabbitMQ 3.10 wedging, three times out of three
        base = await stack.enter_async_context(running_system(journeys_amqp_url, databases))
        services = await notify_bootstrap.build(settings)
        stack.push_async_callback(services.aclose)
        worker = notify_bootstrap.build_worker(services)
        await worker.start()
        stack.push_async_callback(worker.stop)
        notify = await stack.enter_async_context(client(create_notify_app(settings), "notify"))
        committee = await stack.enter_async_context(running_committee(base, databases))
        yield Everything(committee, notify, smtp, scratch / "sms", settings)
