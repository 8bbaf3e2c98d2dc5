"""Password hashes are worked out off the event loop, on a bounded pool of their own, and an
unknown account costs the same hash check as a known one (issue 11, point 4). The unit tier
hashes cheaply (tests/unit/conftest.py), the same algorithm at its smallest cost; the one test
of production's cost is marked to hash as production does."""

import asyncio
import threading

import pytest

from shared import auth
from shared.auth import HASHING_THREADS, check_password, hash_password, hash_password_off_loop


async def test_the_event_loop_goes_on_while_a_password_is_checked() -> None:
    loop = asyncio.get_running_loop()
    checking = asyncio.create_task(check_password("guess", hash_password("the-password")))
    await asyncio.sleep(0)  # the check has started
    seen: list[bool] = []
    loop.call_soon(lambda: seen.append(checking.done()))
    await asyncio.sleep(0)
    assert seen == [False], "another callback ran while the hash was being checked"
    assert await checking is False


async def test_a_flood_of_checks_uses_only_the_hashing_threads() -> None:
    stored = await hash_password_off_loop("the-password")
    checks = [asyncio.create_task(check_password(f"guess-{i}", stored)) for i in range(6)]
    await asyncio.sleep(0.05)
    hashing = [t for t in threading.enumerate() if t.name.startswith("password-hash")]
    assert 0 < len(hashing) <= HASHING_THREADS
    assert await asyncio.gather(*checks) == [False] * 6


async def test_an_unknown_account_costs_a_hash_check_like_a_known_one() -> None:
    real = hash_password("the-password")
    assert await check_password("the-password", real) is True
    assert await check_password("the-password", None) is False
    dummy = auth._dummy_hash()
    # same algorithm and cost parameters: $argon2id$v=19$m=…,t=…,p=…$salt$hash
    assert dummy.split("$")[:4] == real.split("$")[:4]


@pytest.mark.production_password_hashes
def test_production_hashes_with_argon2id_at_its_recommended_cost() -> None:
    # RFC 9106's second recommendation, argon2-cffi's defaults: 64 MiB, 3 passes, 4 lanes
    cost = "m=65536,t=3,p=4"
    assert hash_password("the-password").split("$")[1:4] == ["argon2id", "v=19", cost]
