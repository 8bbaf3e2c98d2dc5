"""Submit (and resubmit) an application; ask to withdraw it."""

import uuid
from dataclasses import dataclass
from datetime import datetime

import structlog

from services.intake.commands import RequestWithdrawal, SubmitApplication
from services.intake.domain import progress
from services.intake.domain.actions import (
    Submit,
    Submitted,
    Withdraw,
    WithdrawalStillPending,
    decide,
    evolve,
)
from services.intake.domain.application import EDITABLE, Draft, Status, WithdrawalOutcome, readiness
from services.intake.domain.changes import diff_forms
from services.intake.domain.consistency import Identity, Report
from services.intake.domain.problems import Problem
from services.intake.domain.progress import Milestone
from services.intake.handlers import snapshots
from services.intake.handlers.errors import ApplicationNotFound, IdempotencyKeyReused
from services.intake.repository.applications import standing_of
from services.intake.repository.records import (
    AccountRecord,
    ApplicationRecord,
    StoredFileRecord,
    VersionRecord,
)
from services.intake.repository.submissions import SubmissionInputs
from services.intake.unit_of_work import IntakeUnitOfWork
from shared.contracts import ApplicationCorrected, ApplicationSubmitted, WithdrawalRequested
from shared.contracts.forms import BasicInfo, FieldChange, FormsSnapshot
from shared.contracts.vocabulary import FormKind

log = structlog.get_logger(__name__)


async def submit_application(uow: IntakeUnitOfWork, command: SubmitApplication) -> int:
    """Has the domain decide the submission and, in the route's transaction, stores it as the
    next one and stages ApplicationSubmitted (for a correction ApplicationCorrected) and
    ApplicantIdentityProvided (for review) and ApplicantContactProvided (for notify). Returns
    the submission's number; a retry with the same idempotency key returns the first answer
    (the application's row lock orders it after the first, whose version it then finds)."""
    row = await _own(uow, command.account_id, command.application_id)
    key = command.idempotency_key
    inputs = await uow.submissions.inputs(row, idempotency_key=key)
    if key and (replayed := _replay(row, inputs.replayed)):
        return replayed
    loaded = _load(inputs, row, now=uow.clock())
    standing = standing_of(row)
    returned = await _returned(uow, row) if standing.returned_for_correction else None
    submit = Submit(
        loaded.draft,
        loaded.identity,
        window=inputs.window,
        employer_changed=returned is not None and returned.employer != row.employer,
    )
    submitted = decide(standing, submit, uow.clock())
    if submitted.corrects:
        # the same journey goes on: back to the department that returned it
        assert returned is not None, "a correction is of the submission returned"
        correlation_id = row.journey
        changes = _correction_changes(returned, loaded)
    else:
        correlation_id = command.correlation_id or uuid.uuid4()
        changes = None
    version = snapshots.new_version(
        row,
        submitted,
        loaded.forms,
        loaded.files,
        correlation_id=correlation_id,
        idempotency_key=key,
    )
    after = evolve(standing, submitted)
    await uow.submissions.store(version, after, _first_line(row, submitted, changes))
    await _announce(uow, row, submitted, loaded, correlation_id, changes=changes)
    log.info(
        "application_submitted",
        application_id=str(row.id),
        submission=submitted.number,
        correlation_id=str(correlation_id),
    )
    return submitted.number


async def check_draft(
    uow: IntakeUnitOfWork, account_id: uuid.UUID, application_id: uuid.UUID
) -> tuple[Report, list[Problem]]:
    """What submitting now would find: the check report and every problem, changing nothing."""
    row = await _own(uow, account_id, application_id)
    loaded = _load(await uow.submissions.inputs(row), row, now=uow.clock())
    return readiness(loaded.draft, loaded.identity)


async def withdraw(uow: IntakeUnitOfWork, command: RequestWithdrawal) -> None:
    """Asks review to withdraw the current submission; asking again while waiting is a no-op."""
    row = await _own(uow, command.account_id, command.application_id)
    standing = standing_of(row)
    requested = decide(standing, Withdraw(), uow.clock())
    if isinstance(requested, WithdrawalStillPending):
        return
    after = evolve(standing, requested)
    assert after.withdrawal_pending, "a requested withdrawal waits for review's answer"
    now = requested.at
    withdrawal = {"outcome": WithdrawalOutcome.pending, "requested_at": now.isoformat()}
    await uow.applications.change(row.id, now=now, withdrawal=withdrawal)
    # review holds the sequence now: the request carries the last number intake applied
    milestone = progress.withdrawal_requested(now)
    await uow.history.record(
        row.id, submission=row.submission, sequence=row.last_sequence, milestone=milestone
    )
    await uow.emit(
        WithdrawalRequested(application_id=row.id, submission=row.submission, requested_at=now),
        correlation_id=row.journey,
        sequence=row.last_sequence,
    )
    log.info("withdrawal_requested", application_id=str(row.id), submission=row.submission)


