"""进度查询: the applicant's applications and where each one is now."""

import uuid
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from services.intake.domain.application import (
    ACTION_HINTS,
    ACTION_LABELS,
    PAST_REVIEW,
    STATUS_LABELS,
    WITHDRAWAL_LABELS,
    Action,
    Status,
    WithdrawalOutcome,
    allowed_actions,
)
from services.intake.domain.season import held_working_days
from services.intake.models import applicant_account, application, application_version
from services.intake.repository.applications import standing_of
from services.intake.repository.records import ApplicationRecord
from services.intake.repository.season import SeasonRepository
from services.intake.repository.stored import (
    StoredCorrection,
    StoredRejection,
    StoredStage,
    StoredStageRef,
    StoredWithdrawal,
)
from services.intake.schemas.applications import (
    ActionOut,
    ApplicantOut,
    ApplicationBrief,
    ApplicationRead,
    CorrectionItemOut,
    CorrectionOut,
    CurrentStageOut,
    OrganisationOut,
    RejectionOut,
    StageOut,
    SubmissionBrief,
    TimelineEntryOut,
    WithdrawalOut,
)
from services.intake.views.directory import submission_route
from services.intake.views.employer import employer_out
from services.intake.views.owned import owned
from services.intake.views.timeline import refusals, timeline
from shared.contracts.vocabulary import ROLE_LABELS, STAGE_STATE_LABELS, Role, StageState
from shared.privacy import mask_id_number, mask_phone


async def list_applications(session: AsyncSession, account_id: uuid.UUID) -> list[ApplicationBrief]:
    rows = await session.execute(
        select(application)
        .where(application.c.account_id == account_id)
        .order_by(application.c.created_at, application.c.id)
    )
    return [_brief(ApplicationRecord.of(row)) for row in rows.mappings()]


def _brief(row: ApplicationRecord) -> ApplicationBrief:
    return ApplicationBrief(
        id=row.id,
        submission=row.submission,
        status=row.status,
        status_label=STATUS_LABELS[Status(row.status)],
        employer_name=row.employer.get("name") if row.employer else None,
        created_at=row.created_at,
        updated_at=row.updated_at,
    )


async def application_view(
    session: AsyncSession, account_id: uuid.UUID, application_id: uuid.UUID, *, now: datetime
) -> ApplicationRead | None:
    row = await owned(session, account_id, application_id)
    if row is None:
        return None
    status = Status(row.status)
    lines = await timeline(session, row.id, row.submission)
    stage = None
    if status == Status.in_review:
        closures = await SeasonRepository(session).closures()
        stage = _current_stage(row.stage, lines, now, closures)
    return ApplicationRead(
        id=row.id,
        submission=row.submission,
        status=status,
        status_label=STATUS_LABELS[status],
        applicant=await _applicant(session, account_id),
        employer=employer_out(row.employer),
        current_stage=stage,
        review_finished=status in PAST_REVIEW,
        route=await submission_route(session, row),
        rejection=_rejection(row.rejection),
        correction=_correction(row.correction),
        withdrawal=_withdrawal(row.withdrawal),
        timeline=lines,
        refusals=await refusals(session, row.id),
        submissions=await _submissions(session, row.id),
        allowed_actions=[
            ActionOut(action=a, label=ACTION_LABELS[a], hint=_hint(a, row.correction))
            for a in allowed_actions(standing_of(row))
        ],
        created_at=row.created_at,
        updated_at=row.updated_at,
        submitted_at=row.submitted_at,
    )


def _hint(action: Action, correction: StoredCorrection | None) -> str:
    """A correction's hint names the department it goes back to."""
    returned_by = correction["stage"]["organisation"]["name"] if correction else None
    return ACTION_HINTS[action].format(organisation=returned_by or "退回的审核部门")


def _correction(correction: StoredCorrection | None) -> CorrectionOut | None:
    if correction is None:
        return None
    organisation = correction["stage"]["organisation"]
    return CorrectionOut(
        organisation=OrganisationOut(code=organisation["code"], name=organisation["name"]),
        requested_at=correction["requested_at"],
        items=[
            CorrectionItemOut(
                form=item["form"],
                form_label=item["form_label"],
                field=item["field"],
                field_label=item["field_label"] or item["field"],
                note=item["note"],
                path=f"forms.{item['form']}.{item['field']}",
            )
            for item in correction["items"]
        ],
    )


async def _applicant(session: AsyncSession, account_id: uuid.UUID) -> ApplicantOut:
    query = select(applicant_account).where(applicant_account.c.id == account_id)
    account = (await session.execute(query)).mappings().one()
    return ApplicantOut(
        name=account["name"],
        id_number_masked=mask_id_number(account["id_number"]),
        phone_masked=mask_phone(account["phone"]),
    )


async def _submissions(session: AsyncSession, application_id: uuid.UUID) -> list[SubmissionBrief]:
    rows = await session.execute(
        select(application_version.c.submission, application_version.c.submitted_at)
        .where(application_version.c.application_id == application_id)
        .order_by(application_version.c.submission)
    )
    return [SubmissionBrief(submission=n, submitted_at=at) for n, at in rows]


def _stage(stage: StoredStageRef) -> StageOut:
    role, organisation = Role(stage["role"]), stage["organisation"]
    return StageOut(
        position=stage["position"],
        stage_count=stage["stage_count"],
        role=role,
        role_label=ROLE_LABELS[role],
        organisation=OrganisationOut(code=organisation["code"], name=organisation["name"]),
    )


def _current_stage(
    stage: StoredStage | None,
    lines: list[TimelineEntryOut],
    now: datetime,
    closures: list[date],
) -> CurrentStageOut | None:
    if stage is None:
        return None
    state = StageState(stage["state"])
    out = _stage(stage)
    since = _held_since(out.organisation.name, lines)
    held = held_working_days(since, now, closures) if since else None
    return CurrentStageOut(
        **out.model_dump(),
        state=state,
        state_label=STAGE_STATE_LABELS[state],
        held_since=since,
        held_working_days=held,
        held_label=None if held is None else f"{held} 个工作日",
    )


def _held_since(organisation: str, lines: list[TimelineEntryOut]) -> datetime | None:
    """The first line of the last run of lines by this organisation: when the case reached it."""
    since = None
    for line in reversed(lines):
        if line.organisation != organisation:
            if since is not None:
                break
            continue
        since = line.at
    return since


def _rejection(rejection: StoredRejection | None) -> RejectionOut | None:
    if rejection is None:
        return None
    stage = rejection.get("stage")
    return RejectionOut(
        reasons=rejection["reasons"],
        stage=_stage(stage) if stage else None,
        lower_unit=rejection.get("lower_unit"),
        rejected_at=rejection["rejected_at"],
    )


def _withdrawal(withdrawal: StoredWithdrawal | None) -> WithdrawalOut | None:
    if withdrawal is None:
        return None
    outcome = WithdrawalOutcome(withdrawal["outcome"])
    return WithdrawalOut(
        outcome=outcome,
        outcome_label=WITHDRAWAL_LABELS[outcome],
        requested_at=withdrawal.get("requested_at"),
        settled_at=withdrawal.get("settled_at"),
        reason=withdrawal.get("reason"),
    )
