"""A department acts on a case: receive, refuse, check paper, sign an opinion, forward.

A refusal is raised (shared/refusals.py); a 409 carries the case as it stands. Under an
Idempotency-Key the answer given, a refusal's status and body included, is stored with the
key, so a retried request is answered again word for word, with no second effect."""

import dataclasses
import hashlib
import json
import uuid
from collections.abc import Callable, Sequence

from sqlalchemy.exc import IntegrityError

from services.review.domain.actions import DONE, Actor, Command, Forward
from services.review.domain.case import Case, CaseChangedMeanwhile, CaseNotFound
from services.review.handlers.transitions import ConcurrentChange, transition
from services.review.repository.idempotency import StoredAnswer
from services.review.unit_of_work import ReviewUnitOfWork
from services.review.views.case_schemas import (
    BatchForwardResult,
    CaseActionResult,
    ForwardOutcome,
)
from services.review.views.detail import case_summary
from shared.refusals import Conflict, InvalidInput, NotFound, Refusal

KEY_REUSED = "此幂等键已用于另一个请求，请使用新的键"


class RequestInFlight(Conflict):
    """The key's first request has not settled an answer that this one could replay."""

    message = "请求冲突，请重试"


async def visible_case(uow: ReviewUnitOfWork, case_id: uuid.UUID, organisation: str) -> Case:
    """The case, if `organisation` may see it (it is there now or passed through it)."""
    case = await uow.cases.get(case_id)
    if case is None or not case.visible_to(organisation):
        raise CaseNotFound()
    return case


async def act_on_case(
    uow: ReviewUnitOfWork, case_id: uuid.UUID, command: Command
) -> CaseActionResult:
    """Applies the department's command to the case, in the caller's unit of work; a refusal
    (404, or 409 with the case as it stands) changes nothing."""
    case = await visible_case(uow, case_id, _actor(command).organisation_code)
    try:
        after = await transition(uow, case, command)
    except ConcurrentChange:
        current = await uow.cases.get(case_id)
        raise CaseChangedMeanwhile(extra=_as_it_stands(current or case)) from None
    except Conflict as refused:  # the domain's NotAtThisStage or ActionRefused, saying why
        refused.extra.update(_as_it_stands(case))
        raise
    return CaseActionResult(message=DONE[type(command)], case=case_summary(after))


async def act_on_case_once(
    uow_factory: Callable[[], ReviewUnitOfWork],
    case_id: uuid.UUID,
    command: Command,
    idempotency_key: str,
) -> CaseActionResult:
    """`act_on_case` once per (account, key); a retry gets the first answer again, refusals
    included. Takes the factory, not an open unit of work: the key is claimed in the action's
    own transaction, which commits a refusal's answer too, and a request that lost the race for
    the key reads the winner's answer in a second transaction, after the first has ended."""
    actor = _actor(command)
    fingerprint = _fingerprint(case_id, command)
    async with uow_factory() as uow:
        if known := await _known(uow, actor, idempotency_key, fingerprint):
            return _replay(known)
        try:
            await uow.answers.claim(actor.account_id, idempotency_key, fingerprint, uow.clock())
        except IntegrityError:
            pass  # a concurrent request with this key got there first: replay its answer
        else:
            try:
                result = await act_on_case(uow, case_id, command)
            except Refusal as refused:
                await uow.answers.settle(actor.account_id, idempotency_key, _answer_of(refused))
                await uow.commit()
                raise
            done = StoredAnswer(200, result.model_dump(mode="json"))
            await uow.answers.settle(actor.account_id, idempotency_key, done)
            await uow.commit()
            return result
    async with uow_factory() as uow:
        known = await _known(uow, actor, idempotency_key, fingerprint)
    if known is None:
        raise RequestInFlight()
    return _replay(known)


async def forward_cases(
    uow_factory: Callable[[], ReviewUnitOfWork],
    case_ids: Sequence[uuid.UUID],
    actor: Actor,
    *,
    idempotency_key: str | None = None,
) -> BatchForwardResult:
    """审核汇总后报送: forwards each case on its own; the answer lists each case's result.
    Takes the factory: each case is forwarded and committed in its own transaction, so one
    case refused (or changed meanwhile) leaves the others forwarded."""
    results = []
    for case_id in dict.fromkeys(case_ids):
        try:
            if idempotency_key is None:
                async with uow_factory() as uow:
                    result = await act_on_case(uow, case_id, Forward(actor))
                    await uow.commit()
            else:
                key = f"{idempotency_key}:{case_id}"
                result = await act_on_case_once(uow_factory, case_id, Forward(actor), key)
            answer = StoredAnswer(200, result.model_dump(mode="json"))
        except Refusal as refused:
            answer = _answer_of(refused)
        outcome = {"case_id": case_id, "status_code": answer.status_code, **answer.body}
        results.append(ForwardOutcome.model_validate(outcome))
    forwarded = sum(1 for r in results if r.status_code == 200)
    return BatchForwardResult(
        forwarded=forwarded, not_forwarded=len(results) - forwarded, results=results
    )


def _answer_of(refused: Refusal) -> StoredAnswer:
    """The status and body the HTTP edge answers `refused` with (shared/http.py)."""
    return StoredAnswer(refused.status, refused.body())


def _replay(stored: StoredAnswer) -> CaseActionResult:
    """The stored answer again: the result, or the same refusal (same status, same body)."""
    if stored.status_code == 200:
        return CaseActionResult.model_validate(stored.body)
    family: dict[int, type[Refusal]] = {NotFound.status: NotFound, Conflict.status: Conflict}
    detail = stored.body.get("detail")
    extra = {k: v for k, v in stored.body.items() if k != "detail"}
    refusal = family.get(stored.status_code)
    if refusal is None or not isinstance(detail, str):
        raise ValueError(f"cannot replay a stored {stored.status_code} answer")
    raise refusal(detail, extra=extra)


async def _known(
    uow: ReviewUnitOfWork, actor: Actor, key: str, fingerprint: str
) -> StoredAnswer | None:
    stored = await uow.answers.find(actor.account_id, key)
    if stored is None:
        return None
    if stored.fingerprint != fingerprint:
        raise InvalidInput.one("Idempotency-Key", KEY_REUSED, where="header")
    return stored.answer


def _as_it_stands(case: Case) -> dict[str, object]:
    return {"case": case_summary(case).model_dump(mode="json")}


def _actor(command: Command) -> Actor:
    actor = getattr(command, "actor", None)
    if not isinstance(actor, Actor):
        raise TypeError(f"{type(command).__name__} is not a department's action")
    return actor


def _fingerprint(case_id: uuid.UUID, command: Command) -> str:
    fields = {k: v for k, v in dataclasses.asdict(command).items() if k != "actor"}
    facts = {"case": str(case_id), "action": type(command).__name__, **fields}
    return hashlib.sha256(json.dumps(facts, sort_keys=True, default=str).encode()).hexdigest()
