"""What the department screens get back: the case page, the list rows, the batch preview.

Precise models, so the screens' generated TypeScript types are precise too."""

import uuid
from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, Field

from services.review.domain.case import Status
from shared.contracts.vocabulary import FileKind, FormKind, Role


class OrganisationBrief(BaseModel):
    code: str
    name: str


class CaseSummary(BaseModel):
    """The case as it stands: enough for a screen to refresh its row (and sent with every 409)."""

    id: uuid.UUID
    application_id: uuid.UUID
    submission: int
    status: Status
    status_label: str
    position: int
    stage_count: int
    organisation: OrganisationBrief
    paper_checked: bool
    paper_check_required: bool
    version: int


class ApplicantOut(BaseModel):
    name: str
    id_number_masked: str


class EmployerOut(BaseModel):
    name: str
    region_code: str


class FieldOut(BaseModel):
    field: str = Field(description="dotted path in the form, e.g. `work_history.0.employer`")
    label: str = Field(description="the form's own words, e.g. 工作经历 第1项 工作单位")
    value: str
    mismatch: str | None = Field(default=None, description="what the check found wrong here")


class FormOut(BaseModel):
    kind: FormKind
    label: str
    current_profession: str = Field(description="现从事专业 as this form has it")
    fields: list[FieldOut]


class CheckResultOut(BaseModel):
    code: str
    label: str
    passed: bool
    detail: str = ""


class MismatchOut(BaseModel):
    form: FormKind | None
    form_label: str
    field: str
    field_label: str
    message: str


class CheckOut(BaseModel):
    passed: bool
    checked_at: datetime
    results: list[CheckResultOut]
    mismatches: list[MismatchOut]


class FileOut(BaseModel):
    file_id: uuid.UUID
    kind: FileKind
    kind_label: str
    title: str
    media_type: str
    size: int
    width: int | None
    height: int | None
    sharpness: float | None = Field(description="the photo's clarity (variance of the Laplacian)")
    path: str = Field(description="where intake serves it to this department, inline")


class StepState(StrEnum):
    done = "done"  # the case has left this stage
    here = "here"  # the case is at this stage now
    next = "next"  # still to come
    not_reached = "not_reached"  # the route ended before it


class RouteStep(BaseModel):
    position: int
    role: Role
    role_label: str
    organisation: OrganisationBrief
    state: StepState
    state_label: str
    paper_check_required: bool
    entered_at: datetime | None
    left_at: datetime | None
    outcome: str | None
    outcome_label: str | None


class CorrectionItemOut(BaseModel):
    """One thing a department asked the applicant to correct (退回补正)."""

    form: FormKind
    form_label: str
    field: str
    field_label: str
    note: str


class ChangeOut(BaseModel):
    """One value the applicant's correction changed (ID numbers masked)."""

    form: FormKind
    form_label: str
    field: str
    field_label: str
    before: str | None
    after: str | None


class HistoryEntry(BaseModel):
    at: datetime
    position: int
    organisation: OrganisationBrief
    action: str
    action_label: str
    actor_name: str | None
    decision: str | None
    decision_label: str | None
    text: str | None
    signer: str | None
    # 退回补正: what was to be corrected; a correction: what changed, and between which submissions
    correction_items: list[CorrectionItemOut] = []
    changes: list[ChangeOut] = []
    corrects_submission: int | None = None
    submission: int | None = None


class ActionOut(BaseModel):
    action: str = Field(examples=["Receive", "Refuse", "CheckPaper", "SignOpinion", "Forward"])
    label: str


class Recipient(BaseModel):
    """Who is told of a refusal at this stage, and how."""

    who: str = Field(examples=["applicant", "lower_unit"])
    who_label: str = Field(examples=["申报对象", "报送单位"])
    name: str
    channels: list[str] = Field(examples=[["短信", "电子邮件"]])


