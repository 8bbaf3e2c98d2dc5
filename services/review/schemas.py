"""HTTP models of the department screens (not contracts)."""

import uuid
from datetime import datetime

from pydantic import BaseModel

from shared.contracts.vocabulary import Role, StageState


class OrganisationOut(BaseModel):
    code: str
    name: str
    role: Role
    role_label: str
    region_code: str
    region_name: str
    sends_to: str | None


class InboxItem(BaseModel):
    case_id: uuid.UUID
    application_id: uuid.UUID
    submission: int
    applicant_name: str
    id_number_masked: str
    employer_name: str
    state: StageState
    state_label: str
    source_label: str  # 个人报送材料 (from the applicant) or 单位上报材料 (from a lower unit)
    position: int
    stage_count: int
    arrived_at: datetime


class InboxPage(BaseModel):
    organisation: OrganisationOut
    counts: dict[StageState, int]
    total: int
    items: list[InboxItem]
