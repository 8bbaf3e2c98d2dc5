"""Issue 17: past what its pool can serve, an API sheds a request at once (503, Retry-After, a
Chinese 系统繁忙) instead of holding it half a minute; when a connection is free again the same
request, retried, is served."""

import time

from services.intake import bootstrap
from services.intake.main import create_app
from services.intake.settings import IntakeSettings
from shared.db.migrations import upgrade_async
from tests.support.applications import PASSWORD, id_number
from tests.support.infra import Databases
from tests.support.system import TEST_AUTH_SECRET, client

WAIT = 0.5  # db_pool_timeout of this app


async def test_a_request_no_connection_can_serve_is_shed_at_once_and_served_on_retry(
    amqp_url: str, databases: Databases, tmp_path: object
) -> None:
    database_url = await databases.create("shedding")
    await upgrade_async(bootstrap.MIGRATIONS, database_url)
    settings = IntakeSettings(
        database_url=database_url,
        storage_dir=str(tmp_path),
        db_pool_size=1,
        db_max_overflow=0,
        db_pool_timeout=WAIT,
        **{"AMQP_URL": amqp_url, "AUTH_SECRET": TEST_AUTH_SECRET},
    )
    app = create_app(settings)
    login = {"id_number": id_number(serial="930"), "password": PASSWORD}
    async with client(app, "intake") as intake:
        assert (await intake.post("/accounts/token", json=login)).status_code == 401
        held = await app.state.services.engine.connect()  # the pool's one connection, taken
        started = time.monotonic()
        shed = await intake.post("/accounts/token", json=login)
        waited = time.monotonic() - started
        await held.close()
        assert shed.status_code == 503, shed.text
        assert int(shed.headers["Retry-After"]) > 0
        [problem] = shed.json()["detail"]
        assert problem["type"] == "service_unavailable"
        assert problem["message"].startswith("系统繁忙")
        assert waited < WAIT * 10, f"shed after {waited:.1f} s, not at once"
        assert (await intake.post("/accounts/token", json=login)).status_code == 401, "served"
