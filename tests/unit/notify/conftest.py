"""Every handler test here gets a fresh in-memory notify database (tests/unit/notify/fake.py)."""

from collections.abc import AsyncIterator

import pytest

from services.notify.models import metadata
from services.notify.unit_of_work import unit_of_work_factory
from tests.support.memory import memory_sessions
from tests.unit.notify.fake import NOW, Factory


@pytest.fixture
async def uow_factory() -> AsyncIterator[Factory]:
    async with memory_sessions(metadata) as sessions:
        yield unit_of_work_factory(sessions, lambda: NOW)
