"""HTTP models of the applicant portal (not contracts)."""

import uuid
from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

from shared.contracts.vocabulary import Level, Ownership, Role, StageState


class ApplicantIn(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    name: str = Field(min_length=1, max_length=50, title="姓名")
    id_number: str = Field(min_length=1, max_length=30, title="身份证号码")
    phone: str = Field(min_length=1, max_length=20, title="手机号码")


class EmployerIn(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    name: str = Field(min_length=1, max_length=200, title="单位名称")
    ownership: Ownership = Field(title="单位性质")
    level: Level = Field(title="单位层级")
    region_code: str = Field(
        min_length=6, max_length=6, title="所在地区代码", examples=["330106", "330100", "330000"]
    )
    provincial_unit: str | None = Field(
        default=None, max_length=60, title="所属省级单位（集团公司）代码"
    )


class ApplicationCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    applicant: ApplicantIn
    employer: EmployerIn


class ApplicationAccepted(BaseModel):
    id: uuid.UUID
    status: str
    status_label: str


class ApplicantOut(BaseModel):
    name: str
    id_number_masked: str
    phone_masked: str


class EmployerOut(BaseModel):
    name: str
    ownership: Ownership
    ownership_label: str
    level: Level
    region_code: str
    region_name: str
    provincial_unit: str | None


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


class RejectionOut(BaseModel):
    reasons: list[str]
    stage: StageOut | None
    lower_unit: OrganisationOut | None
    rejected_at: datetime


class ApplicationRead(BaseModel):
    id: uuid.UUID
    submission: int
    status: str
    status_label: str
    applicant: ApplicantOut
    employer: EmployerOut
    current_stage: CurrentStageOut | None
    rejection: RejectionOut | None
    submitted_at: datetime
    updated_at: datetime
