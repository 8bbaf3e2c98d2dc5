"""Events review publishes."""

import uuid
from enum import StrEnum

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

from shared.contracts.envelope import Contract
from shared.contracts.intake import ApplicationSubmitted
from shared.contracts.vocabulary import Role, StageState


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
    """A case arrived at a stage or moved to another screen of its stage."""

    producer = "review"

    application_id: uuid.UUID
    submission: int = Field(ge=1)
    case_id: uuid.UUID
    stage: StageRef
    state: StageState
    changed_at: AwareDatetime


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


class ListedOrganisation(BaseModel):
    model_config = ConfigDict(frozen=True, extra="ignore")

    code: str
    name: str
    email: str | None = Field(description="where notices to it go; None: it has no address")
    active: bool = Field(description="False once it is no longer in the directory")


class DirectoryChanged(Contract):
    """Organisations of review's directory that are new or changed since review last loaded the
    directory file, as they now stand. The notify service addresses units from these alone,
    never from another event's payload."""

    producer = "review"

    organisations: list[ListedOrganisation] = Field(min_length=1)
    changed_at: AwareDatetime


REVIEW_CONTRACTS: tuple[type[Contract], ...] = (
    CaseStageChanged,
    ApplicationRejected,
    CaseWithdrawn,
    WithdrawalRefused,
    CaseHandedOff,
    AccountChanged,
    DirectoryChanged,
)
