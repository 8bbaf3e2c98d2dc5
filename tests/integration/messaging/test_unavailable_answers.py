"""While its database is away an API answers 503, with Retry-After and a Chinese message in the
one error shape, never 500; once it is back the same request succeeds."""

import pytest

from services.intake import bootstrap
from services.intake.main import create_app
from services.intake.settings import IntakeSettings
from shared.db.migrations import upgrade_async
from tests.integration.messaging.conftest import through
from tests.support.applications import application_body
from tests.support.infra import Databases
from tests.support.system import SMALL_POOLS, TEST_AUTH_SECRET, client
from tests.support.tcp_proxy import TcpProxy

pytestmark = pytest.mark.database_faults


async def test_an_api_answers_503_with_retry_after_while_its_database_is_away(
    amqp_url: str, databases: Databases, database_proxy: TcpProxy, tmp_path: object
) -> None:
    database_url = await databases.create("unavailable")
    await upgrade_async(bootstrap.MIGRATIONS, database_url)
    settings = IntakeSettings(
        database_url=through(database_url, database_proxy),
        storage_dir=str(tmp_path),
        **{"AMQP_URL": amqp_url, "AUTH_SECRET": TEST_AUTH_SECRET, **SMALL_POOLS},
    )
    applicant = application_body(serial="501", name="赵五")["applicant"]
    async with client(create_app(settings), "intake") as intake:
        assert (await intake.get("/ready")).status_code == 200
        await database_proxy.stop()
        assert (await intake.get("/health")).status_code == 200  # it lives
        not_ready = await intake.get("/ready")
        assert not_ready.status_code == 503
        [database] = [c for c in not_ready.json()["checks"] if c["name"] == "database"]
        assert database["ok"] is False
        for response in (
            await intake.post(
                "/accounts/phone-code", json={"phone": applicant["phone"], "purpose": "register"}
            ),
        ):
            assert response.status_code == 503, response.text
            assert int(response.headers["Retry-After"]) > 0
            [problem] = response.json()["detail"]
            assert problem["type"] == "service_unavailable"
            assert "数据库暂时无法连接" in problem["message"]
            assert "重试" in problem["message"]
        await database_proxy.start()
        asked = await intake.post(
            "/accounts/phone-code", json={"phone": applicant["phone"], "purpose": "register"}
        )
        assert asked.status_code == 202, asked.text
