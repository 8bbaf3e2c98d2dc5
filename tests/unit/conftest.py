"""The unit tier's speed (issue 10: every handler's tests in seconds): argon2 at its smallest
cost instead of production's, and the garbage collector spared the imported code.

Production hashes with argon2id at the library's defaults (`PasswordHash.recommended()`, ~0.1 s
of CPU a hash), and a login, a registration or a reset in a handler test would pay that each
time. Here every test hashes with the same algorithm at its smallest cost, unless it is marked
`production_password_hashes`: tests/unit/shared/test_password_hashing.py checks production's
parameters that way.

Collecting the tier imports all four services (some hundred thousand objects: modules, classes,
functions, none of them ever garbage). Frozen once collection is done, they are no longer walked
by every full collection the run triggers, nor by pytest's last one, which looks for unraisable
exceptions among what the tests left behind. (`make test-unit` also keeps the collector off while
collecting: tests/support/collection_gc.py.)"""

import gc
from collections.abc import Iterator

import pytest
from pwdlib import PasswordHash
from pwdlib.hashers.argon2 import Argon2Hasher

from shared import auth

CHEAP_PASSWORD_HASHES = PasswordHash((Argon2Hasher(time_cost=1, memory_cost=8, parallelism=1),))


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "production_password_hashes: argon2 at production's cost, not the unit tier's cheap one",
    )


def pytest_collection_finish(session: pytest.Session) -> None:
    gc.freeze()  # with no collection first: what little garbage there is may stay frozen


@pytest.fixture(autouse=True)
def cheap_password_hashes(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    if request.node.get_closest_marker("production_password_hashes") is None:
        monkeypatch.setattr(auth, "_passwords", CHEAP_PASSWORD_HASHES)
    auth._dummy_hash.cache_clear()  # an unknown account's hash costs what the others cost
    yield
    auth._dummy_hash.cache_clear()
