"""A department acts on a case: receive, refuse, check paper, sign an opinion, forward.

Each answer is what the HTTP edge returns, so a retried request (same Idempotency-Key) can be
answered again word for word, with no second effect."""

import dataclasses
import hashlib
import json
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy.exc import IntegrityError

from services.review.domain.actions import (
    DONE,
    ActionRefused,
    Actor,
    Command,
    Forward,
    NotAtThisStage,
)
from services.review.domain.case import Case, summary
from services.review.handlers.transitions import ConcurrentChange, transition
from services.review.unit_of_work import ReviewUnitOfWork

NOT_FOUND = "申报材料不存在"


@dataclass(frozen=True)
class Answer:
    status_code: int
    body: dict[str, Any]


async def act_on_case(
    uow_factory: Callable[[], ReviewUnitOfWork],
    case_id: uuid.UUID,
    command: Command,
    *,
    idempotency_key: str | None = None,
) -> Answer:
    """Applies the department's command to the case, once per idempotency key: the key is
    claimed first, in the same transaction, so a concurrent retry waits and then replays."""
    actor = _actor(command)
    if idempotency_key is None:
        async with uow_factory() as uow:
            answer = await _act(uow, case_id, command)
            await uow.commit()
            return answer
    fingerprint = _fingerprint(case_id, command)
    async with uow_factory() as uow:
        if known := await _known(uow, actor, idempotency_key, fingerprint):
            return known
        try:
            await uow.answers.claim(actor.account_id, idempotency_key, fingerprint, uow.clock())
        except IntegrityError:
            pass  # a concurrent request with this key got there first: replay its answer
        else:
            answer = await _act(uow, case_id, command)
            await uow.answers.settle(
                actor.account_id, idempotency_key, answer.status_code, answer.body
            )
            await uow.commit()
            return answer
    async with uow_factory() as uow:
        known = await _known(uow, actor, idempotency_key, fingerprint)
    return known or Answer(409, {"detail": "请求冲突，请重试"})


async def forward_cases(
    uow_factory: Callable[[], ReviewUnitOfWork],
    case_ids: Sequence[uuid.UUID],
    actor: Actor,
    *,
    idempotency_key: str | None = None,
) -> Answer:
    """审核汇总后报送: forwards each case on its own; the answer lists each case's result."""
    results = []
    for case_id in dict.fromkeys(case_ids):
        key = f"{idempotency_key}:{case_id}" if idempotency_key else None
        answer = await act_on_case(uow_factory, case_id, Forward(actor), idempotency_key=key)
        results.append({"case_id": str(case_id), "status_code": answer.status_code, **answer.body})
    forwarded = sum(1 for r in results if r["status_code"] == 200)
    return Answer(
        200, {"forwarded": forwarded, "not_forwarded": len(results) - forwarded, "results": results}
    )


async def _act(uow: ReviewUnitOfWork, case_id: uuid.UUID, command: Command) -> Answer:
    organisation = _actor(command).organisation_code
    case = await uow.cases.get(case_id)
    if case is None or not case.visible_to(organisation):
        return Answer(404, {"detail": NOT_FOUND})
    try:
        after = await transition(uow, case, command)
    except NotAtThisStage:
        return _conflict("该申报材料已不在本部门的当前环节", case)
    except ActionRefused as refused:
        return _conflict(str(refused), case)
    except ConcurrentChange:
        current = await uow.cases.get(case_id)
        return _conflict("其他人已先处理了该申报材料，请刷新后再试", current or case)
    return Answer(200, {"message": DONE[type(command)], "case": summary(after)})


def _conflict(message: str, case: Case) -> Answer:
    return Answer(409, {"detail": message, "case": summary(case)})


async def _known(uow: ReviewUnitOfWork, actor: Actor, key: str, fingerprint: str) -> Answer | None:
    stored = await uow.answers.find(actor.account_id, key)
    if stored is None:
        return None
    if stored.fingerprint != fingerprint:
        return Answer(422, {"detail": [_key_reused()]})
    return Answer(stored.status_code, stored.body)


def _key_reused() -> dict[str, str]:
    message = "此幂等键已用于另一个请求，请使用新的键"
    return {"field": "Idempotency-Key", "in": "header", "message": message, "type": "value_error"}


def _actor(command: Command) -> Actor:
    actor = getattr(command, "actor", None)
    if not isinstance(actor, Actor):
        raise TypeError(f"{type(command).__name__} is not a department's action")
    return actor


def _fingerprint(case_id: uuid.UUID, command: Command) -> str:
    fields = {k: v for k, v in dataclasses.asdict(command).items() if k != "actor"}
    facts = {"case": str(case_id), "action": type(command).__name__, **fields}
    return hashlib.sha256(json.dumps(facts, sort_keys=True, default=str).encode()).hexdigest()
