"""Submit and withdraw on the fake: one transaction stores the submission and stages its
events; a retry with the same Idempotency-Key gets the same answer and stages nothing more."""

from datetime import date, timedelta

import pytest

from deploy.season import forms_for
from services.intake.commands import RequestWithdrawal, SaveForm, SubmitApplication
from services.intake.domain.application import Status, WithdrawalOutcome
from services.intake.domain.problems import Refused
from services.intake.handlers import drafts
from services.intake.handlers.errors import IdempotencyKeyReused
from services.intake.handlers.submission import submit_application, withdraw
from shared.contracts import (
    ApplicantContactProvided,
    ApplicantIdentityProvided,
    ApplicationSubmitted,
    SeasonPublished,
    WithdrawalRequested,
)
from shared.contracts.forms import FORM_MODELS
from shared.contracts.vocabulary import FormKind
from tests.unit.intake.handlers.fake import NOW, Intake, applicant, prepared_draft

SUBMISSION_EVENTS = [
    ApplicationSubmitted.routing_key(),
    ApplicantContactProvided.routing_key(),
    ApplicantIdentityProvided.routing_key(),
]


async def _events(intake: Intake, *keys: str) -> list[str]:
    return [key for key, _ in await intake.outbox() if key in keys]


async def test_a_submission_is_stored_and_announced_once_however_often_it_is_retried(
    intake: Intake,
) -> None:
    account, application_id = await prepared_draft(intake, applicant())
    command = SubmitApplication(account, application_id, idempotency_key="submit-1")

    answers = []
    for _ in range(3):  # the first request and two retries after a timeout
        async with intake.transaction() as uow:
            answers.append(await submit_application(uow, command))

    assert answers == [1, 1, 1]
    async with intake.uow_factory() as uow:
        row = await uow.applications.get_for_update(application_id, account)
        version = await uow.history.version(application_id, 1)
    assert row is not None
    assert (row.status, row.submission, row.last_sequence) == (Status.submitted, 1, 1)
    assert version is not None
    assert version.idempotency_key == "submit-1"
    assert await _events(intake, *SUBMISSION_EVENTS) == SUBMISSION_EVENTS
    submitted = next(p for k, p in await intake.outbox() if k == SUBMISSION_EVENTS[0])
    assert submitted["application_id"] == str(application_id)
    assert submitted["submission"] == 1
    assert submitted["applicant"]["id_number_masked"].count("*") > 0


async def test_a_submitted_application_cannot_be_edited_nor_submitted_with_another_key(
    intake: Intake,
) -> None:
    person = applicant()
    account, application_id = await prepared_draft(intake, person)
    async with intake.transaction() as uow:
        await submit_application(uow, SubmitApplication(account, application_id, "first"))
    staged = await intake.outbox()

    summary = forms_for({"applicant": person, "employer": {"name": "x"}})["summary"]
    form = FORM_MODELS[FormKind.summary].model_validate(summary)
    with pytest.raises(Refused, match="审核期间不能修改"):
        async with intake.transaction() as uow:
            await drafts.save_form(uow, SaveForm(account, application_id, FormKind.summary, form))
    with pytest.raises(Refused):
        async with intake.transaction() as uow:
            await submit_application(uow, SubmitApplication(account, application_id, "second"))
    assert await intake.outbox() == staged


async def test_a_key_of_an_earlier_submission_is_refused(intake: Intake) -> None:
    account, application_id = await prepared_draft(intake, applicant())
    async with intake.transaction() as uow:
        await submit_application(uow, SubmitApplication(account, application_id, "k"))
    async with intake.transaction() as uow:  # review refused it: the draft is editable again
        await uow.applications.change(application_id, now=uow.clock(), status=Status.rejected)

    with pytest.raises(IdempotencyKeyReused) as refused:
        async with intake.transaction() as uow:
            await submit_application(uow, SubmitApplication(account, application_id, "k"))
    assert refused.value.where == "header"
    assert refused.value.errors[0][0] == "Idempotency-Key"


def _season(opens: date, closes: date, *, published_hours_after: int) -> SeasonPublished:
    return SeasonPublished(
        year=opens.year,
        submission_opens=opens,
        submission_closes=closes,
        stage_limits=[],
        closures=[],
        published_at=NOW + timedelta(hours=published_hours_after),
    )


async def test_each_submit_reads_the_season_as_intake_keeps_it_then(intake: Intake) -> None:
    account, application_id = await prepared_draft(intake, applicant())
    command = SubmitApplication(account, application_id)
    today = NOW.date()
    async with intake.transaction() as uow:
        await uow.season.keep(
            _season(today - timedelta(days=9), today - timedelta(days=1), published_hours_after=1)
        )
    with pytest.raises(Refused, match="申报已截止"):
        async with intake.transaction() as uow:
            await submit_application(uow, command)

    async with intake.transaction() as uow:  # the operator moved the deadline: heard at once
        await uow.season.keep(
            _season(today - timedelta(days=9), today + timedelta(days=1), published_hours_after=2)
        )
    async with intake.transaction() as uow:
        assert await submit_application(uow, command) == 1


async def test_a_withdrawal_is_asked_for_once(intake: Intake) -> None:
    account, application_id = await prepared_draft(intake, applicant())
    async with intake.transaction() as uow:
        await submit_application(uow, SubmitApplication(account, application_id))

    for _ in range(2):  # asking again while waiting for review's answer changes nothing
        async with intake.transaction() as uow:
            await withdraw(uow, RequestWithdrawal(account, application_id))

    async with intake.uow_factory() as uow:
        row = await uow.applications.get_for_update(application_id, account)
    assert row is not None
    assert row.withdrawal is not None
    assert row.withdrawal["outcome"] == WithdrawalOutcome.pending
    requested = [p for k, p in await intake.outbox() if k == WithdrawalRequested.routing_key()]
    assert len(requested) == 1
    assert (requested[0]["application_id"], requested[0]["submission"]) == (
        str(application_id),
        1,
    )


async def test_a_draft_cannot_be_withdrawn(intake: Intake) -> None:
    account, application_id = await prepared_draft(intake, applicant())
    with pytest.raises(Refused, match="无需撤回"):
        async with intake.transaction() as uow:
            await withdraw(uow, RequestWithdrawal(account, application_id))
    assert await _events(intake, WithdrawalRequested.routing_key()) == []
