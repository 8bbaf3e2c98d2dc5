"""The committee's handlers on the in-memory fake (tests/support/memory.py): the real unit of
work and repositories over SQLite in memory, no broker, no server. A case handed off is taken,
received, voted on in a meeting, recommended to a senior committee and sent; each step's
notices are read back from the outbox the unit of work wrote them to."""

import uuid
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from services.committee.domain.case import CaseRefused, Status
from services.committee.domain.publicity import ObjectionIn
from services.committee.domain.refusals import BatchAlreadyReceived, NothingToSend, NotOurs
from services.committee.domain.senior_committees import SeniorCommittee
from services.committee.domain.votes import Seats, Tally, VoteRule
from services.committee.handlers.hand_off import take_case
from services.committee.handlers.meetings import (
    confirm_votes,
    correct_votes,
    create_meeting,
    record_votes,
)
from services.committee.handlers.office import receive, refuse
from services.committee.handlers.publicity import decide_objection, file_objection, publish
from services.committee.handlers.selection import Sent, send_batch, unselect
from services.committee.handlers.selection import select as choose
from services.committee.handlers.senior import receive_batch, refuse_in_batch
from services.committee.models import messaging, metadata
from services.committee.unit_of_work import CommitteeUnitOfWork
from shared.contracts import (
    ApplicantSummary,
    ApplicationNotRecommended,
    ApplicationSubmitted,
    CaseHandedOff,
    CommitteeProgressed,
    EmployerFacts,
    Envelope,
    OrganisationRef,
    SentToSeniorCommittee,
    StageRef,
)
from shared.contracts.vocabulary import Level, Role
from tests.support.forms import forms_snapshot
from tests.support.memory import memory_sessions

NOW = datetime(2026, 11, 20, 9, tzinfo=UTC)
OFFICE = OrganisationRef(
    code="mid.3301", name="杭州市建设工程专业中评委办公室", email="mid@example.com"
)
CITY_HR = OrganisationRef(code="330100.city_hr", name="杭州市人力社保局", email="hr@example.com")
CONSTRUCTION = SeniorCommittee(
    "construction", "省建筑工程高评委", "senior.construction", "省建筑工程高评委办公室"
)
CLERK = uuid.uuid4()
RULE = VoteRule()
Factory = Callable[[], CommitteeUnitOfWork]


@pytest.fixture
async def factory() -> AsyncIterator[Factory]:
    async with memory_sessions(metadata) as sessions:
        yield lambda: CommitteeUnitOfWork(sessions, messaging, lambda: NOW)


@asynccontextmanager
async def transaction(factory: Factory) -> AsyncIterator[CommitteeUnitOfWork]:
    """As ServiceContext.transaction() and the consumer loop open it: commit at the end."""
    async with factory() as uow:
        yield uow
        await uow.commit()


def handed_off(name: str) -> tuple[CaseHandedOff, Envelope]:
    application = ApplicationSubmitted(
        application_id=uuid.uuid4(),
        submission=1,
        applicant=ApplicantSummary(name=name, id_number_masked="330106************"),
        employer=EmployerFacts(
            name="某某建设有限公司", ownership="public", level=Level.city, region_code="330100"
        ),
        submitted_at=NOW,
        forms=forms_snapshot(name=name),
    )
    event = CaseHandedOff(
        application_id=application.application_id,
        submission=1,
        case_id=uuid.uuid4(),
        office=OFFICE,
        stage=StageRef(
            position=3, stage_count=3, role=Role.mid_committee_office, organisation=OFFICE
        ),
        sent_by=CITY_HR,
        application=application,
        opinions=[],
        handed_off_at=NOW,
    )
    return event, Envelope.wrap(event, occurred_at=NOW, correlation_id=uuid.uuid4(), sequence=6)


async def told(factory: Factory) -> list[Envelope]:
    """Everything the unit of work put in the outbox so far, in order."""
    async with factory() as uow:
        query = select(messaging.outbox.c.body).order_by(messaging.outbox.c.id)
        return [Envelope.model_validate_json(body) for body in await uow.session.scalars(query)]


async def taken(factory: Factory, *names: str) -> list[uuid.UUID]:
    ids = []
    for name in names:
        event, envelope = handed_off(name)
        async with transaction(factory) as uow:
            await take_case(uow, event, envelope)
        ids.append(event.case_id)
    return ids


async def received(factory: Factory, *names: str) -> list[uuid.UUID]:
    ids = await taken(factory, *names)
    for case_id in ids:
        async with transaction(factory) as uow:
            await receive(uow, case_id, OFFICE.code, CLERK)
    return ids