class CaseDetail(CaseSummary):
    applicant: ApplicantOut
    employer: EmployerOut
    current_profession: str | None
    submitted_at: datetime | None
    days_waiting: int = Field(description="whole days the case has been at its current stage")
    working_days_waiting: int = Field(
        description="working days (holidays and 调休 counted) at its current stage, as lists count"
    )
    stage_limit: int | None = Field(
        description="working days this role has to act (the season's); null if none is set"
    )
    overdue: bool = Field(description="past the stage limit (催办)")
    forms: list[FormOut]
    check: CheckOut | None
    files: list[FileOut]
    route: list[RouteStep]
    history: list[HistoryEntry]
    allowed_actions: list[ActionOut]
    can_reveal_id_number: bool = Field(description="显示完整号码: the holding department only")
    told_on_refusal: list[Recipient] = Field(
        description="who 不予接收 or 审核不同意 here would tell, and how"
    )


class CaseListItem(BaseModel):
    case_id: uuid.UUID
    application_id: uuid.UUID
    submission: int
    applicant_name: str
    id_number_masked: str
    employer_name: str
    current_profession: str | None
    applied_title: str | None
    status: Status
    status_label: str
    source_label: str = Field(description="个人报送材料 or 单位上报材料")
    sent_by: str = Field(description="the applicant, or the unit that sent it up")
    paper_checked: bool
    position: int
    stage_count: int
    arrived_at: datetime | None
    left_at: datetime | None
    days_waiting: int = Field(description="whole days at this stage (until it left, if it did)")
    working_days_waiting: int = Field(
        description="working days (holidays and 调休 counted) at this stage, until it left"
    )
    stage_limit: int | None = Field(
        description="working days this role has to act (the season's); null if none is set"
    )
    overdue: bool = Field(description="still here past the stage limit (催办)")
    outcome: str | None
    outcome_label: str | None
    now_at: str = Field(description="where the case is now (已处理: where it went)")
    version: int


class ForwardPreviewItem(BaseModel):
    case_id: uuid.UUID
    applicant_name: str | None
    forwardable: bool
    to: OrganisationBrief | None = Field(description="where 报送 sends it")
    to_role_label: str | None
    reason: str | None = Field(description="why it cannot be forwarded, in Chinese")


class ForwardPreview(BaseModel):
    forwardable: int
    not_forwardable: int
    items: list[ForwardPreviewItem]


class CaseLocation(BaseModel):
    """Where a case is now: the organisation, the list of its menu, since when."""

    organisation_code: str
    organisation_name: str
    role_label: str
    menu: str | None = Field(description="the menu heading of its list; none once off the route")
    list_label: str | None
    since: datetime
    days: int


class CaseLookupItem(CaseSummary):
    """One case as the operator's look-up lists it (ID number masked)."""

    case_id: uuid.UUID
    applicant_name: str
    id_number_masked: str
    employer_name: str
    current_profession: str | None
    opened_at: datetime
    location: CaseLocation


class CaseLookupPage(BaseModel):
    total: int
    items: list[CaseLookupItem]


class CaseTimeline(CaseLookupItem):
    route: list[RouteStep]
    history: list[HistoryEntry]


class CaseActionResult(BaseModel):
    """What an action on a case answers: what was done, and the case as it stands after it."""

    message: str = Field(description="what was done, to tell the clerk")
    case: CaseSummary


class FieldProblem(BaseModel):
    """One wrong input, as every 422 lists it (`{"detail": [...]}`)."""

    field: str
    where: str = Field(alias="in", description="body, query, path or header")
    message: str
    type: str


class ForwardOutcome(BaseModel):
    """One case of a batch 报送: its own action's answer (`status_code` and that answer's body:
    `message` and `case` when forwarded, `detail` and, on a 409, `case` when not)."""

    case_id: uuid.UUID
    status_code: int
    message: str | None = None
    detail: str | list[FieldProblem] | None = None
    case: CaseSummary | None = None


class BatchForwardResult(BaseModel):
    forwarded: int
    not_forwarded: int
    results: list[ForwardOutcome]


class IdNumberOut(BaseModel):
    id_number: str = Field(title="身份证号码")
    revealed_at: datetime
