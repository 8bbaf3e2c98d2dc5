"""Read side: what the portal shows of an application."""

import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from services.intake.domain.application import STATUS_LABELS, Status
from services.intake.models import application
from services.intake.schemas import (
    ApplicantOut,
    ApplicationRead,
    CurrentStageOut,
    EmployerOut,
    RejectionOut,
    StageOut,
)
from shared.contracts.regions import region_name
from shared.contracts.vocabulary import (
    OWNERSHIP_LABELS,
    ROLE_LABELS,
    STAGE_STATE_LABELS,
    Ownership,
    Role,
    StageState,
)
from shared.privacy import mask_id_number, mask_phone


async def application_view(
    session: AsyncSession, application_id: uuid.UUID
) -> ApplicationRead | None:
    row = (
        await session.execute(select(application).where(application.c.id == application_id))
    ).first()
    if row is None:
        return None
    status = Status(row.status)
    return ApplicationRead(
        id=row.id,
        submission=row.submission,
        status=status,
        status_label=STATUS_LABELS[status],
        applicant=ApplicantOut(
            name=row.applicant_name,
            id_number_masked=mask_id_number(row.id_number),
            phone_masked=mask_phone(row.phone),
        ),
        employer=EmployerOut(
            name=row.employer_name,
            ownership=row.ownership,
            ownership_label=OWNERSHIP_LABELS[Ownership(row.ownership)],
            level=row.level,
            region_code=row.region_code,
            region_name=region_name(row.region_code),
            provincial_unit=row.provincial_unit,
        ),
        current_stage=_current_stage(row.stage) if status == Status.in_review else None,
        rejection=_rejection(row.rejection),
        submitted_at=row.submitted_at,
        updated_at=row.updated_at,
    )


def _stage(stage: dict[str, Any]) -> StageOut:
    return StageOut(**stage, role_label=ROLE_LABELS[Role(stage["role"])])


def _current_stage(stage: dict[str, Any] | None) -> CurrentStageOut | None:
    if stage is None:
        return None
    state = StageState(stage["state"])
    return CurrentStageOut(
        **_stage({k: v for k, v in stage.items() if k != "state"}).model_dump(),
        state=state,
        state_label=STAGE_STATE_LABELS[state],
    )


def _rejection(rejection: dict[str, Any] | None) -> RejectionOut | None:
    if rejection is None:
        return None
    stage = rejection.get("stage")
    return RejectionOut(
        reasons=rejection["reasons"],
        stage=_stage(stage) if stage else None,
        lower_unit=rejection.get("lower_unit"),
        rejected_at=rejection["rejected_at"],
    )
