"""The consumer's prefetch window (shared/messaging/window.py): messages that arrive while a
transaction runs share the next one; a failing message fails only itself; a duplicate has no
effect; nothing is kept of a shared transaction that failed."""

import asyncio
import uuid
from collections.abc import Sequence
from datetime import UTC, datetime
from types import TracebackType
from typing import Any

import pytest

from shared.contracts import Envelope
from shared.contracts.intake import ApplicantContactProvided
from shared.messaging.subscription import Subscription
from shared.messaging.window import Window, Work


class Store:
    """What committed: the inbox claims and the handled payloads, and how many commits."""

    def __init__(self) -> None:
        self.claimed: set[uuid.UUID] = set()
        self.effects: list[str] = []
        self.commits = 0


class FakeUnitOfWork:
    def __init__(self, store: Store, pause: float = 0.01) -> None:
        self.store = store
        self.pause = pause
        self.claimed: set[uuid.UUID] = set()
        self.effects: list[str] = []

    async def __aenter__(self) -> "FakeUnitOfWork":
        await asyncio.sleep(self.pause)  # a transaction takes time: others arrive meanwhile
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.claimed.clear()  # whatever was not committed is gone
        self.effects.clear()

    async def claim(self, consumer: str, message_id: uuid.UUID) -> bool:
        if message_id in self.store.claimed or message_id in self.claimed:
            return False
        self.claimed.add(message_id)
        return True

    async def claim_all(self, consumer: str, message_ids: Sequence[uuid.UUID]) -> set[uuid.UUID]:
        return {m for m in dict.fromkeys(message_ids) if await self.claim(consumer, m)}

    async def commit(self) -> None:
        self.store.claimed |= self.claimed
        self.store.effects += self.effects
        self.store.commits += 1
        self.claimed, self.effects = set(), []


async def _handler(uow: Any, event: Any, envelope: Envelope) -> None:
    if envelope.correlation_id == BAD:
        raise RuntimeError("this message cannot be handled")
    uow.effects.append(str(envelope.message_id))


BAD = uuid.uuid4()
SUBSCRIPTION = Subscription(ApplicantContactProvided, _handler)


def _work(message_id: uuid.UUID | None = None, *, bad: bool = False) -> Work:
    envelope = Envelope(
        message_id=message_id or uuid.uuid4(),
        type="applicant_contact_provided",
        version=1,
        producer="intake",
        occurred_at=datetime.now(UTC),
        correlation_id=BAD if bad else uuid.uuid4(),
        payload={},
    )
    return Work(SUBSCRIPTION, envelope, event=None)  # type: ignore[arg-type]


async def test_messages_arriving_together_share_one_commit() -> None:
    store = Store()
    window = Window("q", lambda: FakeUnitOfWork(store))
    works = [_work() for _ in range(9)]
    results = await asyncio.gather(*(window.run(work) for work in works))
    assert results == [True] * 9
    assert sorted(store.effects) == sorted(str(w.envelope.message_id) for w in works)
    assert store.commits < 9, "the backlog shared transactions"


async def test_a_failing_message_fails_alone_and_the_others_commit_once() -> None:
    store = Store()
    window = Window("q", lambda: FakeUnitOfWork(store))
    good = [_work() for _ in range(5)]
    bad = _work(bad=True)
    answers = await asyncio.gather(
        *(window.run(work) for work in [*good[:2], bad, *good[2:]]), return_exceptions=True
    )
    assert isinstance(answers[2], RuntimeError)
    assert [a for i, a in enumerate(answers) if i != 2] == [True] * 5
    assert sorted(store.effects) == sorted(str(w.envelope.message_id) for w in good)
    assert len(store.effects) == len(set(store.effects)), "no effect twice"


async def test_a_duplicate_in_the_same_window_has_no_second_effect() -> None:
    store = Store()
    window = Window("q", lambda: FakeUnitOfWork(store))
    twice = uuid.uuid4()
    answers = await asyncio.gather(
        window.run(_work()), window.run(_work(twice)), window.run(_work(twice))
    )
    assert sorted(answers) == [False, True, True]
    assert store.effects.count(str(twice)) == 1


@pytest.mark.parametrize("size", [1, 3])
async def test_every_message_is_answered_whatever_the_window_size(size: int) -> None:
    store = Store()
    window = Window("q", lambda: FakeUnitOfWork(store))
    results = await asyncio.gather(*(window.run(_work()) for _ in range(size)))
    assert results == [True] * size
    assert len(store.effects) == size


async def test_a_message_arriving_as_a_transaction_ends_is_never_left_behind() -> None:
    """A message whose task is scheduled while the last transaction finishes (and runs before
    the loop has tidied that transaction away) starts one of its own instead of waiting for a
    transaction that will never look again."""
    store = Store()
    window = Window("q", lambda: FakeUnitOfWork(store, pause=0), transactions=1)
    first = asyncio.ensure_future(window.run(_work()))
    await asyncio.sleep(0)  # the first message's task asks for a transaction
    await asyncio.sleep(0)  # the transaction has begun and waits once inside
    second = asyncio.ensure_future(window.run(_work()))  # queued behind its last step
    assert await asyncio.wait_for(second, 2) is True
    assert await first is True