async def test_a_handed_off_case_is_taken_once_and_its_receipt_announced(
    factory: Factory,
) -> None:
    event, envelope = handed_off("甲")
    for _ in range(2):  # a redelivery opens nothing twice
        async with transaction(factory) as uow:
            await take_case(uow, event, envelope)
    async with factory() as uow:
        case = await uow.cases.get(event.case_id)
        assert case is not None
        assert (case.status, case.sequence) == (Status.pending_receipt, 6)
        assert await uow.cases.names([case.id]) == {case.id: "甲"}
    async with transaction(factory) as uow:
        after = await receive(uow, event.case_id, OFFICE.code, CLERK)
    assert (after.status, after.version, after.sequence) == (Status.received, 2, 7)
    [progressed] = await told(factory)
    assert (progressed.type, progressed.sequence) == (CommitteeProgressed.type_name(), 7)
    assert progressed.correlation_id == envelope.correlation_id
    assert progressed.payload["step"] == "received"
    assert progressed.payload["office"]["email"] == OFFICE.email


async def test_a_refusal_says_why_to_the_applicant_and_the_unit_that_sent_it(
    factory: Factory,
) -> None:
    [case_id] = await taken(factory, "乙")
    async with transaction(factory) as uow:
        await refuse(uow, case_id, OFFICE.code, CLERK, "  材料不全  ")
    [rejected] = await told(factory)
    assert rejected.payload["reasons"] == ["材料不全"]
    assert rejected.payload["lower_unit"]["code"] == CITY_HR.code
    assert rejected.payload["stage"]["position"] == 3
    with pytest.raises(CaseRefused, match="不能接收") as again:
        async with transaction(factory) as uow:
            await receive(uow, case_id, OFFICE.code, CLERK)
    assert again.value.body()["case"]["status"] == "refused"
    with pytest.raises(NotOurs):
        async with transaction(factory) as uow:
            await receive(uow, case_id, "mid.3302", CLERK)


async def test_a_meeting_with_votes_tells_each_outcome_and_a_correction_only_a_turn_over(
    factory: Factory,
) -> None:
    passes, fails = await received(factory, "丙", "丁")
    async with transaction(factory) as uow:
        meeting = await create_meeting(
            uow, OFFICE.code, held_on=date(2026, 11, 20), seats=Seats(9, 9),
            case_ids=[passes, fails], actor=CLERK, rule=RULE,
        )  # fmt: skip
    tallies = {passes: Tally(9, 6, 3, 0), fails: Tally(9, 5, 4, 0)}
    async with transaction(factory) as uow:
        await record_votes(uow, meeting.id, OFFICE.code, tallies, actor=CLERK, rule=RULE)
    before = len(await told(factory))
    async with transaction(factory) as uow:
        decided = await confirm_votes(uow, meeting.id, OFFICE.code, actor=CLERK, rule=RULE)
    assert {c.id: c.status for c in decided} == {passes: Status.passed, fails: Status.failed}
    outcomes = {e.payload["case_id"]: e for e in (await told(factory))[before:]}
    assert outcomes[str(passes)].payload["step"] == "passed"
    assert outcomes[str(fails)].type == ApplicationNotRecommended.type_name()
    assert outcomes[str(fails)].payload["reasons"] == [
        "未通过中评委评审：在册委员 9 人，出席 9 人，赞成 5 票，反对 4 票，弃权 0 票"
    ]
    assert outcomes[str(fails)].payload["verdict"] == "failed"

    before = len(await told(factory))
    async with transaction(factory) as uow:  # the same outcome: nobody is told again
        await correct_votes(
            uow, meeting.id, OFFICE.code, passes, Tally(9, 7, 2, 0),
            reason="笔误", actor=CLERK, rule=RULE,
        )  # fmt: skip
    assert len(await told(factory)) == before
    async with transaction(factory) as uow:  # turned over: told it passed after all
        corrected = await correct_votes(
            uow, meeting.id, OFFICE.code, fails, Tally(9, 6, 3, 0),
            reason="漏计一票", actor=CLERK, rule=RULE,
        )  # fmt: skip
    assert corrected.status == Status.passed
    [turned] = (await told(factory))[before:]
    assert (turned.payload["case_id"], turned.payload["step"]) == (str(fails), "passed")


async def _passed(factory: Factory, *names: str) -> list[uuid.UUID]:
    ids = await received(factory, *names)
    async with transaction(factory) as uow:
        meeting = await create_meeting(
            uow, OFFICE.code, held_on=date(2026, 11, 20), seats=Seats(9, 9),
            case_ids=ids, actor=CLERK, rule=RULE,
        )  # fmt: skip
        tallies = dict.fromkeys(ids, Tally(9, 8, 1, 0))
        await record_votes(uow, meeting.id, OFFICE.code, tallies, actor=CLERK, rule=RULE)
        await confirm_votes(uow, meeting.id, OFFICE.code, actor=CLERK, rule=RULE)
    return ids


