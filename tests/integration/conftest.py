from collections.abc import AsyncIterator

import pytest

from tests.support.infra import Databases
from tests.support.system import RunningSystem, running_system


@pytest.fixture(scope="session")
async def system(amqp_url: str, databases: Databases) -> AsyncIterator[RunningSystem]:
    """Intake and review, running for the whole session; tests use their own applications."""
    async with running_system(amqp_url, databases) as running:
        yield running
