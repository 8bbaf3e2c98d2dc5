"""deploy/backup.py against real PostgreSQL: back up intake's database and stored files, drop
the database, restore into an empty one, and everything is back: the applicant's account (they
log in), the file, the inbox that keeps a handled message from a second effect, and the outbox
row still to publish."""

import asyncio
import subprocess
import sys
import uuid
from pathlib import Path

import asyncpg
import pytest
from sqlalchemy import func, select
from yarl import URL

from deploy.backup import BackupError, create, restore
from services.intake import bootstrap
from services.intake.main import create_app
from services.intake.models import messaging
from services.intake.settings import IntakeSettings
from shared.db.migrations import upgrade_async
from tests.support.applications import PASSWORD, application_body, registration
from tests.support.infra import Databases
from tests.support.notify import contact_event
from tests.support.phone_codes import StoredCodes, read_codes_with
from tests.support.system import SMALL_POOLS, TEST_AUTH_SECRET, client

CONSUMER = "intake.case_stage_changed"


async def _recreate_empty(admin_url: str, database_url: str) -> None:
    """The bad night: the database is gone; an empty one of the same name is made."""
    name = URL(database_url).path.lstrip("/")
    connection = await asyncpg.connect(admin_url)
    try:
        await connection.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
        await connection.execute(f'CREATE DATABASE "{name}"')
    finally:
        await connection.close()


async def test_a_backup_restored_into_an_empty_database_brings_everything_back(
    amqp_url: str, databases: Databases, postgres_admin_url: str, tmp_path: Path
) -> None:
    database_url = await databases.create("backup")
    await upgrade_async(bootstrap.MIGRATIONS, database_url)
    files = tmp_path / "intake-files"
    settings = IntakeSettings(
        database_url=database_url,
        storage_dir=str(files),
        **{"AMQP_URL": amqp_url, "AUTH_SECRET": TEST_AUTH_SECRET, **SMALL_POOLS},
    )
    applicant = application_body(serial="731", name="钱七")["applicant"]
    handled = uuid.uuid4()
    context = await bootstrap.build(settings)
    try:
        async with client(create_app(settings), "intake") as intake:
            read_codes_with(intake, StoredCodes(context))  # no notify here to send the SMS
            registered = await registration(intake, applicant)
            assert registered.status_code == 202, registered.text
        async with context.uow_factory() as uow:
            assert await uow.claim(CONSUMER, handled)
            await uow.emit(contact_event(uuid.uuid4()), correlation_id=uuid.uuid4())
            await uow.commit()
        unpublished = await _unpublished(context)
        assert unpublished >= 1
    finally:
        await context.aclose()
    stored = files / "ab" / "abcdef.jpg"
    stored.parent.mkdir(parents=True)
    stored.write_bytes(b"\xff\xd8 a photo")
    environment = {"INTAKE_DATABASE_URL": database_url, "INTAKE_STORAGE_DIR": str(files)}

    assert create(tmp_path / "backup", environment) == ["intake", "files"]
    await _recreate_empty(postgres_admin_url, database_url)
    stored.unlink()
    assert restore(tmp_path / "backup", environment) == ["intake", "files"]

    assert stored.read_bytes() == b"\xff\xd8 a photo"
    async with client(create_app(settings), "intake") as intake:
        assert (await intake.get("/ready")).json()["checks"][2]["ok"] is True  # migrations
        login = {"id_number": applicant["id_number"], "password": PASSWORD}
        assert (await intake.post("/accounts/token", json=login)).status_code == 200
    context = await bootstrap.build(settings)
    try:
        async with context.uow_factory() as uow:
            assert not await uow.claim(CONSUMER, handled), "the inbox forgot a handled message"
        assert await _unpublished(context) == unpublished
    finally:
        await context.aclose()

    # over a database that has tables: refused unless --replace
    with pytest.raises(BackupError, match="--replace"):
        restore(tmp_path / "backup", environment)
    replaced = await asyncio.to_thread(
        subprocess.run,
        [sys.executable, "-m", "deploy.backup", "restore", str(tmp_path / "backup"), "--replace"],
        env={**environment, "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert replaced.returncode == 0, replaced.stderr
    assert "已恢复" in replaced.stdout


async def _unpublished(context: bootstrap.IntakeServices) -> int:
    outbox = messaging.outbox
    async with context.engine.connect() as connection:
        query = select(func.count()).where(outbox.c.published_at.is_(None))
        return int((await connection.execute(query)).scalar_one())