async def _send(factory: Factory, key: str | None) -> Sent:
    async with transaction(factory) as uow:
        return await send_batch(
            uow, OFFICE.code, CONSTRUCTION, actor=CLERK, idempotency_key=key,
            publicity_required=False,
        )  # fmt: skip


async def test_the_chosen_are_sent_once_and_the_passed_over_are_told(factory: Factory) -> None:
    chosen, passed_over = await _passed(factory, "戊", "己")
    async with transaction(factory) as uow:
        selected = await choose(uow, chosen, OFFICE.code, CONSTRUCTION, CLERK)
    assert (selected.status, selected.senior_committee) == (Status.selected, CONSTRUCTION.code)
    before = len(await told(factory))

    sent = await _send(factory, "send-1")
    assert (sent.case_ids, sent.not_recommended) == ([chosen], [passed_over])
    announced = (await told(factory))[before:]
    assert [e.type for e in announced] == [
        SentToSeniorCommittee.type_name(),
        ApplicationNotRecommended.type_name(),
    ]
    assert announced[0].payload["senior_office"]["code"] == CONSTRUCTION.office_code
    assert announced[0].payload["batch_size"] == 1
    assert announced[1].payload["reasons"] == ["中评委评审通过，但未被推荐至高评委"]
    assert announced[1].payload["verdict"] == "not_selected"

    again = await _send(factory, "send-1")  # the retry gets the first batch, sends nothing
    assert (again.batch_id, again.case_ids) == (sent.batch_id, [chosen])
    assert len(await told(factory)) == before + 2
    with pytest.raises(NothingToSend):  # a second send finds nothing left to send
        await _send(factory, "send-2")
    async with factory() as uow:
        batch = await uow.batches.get(sent.batch_id)
        assert batch is not None
        assert batch.case_count == 1
        case = await uow.cases.get(chosen)
        assert case is not None
        assert (case.status, case.batch_id) == (Status.sent, sent.batch_id)


async def test_the_senior_office_receives_the_batch_but_what_it_refused(factory: Factory) -> None:
    first, second = await _passed(factory, "庚", "辛")
    async with transaction(factory) as uow:
        for case_id in (first, second):
            await choose(uow, case_id, OFFICE.code, CONSTRUCTION, CLERK)
    sent = await _send(factory, None)
    before = len(await told(factory))
    senior = CONSTRUCTION.office_code
    async with transaction(factory) as uow:
        await refuse_in_batch(
            uow, sent.batch_id, second, senior, CONSTRUCTION.office_name,
            actor=CLERK, reason="不符合申报条件",
        )  # fmt: skip
    async with transaction(factory) as uow:
        got = await receive_batch(uow, sent.batch_id, senior, CLERK)
    assert [c.id for c in got] == [first]
    refused, progressed = (await told(factory))[before:]
    # one stage past the mid-committee office's; the office is the lower unit told
    assert refused.payload["stage"]["position"] == 4
    assert refused.payload["stage"]["organisation"]["code"] == senior
    assert refused.payload["lower_unit"]["code"] == OFFICE.code
    assert progressed.payload["step"] == "senior_received"
    with pytest.raises(BatchAlreadyReceived):
        async with transaction(factory) as uow:
            await receive_batch(uow, sent.batch_id, senior, CLERK)


async def test_a_published_applicant_an_objection_holds_and_an_upheld_one_unrecommends(
    factory: Factory,
) -> None:
    [case_id] = await _passed(factory, "壬")
    async with transaction(factory) as uow:
        await choose(uow, case_id, OFFICE.code, CONSTRUCTION, CLERK)
        period = await publish(
            uow, OFFICE.code, starts_on=date(2026, 11, 20), working_days=5,
            case_ids=[case_id], actor=CLERK,
        )  # fmt: skip
    assert period.ends_on == date(2026, 11, 26)
    with pytest.raises(CaseRefused, match="该推荐对象已公示，不能取消推荐"):
        async with transaction(factory) as uow:
            await unselect(uow, case_id, OFFICE.code, CLERK)
    before = len(await told(factory))
    objection = ObjectionIn("李四", "13812345678", None, "业绩材料与实际情况不符，请核实")
    async with transaction(factory) as uow:
        objection_id = await file_objection(uow, case_id, objection)
    with pytest.raises(NothingToSend, match="有异议待处理"):
        await _send(factory, None)
    async with transaction(factory) as uow:
        await decide_objection(
            uow, objection_id, OFFICE.code, upheld=True, reason="经核实属实", actor=CLERK
        )
    filed, unrecommended = (await told(factory))[before:]
    assert filed.payload["applicant_name"] == "壬"
    assert "李四" not in filed.model_dump_json()  # the objector stays with the office
    assert unrecommended.payload["reasons"] == ["公示期间异议成立：经核实属实"]
    async with factory() as uow:
        case = await uow.cases.get(case_id)
        assert case is not None
        assert (case.status, case.senior_committee) == (Status.not_recommended, None)