@dataclass(frozen=True)
class _Loaded:
    """The draft's parts, read for checking and for the snapshot."""

    account: AccountRecord
    forms: dict[FormKind, BasicInfo]
    files: list[StoredFileRecord]
    draft: Draft
    identity: Identity


def _load(inputs: SubmissionInputs, row: ApplicationRecord, *, now: datetime) -> _Loaded:
    forms = snapshots.parsed_forms(inputs.forms)
    return _Loaded(
        account=inputs.account,
        forms=forms.valid,
        files=inputs.files,
        draft=snapshots.draft_of(row, forms, inputs.files),
        identity=snapshots.identity_of(inputs.account, now=now),
    )


async def _own(
    uow: IntakeUnitOfWork, account_id: uuid.UUID, application_id: uuid.UUID
) -> ApplicationRecord:
    row = await uow.applications.get_for_update(application_id, account_id)
    if row is None:
        raise ApplicationNotFound(application_id)
    return row


def _replay(row: ApplicationRecord, submission: int | None) -> int | None:
    """The submission the request's key made (`submission`), if the request is a retry of it;
    IdempotencyKeyReused if the key made an earlier submission that has since been refused or
    withdrawn."""
    if submission is None:
        return None
    if submission == row.submission and Status(row.status) not in EDITABLE:
        return submission
    raise IdempotencyKeyReused()


async def _returned(uow: IntakeUnitOfWork, row: ApplicationRecord) -> VersionRecord:
    """The submission returned for correction, as intake kept it."""
    returned = await uow.history.version(row.id, row.submission)
    assert returned is not None, "a returned submission is kept"
    return returned


def _correction_changes(returned: VersionRecord, loaded: _Loaded) -> list[FieldChange]:
    """What the correction changed in the forms since the returned submission, ID numbers
    masked (it goes to the department)."""
    masked_before = snapshots.mask_forms(FormsSnapshot.model_validate(returned.forms))
    return diff_forms(masked_before, snapshots.snapshot(loaded.forms, masked=True))


def _first_line(
    row: ApplicationRecord, submitted: Submitted, changes: list[FieldChange] | None
) -> Milestone:
    """The first line of the submission's timeline (for a correction: what it changed)."""
    if changes is None:
        return progress.submitted(submitted.number, submitted.at)
    lines = [f"{c.form_label}“{c.field_label}”：{_shown(c.old)} → {_shown(c.new)}" for c in changes]
    return progress.corrected(submitted.number, row.returned_by, lines, submitted.at)


def _shown(value: object) -> str:
    return "（空）" if value in (None, "") else str(value)


async def _announce(
    uow: IntakeUnitOfWork,
    row: ApplicationRecord,
    submitted: Submitted,
    loaded: _Loaded,
    correlation_id: uuid.UUID,
    *,
    changes: list[FieldChange] | None = None,
) -> None:
    """ApplicationSubmitted, or for a correction ApplicationCorrected carrying it, then the
    contact details and ID number of the new submission."""
    announced: ApplicationSubmitted | ApplicationCorrected = snapshots.submitted_event(
        row, submitted, account=loaded.account, forms=loaded.forms, files=loaded.files
    )
    if changes is not None:
        announced = ApplicationCorrected(
            application_id=row.id,
            submission=submitted.number,
            corrects_submission=row.submission,
            case_id=row.returned_case,
            application=announced,
            changes=changes,
            corrected_at=submitted.at,
        )
    # the contact details carry the submission's own sequence: they belong to it, not after it
    contact = snapshots.contact_event(row.id, submitted, loaded.account)
    identity = snapshots.identity_event(row.id, submitted, loaded.account)
    for event in (announced, contact, identity):
        await uow.emit(event, correlation_id=correlation_id, sequence=submitted.sequence)
