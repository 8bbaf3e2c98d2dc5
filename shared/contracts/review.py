"""Events review publishes."""

import uuid
from datetime import date
from enum import StrEnum

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

from shared.contracts.envelope import Contract
from shared.contracts.intake import ApplicationSubmitted
from shared.contracts.vocabulary import FormKind, Level, Role, StageState


class OrganisationRef(BaseModel):
    model_config = ConfigDict(frozen=True, extra="ignore")

    code: str
    name: str
    email: str | None = Field(default=None, description="where notices to it go, if known")


class StageRef(BaseModel):
    """One stage of a case's route: its place in the route and who works on it."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    position: int = Field(ge=1)
    stage_count: int = Field(ge=1)
    role: Role
    organisation: OrganisationRef


class CaseStageChanged(Contract):
    """A case arrived at a stage or moved to another screen of its stage.

    `held_by` names (by code) every organisation that held the case at an earlier stage: each
    may open this submission's materials as it may open the case, also a corrected submission
    that arrives after 退回补正 at a later stage (empty in announcements made before it was
    added)."""

    producer = "review"

    application_id: uuid.UUID
    submission: int = Field(ge=1)
    case_id: uuid.UUID
    stage: StageRef
    state: StageState
    changed_at: AwareDatetime
    held_by: list[str] = Field(default_factory=list)


class Refusal(StrEnum):
    not_received = "not_received"  # 不予接收
    disagreed = "disagreed"  # 签署审核意见: 不同意
    unroutable = "unroutable"  # no route could be opened for the employer given


class ApplicationRejected(Contract):
    """The application was not received (不予接收) or not approved; the route ends here.

    `stage` is None when no route could be opened; `lower_unit` is the organisation that sent
    the case to the refusing stage, None when the applicant sent it directly."""

    producer = "review"

    application_id: uuid.UUID
    submission: int = Field(ge=1)
    case_id: uuid.UUID | None
    stage: StageRef | None
    lower_unit: OrganisationRef | None
    reasons: list[str] = Field(min_length=1)
    rejected_at: AwareDatetime
    refusal: Refusal | None = Field(default=None, description="which kind; None from old senders")


class CaseWithdrawn(Contract):
    """The applicant's withdrawal took effect: no department had received the case."""

    producer = "review"

    application_id: uuid.UUID
    submission: int = Field(ge=1)
    case_id: uuid.UUID
    withdrawn_at: AwareDatetime


class WithdrawalRefused(Contract):
    """Too late to withdraw: a department has already received the case."""

    producer = "review"

    application_id: uuid.UUID
    submission: int = Field(ge=1)
    reason: str
    refused_at: AwareDatetime


class ReviewOpinion(BaseModel):
    """One department's signed review opinion (签署审核意见)."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    position: int = Field(ge=1)
    organisation: OrganisationRef
    decision: str
    text: str
    signer: str
    signed_at: AwareDatetime


class CaseHandedOff(Contract):
    """The last review stage forwarded the case to its mid-committee office: the committee
    service takes it from here. `sent_by` is the lower-level unit for a refusal there."""

    producer = "review"

    application_id: uuid.UUID
    submission: int = Field(ge=1)
    case_id: uuid.UUID
    office: OrganisationRef
    stage: StageRef = Field(description="the office's place at the end of the route")
    sent_by: OrganisationRef
    application: ApplicationSubmitted = Field(description="the submission as intake sent it")
    opinions: list[ReviewOpinion]
    handed_off_at: AwareDatetime


class AccountChanged(Contract):
    """A department or operator account was created, disabled, enabled or given a new password.
    Services that accept department tokens keep the newest state so that a disabled account's
    tokens, or those older than its password, stop working everywhere at once."""

    producer = "review"

    account_id: uuid.UUID
    organisation_code: str | None
    active: bool
    token_version: int = Field(ge=1)
    changed_at: AwareDatetime


class EmployerKindEntry(BaseModel):
    """A kind of employer the applicant chooses from (单位类型)."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    code: str
    label: str = Field(description="in Chinese, as the portal shows it")
    names: Role | None = Field(
        description="the role of the organisation the applicant picks (provincial_unit, "
        "talent_center); None when the applicant gives the employer's region instead"
    )
    levels: list[Level] = Field(description="the levels the kind has a route at")


