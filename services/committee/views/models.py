"""What the committee offices' screens are answered with (HTTP models, not contracts): every
route has one, so the screens' generated types say exactly what comes back."""

import uuid
from datetime import date, datetime
from enum import StrEnum

from pydantic import BaseModel, Field

from services.committee.domain.case import Status
from shared.contracts.forms import FormsSnapshot
from shared.contracts.intake import CheckReport, FileRef
from shared.contracts.review import ReviewOpinion


class CaseList(StrEnum):
    pending_receipt = "pending_receipt"  # 待接收材料 / 单位上报材料
    received = "received"  # 已接收，待提交评审会
    voting = "voting"  # 中评委意见: considered at a meeting, votes not yet confirmed
    selection = "selection"  # 高评委设置: passed, to be chosen or not
    sending = "sending"  # 待网上送审: chosen
    sent = "sent"  # 已送审: sent to the senior committee (received or refused there since)
    processed = "processed"  # 已处理: everything that left the office's hands


class Action(StrEnum):
    receive = "receive"
    refuse = "refuse"
    select = "select"
    unselect = "unselect"


class OrganisationOut(BaseModel):
    code: str
    name: str


class CaseItem(BaseModel):
    """One row of a list: who, from where, where it stands, what may be done with it now."""

    case_id: uuid.UUID
    application_id: uuid.UUID
    submission: int
    applicant_name: str = Field(title="姓名")
    id_number_masked: str = Field(title="身份证号码（部分隐藏）")
    gender: str | None
    gender_label: str = Field(title="性别")
    employer_name: str = Field(title="工作单位")
    current_profession: str | None = Field(title="现从事专业")
    current_title: str | None = Field(title="现专业技术资格")
    applied_title: str | None = Field(title="申报资格")
    sent_by: OrganisationOut = Field(title="报送单位")
    status: Status
    status_label: str
    allowed_actions: list[Action]
    refusal_told: list[str] = Field(
        description="who a 不予接收 now would tell, and how (empty when it is not allowed)"
    )
    meeting_id: uuid.UUID | None
    senior_committee: str | None = Field(description="code of the 高评委 chosen or sent to")
    batch_id: uuid.UUID | None
    handed_off_at: datetime = Field(title="到达时间")
    updated_at: datetime
    version: int


class CaseListPage(BaseModel):
    which: CaseList
    label: str
    counts: dict[CaseList, int]
    total: int
    items: list[CaseItem]


class VoteEntry(BaseModel):
    """One recorded tally; a newer one for the same case supersedes it, nothing is overwritten."""

    entry_no: int
    present: int = Field(title="出席人数")
    in_favour: int = Field(title="赞成票")
    against: int = Field(title="反对票")
    abstain: int = Field(title="弃权票")
    passed: bool
    result_label: str = Field(title="结果")
    correction_reason: str | None = Field(title="更正理由")
    recorded_at: datetime


class HistoryEntry(BaseModel):
    at: datetime
    action: str
    action_label: str
    organisation_code: str | None
    text: str | None


class CaseDetail(CaseItem):
    forms: FormsSnapshot | None
    check_report: CheckReport | None
    files: list[FileRef]
    review_opinions: list[ReviewOpinion]
    votes: list[VoteEntry]
    history: list[HistoryEntry]


class ActionAnswer(BaseModel):
    message: str
    case: CaseItem


class RuleOut(BaseModel):
    """The configured pass rule, as the screens show it (they never compute it themselves)."""

    quorum: str = Field(description="e.g. 2/3: a vote's 出席人数 ≥ quorum × 在册委员人数")
    pass_threshold: str = Field(description="e.g. 2/3: passed when 赞成票 ≥ threshold × 出席人数")
    text: str


class MeetingSummary(BaseModel):
    id: uuid.UUID
    held_on: date = Field(title="评审会日期")
    members_enrolled: int = Field(title="在册委员人数")
    members_attending: int = Field(title="到会委员人数")
    minimum_present: int = Field(title="每项表决至少出席人数")
    confirmed: bool
    confirmed_at: datetime | None
    case_count: int


class MeetingCase(CaseItem):
    votes: VoteEntry | None = Field(description="the entry that counts (the newest)")
    entries: list[VoteEntry] = Field(description="every entry, oldest first, corrections included")


class MeetingDetail(MeetingSummary):
    rule: RuleOut
    cases: list[MeetingCase]


class Problem(BaseModel):
    field: str
    message: str


class VerdictOut(BaseModel):
    """The rule's verdict on a tally as it is typed: problems, or passed and why."""

    valid: bool
    passed: bool | None
    verdict_label: str = Field(description="通过 / 未通过 / 得票情况有误")
    minimum_in_favour: int | None
    explanation: str
    problems: list[Problem]


class SeniorCommitteeOut(BaseModel):
    code: str
    name: str
    office_code: str
    office_name: str


class Selected(BaseModel):
    selected: list[CaseItem]


class CaseAnswer(BaseModel):
    case: CaseItem


class BatchPreview(BaseModel):
    """Exactly what 网上送审 would send now, and who would be told they were not recommended."""

    senior_committee: SeniorCommitteeOut
    cases: list[CaseItem]
    not_recommended: list[CaseItem]


class BatchOut(BaseModel):
    id: uuid.UUID
    office_code: str
    office_name: str = Field(title="送审的中评委办公室")
    senior_committee: str
    senior_committee_name: str
    senior_office_code: str
    case_count: int
    sent_at: datetime
    received_at: datetime | None
    cases: list[CaseItem]
    refusal_told: list[str] = Field(
        description="who the senior office's 不予接收 of one of its applicants tells, and how"
    )


class SentBatch(BatchOut):
    not_recommended: list[uuid.UUID]
