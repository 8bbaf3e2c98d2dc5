"""Review's own tests submit straight onto the broker, bypassing intake: they run on a vhost of
their own, so intake (which has never heard of those applications) is not flooded with events it
must retry and dead-letter while other tests need it."""

from collections.abc import AsyncIterator, Iterator

import pytest

from tests.support.infra import Databases, vhost_of_its_own
from tests.support.system import RunningSystem, running_system


@pytest.fixture(scope="session")
def review_amqp_url() -> Iterator[str]:
    with vhost_of_its_own() as url:
        yield url


@pytest.fixture(scope="session")
async def system(review_amqp_url: str, databases: Databases) -> AsyncIterator[RunningSystem]:
    async with running_system(review_amqp_url, databases) as running:
        yield running
