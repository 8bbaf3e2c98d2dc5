"""HTTP models of the committee offices' screens (not contracts)."""

import uuid
from datetime import date

from pydantic import BaseModel, ConfigDict, Field


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
