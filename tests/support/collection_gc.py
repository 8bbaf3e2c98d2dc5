"""A pytest plugin, loaded by `make test-unit` (`-p tests.support.collection_gc`): no garbage
collection while the tests are collected.

Collecting imports all four services, and every import leaves long-lived objects behind; the
collector, set off by the count of allocations, walks the growing heap again and again for
garbage there is none of (about 0.7 s of the unit tier's 3 s of collection). Once collection is
done, tests/unit/conftest.py freezes what it imported and the collector runs as it always does."""

import gc

import pytest

gc.disable()


@pytest.hookimpl(trylast=True)
def pytest_collection_finish(session: pytest.Session) -> None:
    gc.enable()
