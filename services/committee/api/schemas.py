"""HTTP models of the committee offices' screens (not contracts)."""

import uuid
from datetime import date
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from shared.contracts.names import clean_name


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class RefuseIn(_In):
    reason: str = Field(min_length=1, max_length=2000, title="不予接收理由")


class MeetingIn(_In):
    held_on: date = Field(title="评审会日期")
    members_enrolled: int = Field(
        ge=1, le=200, title="在册委员人数", description="every member of the committee"
    )
    members_attending: int = Field(
        ge=1, le=200, title="到会委员人数", description="members who came to the meeting"
    )
    case_ids: list[uuid.UUID] = Field(min_length=1, max_length=500, title="评审的申报对象")


class TallyIn(_In):
    present: int = Field(ge=-1000, le=1000, title="出席人数")
    in_favour: int = Field(ge=-1000, le=1000, title="赞成票")
    against: int = Field(ge=-1000, le=1000, title="反对票")
    abstain: int = Field(ge=-1000, le=1000, title="弃权票")


class VoteEntryIn(TallyIn):
    case_id: uuid.UUID


class VotesIn(_In):
    entries: list[VoteEntryIn] = Field(min_length=1, max_length=500, title="得票情况")


class CorrectionIn(TallyIn):
    reason: str = Field(min_length=1, max_length=2000, title="更正理由")


class SelectIn(_In):
    senior_committee: str = Field(min_length=1, max_length=60, title="高评委")
    case_ids: list[uuid.UUID] = Field(min_length=1, max_length=500, title="推荐的申报对象")


class SendIn(_In):
    senior_committee: str = Field(min_length=1, max_length=60, title="高评委")


class PublishIn(_In):
    starts_on: date = Field(title="公示开始日期")
    working_days: int | None = Field(
        default=None,
        ge=1,
        le=100,
        title="公示期（工作日）",
        description="at least 5; the setting's if left out",
    )
    case_ids: list[uuid.UUID] = Field(min_length=1, max_length=500, title="公示的推荐对象")


class ObjectionIn(_In):
    case_id: uuid.UUID = Field(title="被异议的申报人")
    objector_name: Annotated[str, clean_name("异议人姓名")] = Field(
        max_length=50, title="异议人姓名"
    )
    phone: str | None = Field(default=None, max_length=30, title="联系电话")
    email: str | None = Field(default=None, max_length=200, title="电子邮箱")
    text: str = Field(max_length=2000, title="异议内容")


class DecisionIn(_In):
    upheld: bool = Field(title="异议是否成立")
    reason: str = Field(max_length=2000, title="处理意见")
