"""A backup taken while review and notify are running, mid-season, restored into empty
databases: every table comes back with every row, the outbox and inbox included (what keeps a
restored service from publishing or handling anything twice)."""

from pathlib import Path

from sqlalchemy import text

from deploy.backup import create, restore
from shared.db import create_engine
from tests.integration.notify.test_delivery import refused_by_office
from tests.support.infra import Databases
from tests.support.notify import NotifySystem, notices, publish
from tests.support.polling import eventually


async def _row_counts(database_url: str) -> dict[str, int]:
    engine = create_engine(database_url)
    try:
        async with engine.connect() as connection:
            tables = (
                await connection.execute(
                    text("select tablename from pg_tables where schemaname = 'public'")
                )
            ).scalars()
            return {
                table: int(
                    (await connection.execute(text(f'select count(*) from "{table}"'))).scalar_one()
                )
                for table in sorted(tables)
            }
    finally:
        await engine.dispose()


async def test_a_backup_taken_mid_season_restores_every_row(
    system: NotifySystem, databases: Databases, tmp_path: Path
) -> None:
    event = refused_by_office("申报材料不全")
    await publish(system.amqp_url, event, sequence=2)
    await eventually(lambda: notices(system, event.application_id), what="the notices made")
    live = {
        "REVIEW_DATABASE_URL": system.review_services.settings.database_url,
        "NOTIFY_DATABASE_URL": system.notify_services.settings.database_url,
    }
    before = {name: await _row_counts(url) for name, url in live.items()}
    assert create(tmp_path / "backup", live) == ["review", "notify"]
    after = {name: await _row_counts(url) for name, url in live.items()}

    empty = {name: await databases.create("restored") for name in live}
    assert restore(tmp_path / "backup", empty) == ["review", "notify"]

    for name, url in empty.items():
        restored = await _row_counts(url)
        assert set(restored) == set(before[name]), name  # every table
        assert {"outbox_message", "processed_message", "audit_record"} <= set(restored)
        # the services ran on while the dump was taken: its rows lie between the two counts
        for table, count in restored.items():
            assert before[name][table] <= count <= after[name][table], (name, table)
    notify = await _row_counts(empty["NOTIFY_DATABASE_URL"])
    assert notify["notice"] > 0
    assert notify["processed_message"] > 0  # the event that made them stays handled
    assert (await _row_counts(empty["REVIEW_DATABASE_URL"]))["organisation"] > 0
