"""Review's command path on the in-memory fake, in milliseconds: a submission opens a case
numbered on from the sequence it carried, each department's action moves it and announces
what it caused in the outbox, refusals change nothing, and a retried action (same
Idempotency-Key) gets the first answer with no second effect."""

import uuid

import pytest

from services.review.domain.actions import (
    ActionRefused,
    CheckPaper,
    Decision,
    Forward,
    Receive,
    Refuse,
    SignOpinion,
)
from services.review.domain.case import CaseNotFound, Status
from services.review.handlers.case_actions import act_on_case, act_on_case_once, forward_cases
from services.review.handlers.identity import NumberNotArrived, reveal_id_number
from shared.contracts import ApplicationRejected, CaseStageChanged
from shared.refusals import Conflict, InvalidInput
from tests.unit.review.handlers.conftest import NOW, Review, clerk_at


async def test_a_submission_opens_its_case_numbered_on_from_the_sequence_it_carried(
    review: Review,
) -> None:
    case, envelope = await review.submit(sequence=3)

    assert (case.status, case.position, case.sequence) == (Status.pending_receipt, 1, 4)
    (opened,) = await review.outbox()
    assert opened["routing_key"] == CaseStageChanged.routing_key()
    assert opened["sequence"] == 4
    assert opened["correlation_id"] == str(envelope.correlation_id)
    assert opened["causation_id"] == str(envelope.message_id)
    assert opened["payload"]["state"] == "pending_receipt"


async def test_receive_moves_the_case_and_records_who(review: Review) -> None:
    case, _ = await review.submit()
    clerk = clerk_at(case)

    async with review.uow_factory() as uow:
        result = await act_on_case(uow, case.id, Receive(clerk))
        await uow.commit()

    assert result.message == "已接收"
    assert (result.case.status, result.case.version) == (Status.pending_approval, 2)
    assert await review.history(case.id) == ["received"]
    sequences = [e["sequence"] for e in await review.outbox()]
    assert sequences == [2, 3]  # opened, then received: each event one on


async def test_refuse_ends_the_route_and_announces_the_rejection(review: Review) -> None:
    case, _ = await review.submit()

    async with review.uow_factory() as uow:
        result = await act_on_case(uow, case.id, Refuse(clerk_at(case), "材料不全"))
        await uow.commit()

    assert result.case.status == Status.rejected
    rejected = next(
        e for e in await review.outbox() if e["routing_key"] == ApplicationRejected.routing_key()
    )
    assert rejected["payload"]["reasons"] == ["材料不全"]
    assert rejected["sequence"] == max(e["sequence"] for e in await review.outbox())


async def test_forward_takes_the_case_to_the_next_stage(review: Review) -> None:
    case, _ = await review.submit()
    clerk = clerk_at(case)
    steps = [Receive(clerk), SignOpinion(clerk, Decision.agree, "", "王芳")]
    if case.current.paper_check_required:
        steps.insert(1, CheckPaper(clerk))
    for command in [*steps, Forward(clerk)]:
        async with review.uow_factory() as uow:
            result = await act_on_case(uow, case.id, command)
            await uow.commit()

    assert (result.case.position, result.case.status) == (2, Status.pending_receipt)
    assert result.case.organisation.code == case.route[1].organisation_code
    assert (await review.history(case.id))[-1] == "forwarded"


async def test_a_refusal_carries_the_case_as_it_stands_and_changes_nothing(review: Review) -> None:
    case, _ = await review.submit()

    with pytest.raises(ActionRefused) as refused:
        async with review.uow_factory() as uow:
            await act_on_case(uow, case.id, Forward(clerk_at(case)))
    assert refused.value.text == "该申报材料当前为“待接收申报材料”，不能报送"
    assert refused.value.extra["case"]["version"] == 1
    assert (await review.case(case.id)).version == 1

    with pytest.raises(CaseNotFound):
        async with review.uow_factory() as uow:
            await act_on_case(uow, case.id, Receive(clerk_at(case, position=2)))


async def test_a_retried_action_gets_the_first_answer_and_has_one_effect(review: Review) -> None:
    case, _ = await review.submit()
    clerk = clerk_at(case)

    first = await act_on_case_once(review.uow_factory, case.id, Receive(clerk), "key-1")
    again = await act_on_case_once(review.uow_factory, case.id, Receive(clerk), "key-1")

    assert again == first
    assert await review.history(case.id) == ["received"]
    assert (await review.case(case.id)).version == 2


async def test_a_retried_refusal_is_refused_again_in_the_same_words(review: Review) -> None:
    case, _ = await review.submit()
    clerk = clerk_at(case)

    answers = []
    for _ in range(2):
        with pytest.raises(Conflict) as refused:
            await act_on_case_once(review.uow_factory, case.id, Forward(clerk), "key-2")
        answers.append((refused.value.status, refused.value.body()))
    assert answers[0] == answers[1]
    assert answers[0][1]["case"]["status"] == "pending_receipt"

    # the key is spent on that request: another one under it is wrong input
    with pytest.raises(InvalidInput) as reused:
        await act_on_case_once(review.uow_factory, case.id, Receive(clerk), "key-2")
    assert reused.value.errors == [("Idempotency-Key", "此幂等键已用于另一个请求，请使用新的键")]


async def test_a_batch_forward_answers_each_case_on_its_own(review: Review) -> None:
    ready, _ = await review.submit()
    waiting, _ = await review.submit()
    clerk = clerk_at(ready)
    steps = [Receive(clerk), SignOpinion(clerk, Decision.agree, "", "王芳")]
    if ready.current.paper_check_required:
        steps.insert(1, CheckPaper(clerk))
    for command in steps:
        async with review.uow_factory() as uow:
            await act_on_case(uow, ready.id, command)
            await uow.commit()

    unknown = uuid.uuid4()
    batch = await forward_cases(
        review.uow_factory, [ready.id, waiting.id, unknown], clerk, idempotency_key="batch"
    )

    assert (batch.forwarded, batch.not_forwarded) == (1, 2)
    by_case = {r.case_id: r for r in batch.results}
    assert by_case[ready.id].status_code == 200
    assert by_case[waiting.id].status_code == 409
    assert by_case[unknown].model_dump(exclude_unset=True) == {
        "case_id": unknown,
        "status_code": 404,
        "detail": "申报材料不存在",
    }
    replayed = await forward_cases(
        review.uow_factory, [ready.id, waiting.id, unknown], clerk, idempotency_key="batch"
    )
    assert replayed == batch


async def test_the_full_number_is_shown_to_the_holder_once_it_has_arrived(review: Review) -> None:
    case, _ = await review.submit()
    clerk = clerk_at(case)

    with pytest.raises(NumberNotArrived) as early:
        async with review.uow_factory() as uow:
            await reveal_id_number(uow, case.id, clerk)
    assert (early.value.status, early.value.headers) == (503, {"Retry-After": "2"})

    application = case.application
    async with review.uow_factory() as uow:
        await uow.identities.keep(
            application.application_id, application.submission, "11010519491231002X", NOW
        )
        shown = await reveal_id_number(uow, case.id, clerk, "127.0.0.1")
        await uow.commit()
    assert shown.id_number == "11010519491231002X"

    with pytest.raises(CaseNotFound):
        async with review.uow_factory() as uow:
            await reveal_id_number(uow, case.id, clerk_at(case, position=2))
