"""What review and the committee report, heard on the fake through intake's own consumers:
each report is a line of the timeline; the newest moves the status the domain says; a late one
moves nothing; the answer to a withdrawal settles the request whatever order it arrives in."""

import uuid
from datetime import UTC, datetime
from typing import Any

from services.intake import consumers
from services.intake.commands import RequestWithdrawal, SubmitApplication
from services.intake.domain.application import Status, WithdrawalOutcome
from services.intake.handlers.submission import submit_application, withdraw
from services.intake.repository.records import ApplicationRecord
from services.intake.views.timeline import timeline
from shared.contracts import (
    ApplicationRejected,
    CaseStageChanged,
    CaseWithdrawn,
    CommitteeProgressed,
    Contract,
    Envelope,
    OrganisationRef,
    Refusal,
    StageRef,
    WithdrawalRefused,
)
from shared.contracts.committee import CommitteeStep
from shared.contracts.vocabulary import Role, StageState
from tests.unit.intake.handlers.fake import NOW, Intake, applicant, prepared_draft

AT = datetime(2026, 12, 3, 3, 0, tzinfo=UTC)
COUNTY = OrganisationRef(code="330106-hr", name="西湖区人力社保局")
CASE = uuid.uuid4()


def _first_stage() -> StageRef:
    return StageRef(position=1, stage_count=4, role=Role.county_hr, organisation=COUNTY)


def _envelope(event: Contract, sequence: int) -> Envelope:
    return Envelope.wrap(event, occurred_at=AT, correlation_id=uuid.uuid4(), sequence=sequence)


async def _submitted(intake: Intake) -> tuple[uuid.UUID, uuid.UUID]:
    account, application_id = await prepared_draft(intake, applicant())
    async with intake.transaction() as uow:
        await submit_application(uow, SubmitApplication(account, application_id))
    return account, application_id


async def _row(intake: Intake, account: uuid.UUID, application_id: uuid.UUID) -> ApplicationRecord:
    async with intake.uow_factory() as uow:
        row = await uow.applications.get_for_update(application_id, account)
    assert row is not None
    return row


async def _timeline(intake: Intake, application_id: uuid.UUID) -> list[str]:
    async with intake.uow_factory() as uow:
        lines = await timeline(uow.session, application_id, 1)
    return [line.summary for line in lines]


async def _hear(intake: Intake, handler: Any, event: Contract, sequence: int) -> None:
    async with intake.transaction() as uow:
        await handler(uow, event, _envelope(event, sequence))


def _stage_changed(application_id: uuid.UUID, state: StageState) -> CaseStageChanged:
    return CaseStageChanged(
        application_id=application_id,
        submission=1,
        case_id=CASE,
        stage=_first_stage(),
        state=state,
        changed_at=AT,
    )


async def test_the_newest_report_moves_the_status_and_a_late_one_only_the_timeline(
    intake: Intake,
) -> None:
    account, application_id = await _submitted(intake)
    received = _stage_changed(application_id, StageState.pending_approval)
    await _hear(intake, consumers.on_case_stage_changed, received, sequence=3)
    late = _stage_changed(application_id, StageState.pending_receipt)
    await _hear(intake, consumers.on_case_stage_changed, late, sequence=2)

    row = await _row(intake, account, application_id)
    assert (row.status, row.last_sequence) == (Status.in_review, 3)
    assert row.stage is not None
    assert (row.stage["position"], row.stage["state"]) == (1, StageState.pending_approval)
    assert row.updated_at == AT
    assert await _timeline(intake, application_id) == [
        "提交申报（第 1 次），已通过一致性和照片检查",
        "申报材料已报送至西湖区人力社保局，待接收（个人报送材料）",
        "西湖区人力社保局已接收申报材料，待审批",
    ]


async def test_a_refusal_replaces_the_stage_with_its_reasons(intake: Intake) -> None:
    account, application_id = await _submitted(intake)
    waiting = _stage_changed(application_id, StageState.pending_receipt)
    await _hear(intake, consumers.on_case_stage_changed, waiting, sequence=2)
    refused = ApplicationRejected(
        application_id=application_id,
        submission=1,
        case_id=CASE,
        stage=_first_stage(),
        lower_unit=None,
        reasons=["照片不清晰"],
        rejected_at=AT,
        refusal=Refusal.not_received,
    )
    await _hear(intake, consumers.on_application_rejected, refused, sequence=3)

    row = await _row(intake, account, application_id)
    assert (row.status, row.stage, row.last_sequence) == (Status.rejected, None, 3)
    assert row.rejection is not None
    assert row.rejection["reasons"] == ["照片不清晰"]


async def test_the_committees_steps_lead_to_its_statuses(intake: Intake) -> None:
    account, application_id = await _submitted(intake)
    office = OrganisationRef(code="mid-office", name="中评委办公室")
    for sequence, (step, status) in enumerate(
        [
            (CommitteeStep.received, Status.at_committee),
            (CommitteeStep.passed, Status.committee_passed),
            (CommitteeStep.senior_received, Status.sent_to_senior),
        ],
        start=2,
    ):
        progressed = CommitteeProgressed(
            application_id=application_id,
            submission=1,
            case_id=CASE,
            office=office,
            step=step,
            at=AT,
        )
        await _hear(intake, consumers.on_committee_progressed, progressed, sequence)
        row = await _row(intake, account, application_id)
        assert (row.status, row.last_sequence) == (status, sequence)


async def test_a_withdrawal_is_settled_and_the_application_withdrawn(intake: Intake) -> None:
    account, application_id = await _submitted(intake)
    async with intake.transaction() as uow:
        await withdraw(uow, RequestWithdrawal(account, application_id))
    withdrawn = CaseWithdrawn(
        application_id=application_id, submission=1, case_id=CASE, withdrawn_at=AT
    )
    await _hear(intake, consumers.on_case_withdrawn, withdrawn, sequence=2)

    row = await _row(intake, account, application_id)
    assert row.status == Status.withdrawn
    assert row.withdrawal is not None
    assert row.withdrawal["outcome"] == WithdrawalOutcome.withdrawn
    assert (row.withdrawal["requested_at"], row.withdrawal["settled_at"]) == (
        NOW.isoformat(),
        AT.isoformat(),
    )


async def test_a_refused_withdrawal_is_settled_even_late_and_leaves_the_status(
    intake: Intake,
) -> None:
    account, application_id = await _submitted(intake)
    async with intake.transaction() as uow:
        await withdraw(uow, RequestWithdrawal(account, application_id))
    received = _stage_changed(application_id, StageState.pending_approval)
    await _hear(intake, consumers.on_case_stage_changed, received, sequence=3)
    refused = WithdrawalRefused(
        application_id=application_id, submission=1, reason="已被接收", refused_at=AT
    )
    await _hear(intake, consumers.on_withdrawal_refused, refused, sequence=2)

    row = await _row(intake, account, application_id)
    assert (row.status, row.last_sequence) == (Status.in_review, 3)
    assert row.withdrawal is not None
    assert (row.withdrawal["outcome"], row.withdrawal["reason"]) == (
        WithdrawalOutcome.refused,
        "已被接收",
    )
