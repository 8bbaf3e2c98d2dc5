"""The committee's tests walk cases through review on a vhost of their own (they publish
submissions intake never saw), with the committee service running beside intake and review."""

import contextlib
from collections.abc import AsyncIterator, Iterator

import pytest

from tests.support.committee import CommitteeSystem, running_committee
from tests.support.infra import Databases, vhost_of_its_own
from tests.support.system import running_system


@pytest.fixture(scope="session")
def committee_amqp_url() -> Iterator[str]:
    with vhost_of_its_own() as url:
        yield url


@pytest.fixture(scope="session")
async def committee(
    committee_amqp_url: str, databases: Databases
) -> AsyncIterator[CommitteeSystem]:
    async with contextlib.AsyncExitStack() as stack:
        base = await stack.enter_async_context(running_system(committee_amqp_url, databases))
        yield await stack.enter_async_context(running_committee(base, databases))
