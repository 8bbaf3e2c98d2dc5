"""An application's progress (进度查询), its submissions and what changed between them."""

import uuid
from datetime import datetime

from pydantic import BaseModel, Field

from services.intake.schemas.directory import RouteOut
from services.intake.schemas.drafts import EmployerOut
from shared.contracts.forms import FieldChange, FormsSnapshot
from shared.contracts.intake import CheckReport, FileRef
from shared.contracts.vocabulary import Role, StageState


class ApplicationCreated(BaseModel):
    id: uuid.UUID
    status: str
    status_label: str


class SubmissionAccepted(BaseModel):
    id: uuid.UUID
    submission: int
    status: str
    status_label: str


class ApplicationBrief(BaseModel):
    id: uuid.UUID
    submission: int
    status: str
    status_label: str
    employer_name: str | None
    created_at: datetime
    updated_at: datetime


class ApplicantOut(BaseModel):
    name: str
    id_number_masked: str
    phone_masked: str


class OrganisationOut(BaseModel):
    code: str
    name: str


class StageOut(BaseModel):
    position: int
    stage_count: int
    role: Role
    role_label: str
    organisation: OrganisationOut


class CurrentStageOut(StageOut):
    state: StageState
    state_label: str
    held_since: datetime | None = Field(
        description="when this department got the case (the first of its lines in the timeline)"
    )
    held_working_days: int | None = Field(
        description="working days (holidays, 调休 and the season's closures not counted) it has"
        " held the case since the day it got it, as review's lists and 催办 count them"
    )
    held_label: str | None = Field(
        description="that figure with its unit, as the portal says it: 3 个工作日"
    )


class RejectionOut(BaseModel):
    reasons: list[str]
    stage: StageOut | None
    lower_unit: OrganisationOut | None
    rejected_at: datetime


class WithdrawalOut(BaseModel):
    outcome: str
    outcome_label: str
    requested_at: datetime | None  # None only if review answered a request intake never saw
    settled_at: datetime | None
    reason: str | None


class TimelineEntryOut(BaseModel):
    submission: int
    at: datetime
    organisation: str | None
    summary: str
    reasons: list[str]


class ActionOut(BaseModel):
    action: str
    label: str
    hint: str = Field(description="the rule of the action, stated next to its button")


class SubmissionBrief(BaseModel):
    submission: int
    submitted_at: datetime


class CorrectionItemOut(BaseModel):
    """One thing to correct; `path` is the field as the 检查 problems name it, for a link."""

    form: str
    form_label: str
    field: str
    field_label: str
    note: str
    path: str = Field(examples=["forms.comprehensive.current_profession"])


class CorrectionOut(BaseModel):
    """退回补正: who returned the application, when, and every item to correct (一次性告知)."""

    organisation: OrganisationOut
    requested_at: datetime
    items: list[CorrectionItemOut]


class ApplicationRead(BaseModel):
    id: uuid.UUID
    submission: int
    status: str
    status_label: str
    applicant: ApplicantOut
    employer: EmployerOut | None
    current_stage: CurrentStageOut | None
    review_finished: bool = Field(
        description="every department of the route has passed it on (it is at the committee)"
    )
    route: RouteOut | None = Field(
        default=None,
        description="the departments the current submission passes through, in order (from the"
        " employer it was submitted with), or before the first submission the draft's; null"
        " while the employer step or review's directory is missing",
    )
    rejection: RejectionOut | None
    correction: CorrectionOut | None = Field(
        default=None, description="退回补正 waiting for the applicant: what to correct"
    )
    withdrawal: WithdrawalOut | None
    timeline: list[TimelineEntryOut]  # of the current submission, in sequence order
    refusals: list[TimelineEntryOut] = Field(
        description="every refusal of every submission, with its reasons and the unit, oldest first"
    )
    submissions: list[SubmissionBrief]
    allowed_actions: list[ActionOut] = Field(description="what the applicant may do now")
    created_at: datetime
    updated_at: datetime
    submitted_at: datetime | None


class SubmissionRead(BaseModel):
    submission: int
    submitted_at: datetime
    employer: EmployerOut
    forms: FormsSnapshot
    check_report: CheckReport
    files: list[FileRef]
    timeline: list[TimelineEntryOut]


class DiffRead(BaseModel):
    base: int
    target: int | None  # None: the current draft
    changes: list[FieldChange]
