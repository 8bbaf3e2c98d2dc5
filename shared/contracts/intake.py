"""Events intake publishes."""

import uuid
from enum import StrEnum

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

from shared.contracts.envelope import Contract
from shared.contracts.forms import FieldChange, FormsSnapshot
from shared.contracts.vocabulary import FileKind, FormKind, Level


class ApplicantSummary(BaseModel):
    """What reviewers may know of the applicant: never the full ID number or the phone."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    name: str
    id_number_masked: str


class EmployerFacts(BaseModel):
    """The facts about the employer that decide the route."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    name: str
    ownership: str = Field(
        description="the employer kind's code, one of review.directory_published's employer_kinds"
    )
    level: Level = Field(description="the level of the region or of the organisation named")
    region_code: str = Field(
        description="GB/T 2260 code of the employer's county or city, or the region of the "
        "organisation named (330000 for a provincial unit)"
    )
    provincial_unit: str | None = Field(
        default=None, description="directory code of the provincial unit (group), if one is named"
    )
    unit_code: str | None = Field(
        default=None,
        description="directory code of the organisation the applicant named (a provincial unit "
        "or a talent centre), for kinds that name one",
    )


class CheckResult(BaseModel):
    """One automated check and its outcome, e.g. 现从事专业 identical in all four forms."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    code: str = Field(description="stable identifier, e.g. `consistent.current_profession`")
    label: str = Field(description="what was checked, in Chinese")
    passed: bool
    detail: str = ""


class Mismatch(BaseModel):
    """A field of one form that disagrees with the reference it is compared to."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    form: FormKind | None = Field(description="None for facts outside the forms (photo, employer)")
    field: str
    message: str = Field(description="in Chinese, naming the form and the field")


class CheckReport(BaseModel):
    """What intake checked before anything reached a reviewer (三、审核注意事项)."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    passed: bool
    checked_at: AwareDatetime
    results: list[CheckResult]
    mismatches: list[Mismatch] = []


class FileRef(BaseModel):
    """A stored file: intake keeps the content, addressed by its SHA-256."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    file_id: uuid.UUID
    kind: FileKind
    title: str = Field(description="what the file is, e.g. 证件照, 学历证书")
    media_type: str = Field(examples=["image/jpeg", "application/pdf"])
    size: int = Field(ge=1, description="bytes")
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    width: int | None = None
    height: int | None = None
    sharpness: float | None = Field(
        default=None, description="a photo's clarity: the variance of its Laplacian, as checked"
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


class CodePurpose(StrEnum):
    register = "register"  # 注册
    reset = "reset"  # 找回密码


class PhoneCodeRequested(Contract):
    """A one-time SMS code (短信验证码) to send to `phone` at once. Personal data and a secret:
    only the notify service binds a queue to it; nothing logs it."""

    producer = "intake"

    request_id: uuid.UUID
    phone: str
    code: str = Field(pattern=r"^[0-9]{6}$")
    purpose: CodePurpose
    valid_minutes: int = Field(ge=1)
    requested_at: AwareDatetime


class ApplicantIdentityProvided(Contract):
    """The applicant's full ID number, which the department holding the case may see on an
    explicit 显示完整号码 to compare it with the paper copy. Personal data: only the review service
    binds a queue to it; everything else it sends on keeps the masked number."""

    producer = "intake"

    application_id: uuid.UUID
    submission: int = Field(ge=1)
    id_number: str = Field(min_length=15, max_length=18)
    provided_at: AwareDatetime


class ApplicationCorrected(Contract):
    """The applicant corrected an application a department had returned (退回补正) and submitted
    it again. Not a new route: the case goes back to the department that returned it, at the same
    stage. A separate event from ApplicationSubmitted because its meaning differs for review
    (resume a case, not open one); `application` carries the new materials in the same shape.

    Goes to reviewers: ID numbers masked, no phone, as in ApplicationSubmitted."""

    producer = "intake"

    application_id: uuid.UUID
    submission: int = Field(ge=1, description="the corrected submission's number (+1)")
    corrects_submission: int = Field(ge=1, description="the submission that was returned")
    case_id: uuid.UUID = Field(description="review's case that returned it")
    application: ApplicationSubmitted = Field(description="the corrected materials")
    changes: list[FieldChange] = Field(
        description="what differs in the forms from the returned submission (ID numbers masked)"
    )
    corrected_at: AwareDatetime


INTAKE_CONTRACTS: tuple[type[Contract], ...] = (
    ApplicationSubmitted,
    WithdrawalRequested,
    ApplicantContactProvided,
    PhoneCodeRequested,
    ApplicantIdentityProvided,
    ApplicationCorrected,
)
