"""issue 15's backup, for the whole system mid-season: one command backs up all four services'
databases and intake's stored files while they run, with applications at every service (one at
the committee office, one refused at the county and its notices sent); restored into empty
databases and an empty files directory, every case, notice and file is back by its id, the
files byte for byte; and notify, started on the restored database, drops the refusal when the
broker delivers it again (its inbox came back with it): no second notice."""

import hashlib
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from prometheus_client import REGISTRY
from sqlalchemy import text

from deploy.backup import create, restore
from services.notify import bootstrap as notify_bootstrap
from shared.db import create_engine
from tests.integration.journeys.conftest import Everything
from tests.support import broker
from tests.support.applications import fresh_application_body, submitted
from tests.support.departments import approve_and_forward, arrived, department
from tests.support.infra import Databases, broker_url, fresh_vhost
from tests.support.polling import eventually
from tests.support.system import declare_every_queue

# the rows compared by id: what an operator would miss first after a bad restore
BY_ID = {
    "intake": ("application", "stored_file", "applicant_account"),
    "review": ("review_case", "account"),
    "committee": ("committee_case",),
    "notify": ("notice",),
}
REFUSED_QUEUE = "notify.application_rejected"


async def _ids(database_url: str, table: str) -> set[str]:
    engine = create_engine(database_url)
    try:
        async with engine.connect() as connection:
            rows = await connection.execute(text(f'select id from "{table}"'))
            return {str(row[0]) for row in rows}
    finally:
        await engine.dispose()


async def _rows(database_url: str, query: str, **params: Any) -> list[Any]:
    engine = create_engine(database_url)
    try:
        async with engine.connect() as connection:
            return list(await connection.execute(text(query), params))
    finally:
        await engine.dispose()


@pytest.fixture
def own_vhost() -> Iterator[str]:
    """The restored notify's own broker: it must take none of the running system's messages."""
    with broker_url() as base, fresh_vhost(base) as amqp_url:
        yield amqp_url


async def test_every_service_restored_mid_season_with_its_files_and_no_second_effect(
    everything: Everything, databases: Databases, tmp_path: Path, own_vhost: str
) -> None:
    base, committee = everything.base, everything.committee
    # one application at the committee office, received there
    at_office_body = fresh_application_body(region_code="330106", name="备一")
    at_office = await submitted(base.intake, at_office_body)
    for position, organisation in enumerate(
        ["330106.county_hr", "330100.city_bureau", "330100.city_hr"], start=1
    ):
        await approve_and_forward(base, organisation, at_office, first=position == 1)
    office = await committee.office("mid.3301")

    async def at_the_office() -> dict[str, Any] | None:
        items = (await office.get("/cases", params={"list": "pending_receipt"})).json()["items"]
        return next((i for i in items if i["application_id"] == at_office), None)

    committee_case = (await eventually(at_the_office, what="the case at the office"))["case_id"]
    assert (await office.post(f"/cases/{committee_case}/receive")).status_code == 200
    # one refused at the county: its notices made and sent
    refused = await submitted(
        base.intake, fresh_application_body(region_code="330106", name="备二")
    )
    county = await department(base, "330106.county_hr")
    row = await arrived(county, "personal", refused)
    refusal = {"reason": "照片不清晰"}
    assert (await county.post(f"/cases/{row['case_id']}/refuse", json=refusal)).status_code == 200
    notify_url = everything.notify_settings.database_url

    async def refusal_notices_sent() -> list[Any] | None:
        found = await _rows(
            notify_url, "select id, status from notice where application_id = :a", a=refused
        )
        waiting = [r for r in found if r.status in ("pending", "awaiting_contact")]
        return found if any(r.status == "sent" for r in found) and not waiting else None

    await eventually(refusal_notices_sent, within=30, what="the refusal's notices sent")

    live = {
        "INTAKE_DATABASE_URL": base.intake_services.settings.database_url,
        "REVIEW_DATABASE_URL": base.review_services.settings.database_url,
        "COMMITTEE_DATABASE_URL": committee.services.settings.database_url,
        "NOTIFY_DATABASE_URL": notify_url,
        "INTAKE_STORAGE_DIR": base.intake_services.settings.storage_dir,
    }
    url_of = {name.split("_")[0].lower(): url for name, url in live.items() if name.endswith("URL")}
    before = {(s, t): await _ids(url_of[s], t) for s, tables in BY_ID.items() for t in tables}
    assert create(tmp_path / "backup", live) == ["intake", "review", "committee", "notify", "files"]
    after = {(s, t): await _ids(url_of[s], t) for s, tables in BY_ID.items() for t in tables}

    empty = {f"{s.upper()}_DATABASE_URL": await databases.create(f"restored_{s}") for s in BY_ID}
    empty["INTAKE_STORAGE_DIR"] = str(tmp_path / "restored-files")
    assert restore(tmp_path / "backup", empty) == [
        "intake", "review", "committee", "notify", "files",
    ]  # fmt: skip
    restored_url = {s: empty[f"{s.upper()}_DATABASE_URL"] for s in BY_ID}

    for (service, table), ids in before.items():
        back = await _ids(restored_url[service], table)
        assert ids <= back <= after[(service, table)], (service, table)
    assert at_office in await _ids(restored_url["intake"], "application")
    assert committee_case in await _ids(restored_url["committee"], "committee_case")
    notices_back = await _rows(
        restored_url["notify"], "select id, status from notice where application_id = :a", a=refused
    )
    assert sorted(map(tuple, notices_back)) == sorted(
        map(tuple, await refusal_notices_sent() or [])
    )

    # every stored file a restored row names is there, byte for byte
    files = await _rows(restored_url["intake"], "select id, sha256 from stored_file")
    assert files
    ours = await _rows(
        restored_url["intake"],
        "select count(*) from stored_file where application_id in (:a, :b)",
        a=uuid.UUID(at_office),
        b=uuid.UUID(refused),
    )
    assert ours[0][0] >= 2  # each one's photo
    for _, sha256 in files:
        stored = Path(empty["INTAKE_STORAGE_DIR"]) / sha256[:2] / sha256
        assert hashlib.sha256(stored.read_bytes()).hexdigest() == sha256

    # the broker delivers the refusal again, to notify running on the restored database
    [(routing_key, body, message_id)] = await _rows(
        base.review_services.settings.database_url,
        "select routing_key, body, message_id from outbox_message "
        "where routing_key like '%application_rejected%' and body like :a",
        a=f"%{refused}%",
    )
    await declare_every_queue(own_vhost, delivery_limit=5)
    settings = everything.notify_settings.model_copy(
        update={"database_url": restored_url["notify"], "amqp_url": own_vhost}
    )
    services = await notify_bootstrap.build(settings)
    worker = notify_bootstrap.build_worker(services)
    duplicates = _counted("messages_duplicate_total")
    await worker.start()
    try:
        async with broker.channel(own_vhost) as chan:
            await broker.publish_raw(chan, routing_key, body.encode(), message_id=str(message_id))
        await eventually(
            lambda: _now(_counted("messages_duplicate_total") > duplicates),
            what="the redelivered refusal dropped by the restored inbox",
        )
    finally:
        await worker.stop()
        await services.aclose()
    again = await _rows(
        restored_url["notify"], "select id, status from notice where application_id = :a", a=refused
    )
    assert sorted(map(tuple, again)) == sorted(map(tuple, notices_back))  # no second notice


def _counted(name: str) -> float:
    return REGISTRY.get_sample_value(name, {"queue": REFUSED_QUEUE}) or 0.0


async def _now(value: bool) -> bool:
    return value
