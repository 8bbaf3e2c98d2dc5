"""Session-wide infrastructure: a real RabbitMQ on a fresh vhost and fresh PostgreSQL databases,
removed when the session ends. See tests/support/infra.py for where they come from."""

import contextlib
from collections.abc import AsyncIterator, Iterator

import pytest

from shared.logging import configure_logging
from tests.support.infra import (
    Databases,
    broker_url,
    fresh_vhost,
    postgres_url,
)

configure_logging("tests", level="INFO", json=True)


def _infrastructure(
    stack: contextlib.ExitStack, source: contextlib.AbstractContextManager[str]
) -> str:
    try:
        return stack.enter_context(source)
    except RuntimeError as exc:
        pytest.fail(str(exc), pytrace=False)


@pytest.fixture(scope="session")
def amqp_url() -> Iterator[str]:
    """AMQP URL of a vhost of this session's own."""
    with contextlib.ExitStack() as stack:
        base = _infrastructure(stack, broker_url())
        yield stack.enter_context(fresh_vhost(base))


@pytest.fixture(scope="session")
def postgres_admin_url() -> Iterator[str]:
    with contextlib.ExitStack() as stack:
        yield _infrastructure(stack, postgres_url())


@pytest.fixture(scope="session")
async def databases(postgres_admin_url: str) -> AsyncIterator[Databases]:
    """Fresh PostgreSQL databases on demand, all dropped at the end of the session."""
    created = Databases(postgres_admin_url)
    yield created
    await created.drop_all()
