"""Notify's tests run review and notify on a vhost of their own (see tests/support/notify.py),
with a real SMTP server in this process and SMS written to notify's local sink. Every log line
of these tests is recorded as written, and at the end none may hold a full ID number or phone."""

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from tests.support.infra import Databases, vhost_of_its_own
from tests.support.logs import LogRecorder
from tests.support.mail import SmtpServer
from tests.support.notify import NotifySystem, running_notify_system

# what the tests put in front of notify and must never see again in full
PHONE = "13812345678"
ID_NUMBER = "330122198503121234"
FULL_FORMS = (PHONE, "8613812345678", ID_NUMBER)


def leaks(text: str) -> list[str]:
    return [form for form in FULL_FORMS if form in text]


@pytest.fixture(scope="package")
def log_recorder() -> Iterator[LogRecorder]:
    recorder = LogRecorder()
    recorder.install()
    yield recorder
    recorder.remove()
    leaked = [line for line in recorder.lines if leaks(line)]
    assert not leaked, f"log lines with a full ID number or phone: {leaked[:5]}"


@pytest.fixture(scope="session")
def notify_amqp_url() -> Iterator[str]:
    with vhost_of_its_own() as url:
        yield url


@pytest.fixture(scope="session")
def smtp(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SmtpServer]:
    server = SmtpServer(tmp_path_factory.mktemp("mail"))
    server.start()
    yield server
    server.stop()


@pytest.fixture(autouse=True)
def smtp_is_up(smtp: SmtpServer) -> None:
    """A test that took the SMTP server down leaves it down only for itself."""
    smtp.start()


@pytest.fixture(scope="package")
async def system(
    log_recorder: LogRecorder,
    notify_amqp_url: str,
    databases: Databases,
    smtp: SmtpServer,
    tmp_path_factory: pytest.TempPathFactory,
) -> AsyncIterator[NotifySystem]:
    sms_dir: Path = tmp_path_factory.mktemp("sms")
    async with running_notify_system(notify_amqp_url, databases, smtp, sms_dir) as running:
        yield running
