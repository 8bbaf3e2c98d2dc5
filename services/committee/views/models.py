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
    held_reason: str | None = Field(
        default=None,
        title="暂缓送审原因",
        description="in 待网上送审: why it may not be sent online now (公示期至…, 有异议待处理)",
    )


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


class CaseFile(FileRef):
    """A file of the submission, with where intake serves it to the office that holds the case
    (inline, with the office's token; 404 to any other organisation)."""

    path: str = Field(description="/materials/{application}/{submission}/{file}, at intake")


class OpinionOut(ReviewOpinion):
    decision_label: str = Field(description="同意 or 不同意, as signed")


class CaseDetail(CaseItem):
    forms: FormsSnapshot | None
    check_report: CheckReport | None
    files: list[CaseFile]
    review_opinions: list[OpinionOut]
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
    held: list[CaseItem] = Field(description="selected, not sent now: each says why")
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


class PublicEntry(BaseModel):
    """One applicant on the public 公示 page: nothing but what the notice publishes."""

    case_id: uuid.UUID = Field(description="names the applicant an objection is about")
    applicant_name: str = Field(title="姓名")
    employer_name: str = Field(title="工作单位")
    current_profession: str | None = Field(title="现从事专业")
    applied_title: str | None = Field(title="申报资格")


class PublicPublicity(BaseModel):
    id: uuid.UUID
    office_name: str = Field(title="公示单位")
    starts_on: date = Field(title="公示开始日期")
    ends_on: date = Field(title="公示截止日期")
    working_days: int = Field(title="公示期（工作日）")
    entries: list[PublicEntry]


class PublicBoard(BaseModel):
    """The 公示 in their period today, every office's (no login)."""

    today: date
    publicities: list[PublicPublicity]


class ObjectionFiled(BaseModel):
    id: uuid.UUID
    message: str


class PublicityOut(BaseModel):
    """An office's 公示: its period, where it stands, whom it lists, how many objections wait."""

    id: uuid.UUID
    starts_on: date = Field(title="公示开始日期")
    ends_on: date = Field(title="公示截止日期")
    working_days: int = Field(title="公示期（工作日）")
    phase: str = Field(description="upcoming, ongoing, ended")
    phase_label: str = Field(description="未开始 / 公示中 / 已期满")
    published_at: datetime
    open_objections: int = Field(title="待处理异议")
    cases: list[CaseItem]


class PublicityPage(BaseModel):
    """公示 as the office sees it: what it published, and the recommended applicants it has not
    published yet (网上送审 waits for their 公示)."""

    today: date = Field(description="China's day: the earliest a new 公示 may start")
    default_working_days: int
    minimum_working_days: int
    publicity_required: bool
    publicities: list[PublicityOut]
    unpublished: list[CaseItem]


class ObjectionOut(BaseModel):
    """An objection as the office's list shows it (the objector's contact masked)."""

    id: uuid.UUID
    publicity_id: uuid.UUID
    case_id: uuid.UUID
    applicant_name: str = Field(title="被异议人")
    employer_name: str = Field(title="工作单位")
    objector_name: str = Field(title="异议人")
    contact_masked: str = Field(title="联系方式（部分隐藏）")
    text: str = Field(title="异议内容")
    filed_at: datetime = Field(title="提出时间")
    status: str = Field(description="open, upheld, dismissed")
    status_label: str = Field(description="待处理 / 异议成立 / 异议不成立")
    decision_reason: str | None = Field(title="处理意见")
    decided_at: datetime | None
    allowed_actions: list[str] = Field(description="decide while it is open")


class ObjectionDetail(ObjectionOut):
    """One objection with the objector's contact in full: the office calls back to verify."""

    phone: str | None = Field(title="联系电话")
    email: str | None = Field(title="电子邮箱")
