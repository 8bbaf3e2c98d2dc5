from collections.abc import AsyncIterator

import pytest
from schemathesis.python import asgi

from tests.api.services import Services, services_under_test
from tests.support.infra import Databases


@pytest.fixture(scope="session")
async def api(amqp_url: str, databases: Databases) -> AsyncIterator[Services]:
    async with services_under_test(amqp_url, databases) as running:
        yield running
        # the apps ran on schemathesis's own event loop: their engines close there, before the
        # session drops the databases
        asgi.shutdown_lifespans()