class DirectoryEntry(BaseModel):
    """An organisation of the directory an applicant may name or pass through."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    code: str
    name: str
    role: Role
    region_code: str
    email: str | None = Field(
        default=None,
        description="where notices to the organisation go; None: it has no address. The notify "
        "service addresses units from this alone, never from another event's payload",
    )


class CountyEntry(BaseModel):
    model_config = ConfigDict(frozen=True, extra="ignore")

    code: str
    name: str


class RegionEntry(BaseModel):
    """A city and its counties (GB/T 2260)."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    code: str
    name: str
    counties: list[CountyEntry]


class RouteOptionEntry(BaseModel):
    """One choice an applicant can make and the organisations its route passes, in order; the
    last is the mid-committee office."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    kind: str
    region_code: str | None = Field(description="for kinds that give a region")
    unit_code: str | None = Field(description="for kinds that name an organisation")
    stops: list[str] = Field(min_length=1, description="directory codes, in route order")


class DirectoryPublished(Contract):
    """Review's route table and organisation directory as an applicant needs them: the kinds of
    employer, the regions, the organisations one may name, and the route every choice opens.
    Published when they change (at review's start); a receiver keeps the newest by
    `published_at` and replaces what it had."""

    producer = "review"

    digest: str = Field(description="SHA-256 of the content: equal digests, equal content")
    published_at: AwareDatetime
    employer_kinds: list[EmployerKindEntry]
    regions: list[RegionEntry]
    organisations: list[DirectoryEntry]
    routes: list[RouteOptionEntry]


class StageLimit(BaseModel):
    model_config = ConfigDict(frozen=True, extra="ignore")

    role: Role
    working_days: int = Field(ge=1, le=60, description="to act on a case before 催办")


class SeasonPublished(Contract):
    """The season (申报年度) as the operator set it: when applicants may submit, how many working
    days each role has to act on a case, and the local closures the working-day calendar skips.
    Published on every change; a receiver keeps the newest by `published_at`."""

    producer = "review"

    year: int = Field(ge=2000, le=2100)
    submission_opens: date = Field(description="the first day applicants may submit")
    submission_closes: date = Field(description="the last day applicants may submit")
    stage_limits: list[StageLimit]
    closures: list[date] = Field(description="local closures: not working days")
    published_at: AwareDatetime


class CaseOverdue(Contract):
    """A case has waited at a department past its role's working days (the season's limit): the
    department is chased (催办) once per period — when it passes the limit, twice the limit, …"""

    producer = "review"

    case_id: uuid.UUID
    application_id: uuid.UUID
    submission: int = Field(ge=1)
    organisation: OrganisationRef = Field(description="the department that holds the case")
    applicant_name: str
    state: StageState = Field(description="which of its lists the case waits in")
    entered_at: AwareDatetime = Field(description="when the case reached the department")
    working_days_waiting: int = Field(ge=1)
    stage_limit: int = Field(ge=1, description="the role's working days to act")
    period: int = Field(ge=1, description="1 on passing the limit, 2 on passing twice it, …")


class CorrectionItem(BaseModel):
    """One thing the applicant must correct (退回补正, 一次性告知): a field of one form and what
    is wrong with it."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    form: FormKind
    form_label: str = Field(description="the form's name in Chinese, e.g. 综合表")
    field: str = Field(
        min_length=1,
        description="the field's path inside the form, e.g. `current_profession` (the paths the "
        "check report's mismatches use)",
    )
    field_label: str = Field(description="the field's label in Chinese")
    note: str = Field(min_length=1, description="what to correct, in the department's words")


class CorrectionRequested(Contract):
    """A department sent the case back to the applicant for correction (退回补正) with the
    complete list of what to correct. The route does not end: once corrected, the case comes
    back to the same department at the same stage (intake.application_corrected)."""

    producer = "review"

    application_id: uuid.UUID
    submission: int = Field(ge=1, description="the submission returned")
    case_id: uuid.UUID
    stage: StageRef = Field(description="the department that returned it and where it will return")
    lower_unit: OrganisationRef | None = Field(
        description="the organisation that sent the case to this stage; None at the first stage"
    )
    items: list[CorrectionItem] = Field(min_length=1)
    returned_from: StageState = Field(description="the screen the case goes back to")
    requested_at: AwareDatetime


REVIEW_CONTRACTS: tuple[type[Contract], ...] = (
    CaseStageChanged,
    ApplicationRejected,
    CaseWithdrawn,
    WithdrawalRefused,
    CaseHandedOff,
    AccountChanged,
    DirectoryPublished,
    SeasonPublished,
    CaseOverdue,
    CorrectionRequested,
)
