"""`make run` as a newcomer sees the notices: notify runs with the others, a local SMTP server
keeps each mail as a file under var/mail/, each SMS is a file under var/sms/, and the launcher
says where they land."""

import asyncio
import contextlib
import signal
import sqlite3
import subprocess
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from shared.contracts import ApplicationNotRecommended, OrganisationRef
from tests.e2e.test_local_run import _launcher_env
from tests.support import broker
from tests.support.infra import fresh_vhost
from tests.support.launched import launch, stop, wait_healthy
from tests.support.mail import free_port
from tests.support.notify import contact_event, publish
from tests.support.polling import eventually

Launched = tuple[subprocess.Popen[bytes], str, int]


@pytest.fixture
def launched(tmp_path: Path, amqp_url: str) -> Iterator[Launched]:
    notify_port = free_port()
    with fresh_vhost(amqp_url) as own_amqp_url:
        ports = {
            name: str(free_port()) for name in ("INTAKE_PORT", "REVIEW_PORT", "COMMITTEE_PORT")
        }
        env = _launcher_env(
            own_amqp_url, NOTIFY_PORT=str(notify_port), NOTIFY_SMTP_PORT=str(free_port()), **ports
        )
        with (tmp_path / "launcher.out").open("wb") as out:
            process = launch(cwd=tmp_path, env=env, stdout=out)
            try:
                yield process, own_amqp_url, notify_port
            finally:
                stop(process)


async def test_make_run_keeps_every_mail_and_sms_it_sends_as_files(
    launched: Launched, tmp_path: Path
) -> None:
    process, amqp_url, notify_port = launched
    await asyncio.to_thread(wait_healthy, notify_port)
    await eventually(lambda: _queues_declared(amqp_url), within=30, what="notify consuming")
    # the unit's address is notify's own, from review's directory: wait until it has arrived
    await eventually(lambda: _units_known(tmp_path), within=30, what="notify knowing the units")
    event = ApplicationNotRecommended(
        application_id=uuid.uuid4(),
        submission=1,
        case_id=uuid.uuid4(),
        office=OrganisationRef(code="mid.3301", name="杭州市建设工程专业中评委办公室"),
        lower_unit=OrganisationRef(
            code="330100.city_hr", name="杭州市人力资源和社会保障局", email="hr@example.gov.cn"
        ),
        reasons=["赞成票未达到出席评委人数的三分之二"],
        decided_at=datetime.now(UTC),
    )
    await publish(amqp_url, contact_event(event.application_id), sequence=1)
    await publish(amqp_url, event, sequence=2)

    async def delivered() -> bool:
        mails = list((tmp_path / "var" / "mail").glob("*.eml"))
        return len(mails) == 2 and len(list((tmp_path / "var" / "sms").glob("*.json"))) == 1

    await eventually(delivered, within=30, what="two mails and one SMS kept as files")
    process.send_signal(signal.SIGINT)
    assert process.wait(timeout=30) == 0
    announced = (tmp_path / "launcher.out").read_text()
    assert f"{tmp_path / 'var' / 'mail'}/" in announced
    assert f"{tmp_path / 'var' / 'sms'}/" in announced


async def _units_known(workdir: Path) -> bool:
    """notify's database (make run: SQLite under var/) has review's unit addresses."""
    database = workdir / "var" / "notify.db"
    if not database.exists():
        return False
    try:
        with contextlib.closing(sqlite3.connect(database)) as connection:
            [(count,)] = connection.execute("SELECT count(*) FROM unit_address").fetchall()
    except sqlite3.Error:  # not migrated yet, or locked for a moment
        return False
    return int(count) > 0


async def _queues_declared(amqp_url: str) -> bool:
    """Both queues the test publishes to exist (notify declares its queues one by one)."""
    for name in ("notify.applicant_contact_provided", "notify.application_not_recommended"):
        async with broker.channel(amqp_url) as chan:
            try:
                await chan.declare_queue(name, passive=True)
            except Exception:  # not declared yet: the passive declaration closes the channel
                return False
    return True
