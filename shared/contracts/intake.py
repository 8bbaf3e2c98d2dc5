"""Events intake publishes."""

import uuid

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

from shared.contracts.envelope import Contract
from shared.contracts.forms import CheckReport, FileRef, FormsSnapshot
from shared.contracts.vocabulary import Level, Ownership


class ApplicantSummary(BaseModel):
    """What reviewers may know of the applicant: never the full ID number or the phone."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    name: str
    id_number_masked: str


class EmployerFacts(BaseModel):
    """The facts about the employer that decide the route."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    name: str
    ownership: Ownership
    level: Level
    region_code: str = Field(description="GB/T 2260 code of the employer's county, city or 330000")
    provincial_unit: str | None = Field(
        default=None, description="directory code of the provincial unit (group), if any"
    )


class ApplicationSubmitted(Contract):
    """An applicant submitted (or resubmitted) an application; its route starts now.

    Goes to reviewers: ID numbers in `forms` are masked and no phone number is anywhere in it."""

    producer = "intake"

    application_id: uuid.UUID
    submission: int = Field(ge=1, description="1 for the first submission, +1 per resubmission")
    applicant: ApplicantSummary
    employer: EmployerFacts
    submitted_at: AwareDatetime
    forms: FormsSnapshot | None = Field(
        default=None, description="the four forms as submitted, ID numbers masked"
    )
    check_report: CheckReport | None = Field(
        default=None, description="what intake checked before accepting the submission"
    )
    files: list[FileRef] = Field(default=[], description="the photo and the supporting scans")


class WithdrawalRequested(Contract):
    """The applicant asked to withdraw a submission. Review decides: it withdraws the case if no
    department has received it yet (CaseWithdrawn), else refuses (WithdrawalRefused)."""

    producer = "intake"

    application_id: uuid.UUID
    submission: int = Field(ge=1)
    requested_at: AwareDatetime


class ApplicantContactProvided(Contract):
    """How to reach the applicant about this application. Personal data: only the notify service
    binds a queue to it; nothing else may."""

    producer = "intake"

    application_id: uuid.UUID
    submission: int = Field(ge=1)
    applicant_name: str
    phone: str
    email: str | None
    provided_at: AwareDatetime


INTAKE_CONTRACTS: tuple[type[Contract], ...] = (
    ApplicationSubmitted,
    WithdrawalRequested,
    ApplicantContactProvided,
)
