"""Events the committee service publishes (中评委办公室 and 高评委办公室)."""

import uuid
from datetime import date
from enum import StrEnum

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

from shared.contracts.envelope import Contract
from shared.contracts.review import ApplicationRejected, OrganisationRef


class CommitteeApplicationRejected(ApplicationRejected):
    """An office refused to receive the case (不予接收): the same event as review's, published
    under the committee's routing key; `lower_unit` is the department that sent it up."""

    producer = "committee"
    event = "ApplicationRejected"


class NotRecommendedVerdict(StrEnum):
    failed = "failed"  # 未通过中评委评审: the vote did not pass the applicant
    not_selected = "not_selected"  # 中评委评审通过，但未被推荐至高评委


class ApplicationNotRecommended(Contract):
    """The mid-level committee did not pass the applicant, or passed but did not recommend them
    to the senior committee (`verdict` says which): the applicant (and the unit that sent the
    case up) are told."""

    producer = "committee"

    application_id: uuid.UUID
    submission: int = Field(ge=1)
    case_id: uuid.UUID
    office: OrganisationRef
    lower_unit: OrganisationRef | None
    reasons: list[str] = Field(min_length=1)
    decided_at: AwareDatetime
    verdict: NotRecommendedVerdict | None = Field(
        default=None, description="which of the two happened; None from old senders"
    )


class CommitteeStep(StrEnum):
    received = "received"  # 中评委办公室已接收
    passed = "passed"  # 中评委评审通过
    senior_received = "senior_received"  # 高评委办公室已接收


COMMITTEE_STEP_LABELS = {
    CommitteeStep.received: "中评委办公室已接收",
    CommitteeStep.passed: "中评委评审通过",
    CommitteeStep.senior_received: "高评委办公室已接收",
}


class CommitteeProgressed(Contract):
    """The application moved on at the committee: where it is now, for the applicant."""

    producer = "committee"

    application_id: uuid.UUID
    submission: int = Field(ge=1)
    case_id: uuid.UUID
    office: OrganisationRef
    step: CommitteeStep
    at: AwareDatetime


class SeniorCommitteeRef(BaseModel):
    model_config = ConfigDict(frozen=True, extra="ignore")

    code: str
    name: str  # e.g. 省建筑工程技术人员高级工程师资格评审委员会


class SentToSeniorCommittee(Contract):
    """网上送审: the mid-committee office sent this application to the senior committee, in a
    batch (送审批次) of `batch_size`. One per application; the batch travels in each of them
    rather than in an event of its own, which nothing would consume (and an event no queue is
    bound to comes back from the broker as unroutable)."""

    producer = "committee"

    application_id: uuid.UUID
    submission: int = Field(ge=1)
    case_id: uuid.UUID
    batch_id: uuid.UUID
    batch_size: int = Field(ge=1)
    office: OrganisationRef
    senior_committee: SeniorCommitteeRef
    senior_office: OrganisationRef
    sent_at: AwareDatetime


class ObjectionFiled(Contract):
    """Somebody objected (异议) to an applicant of the office's 公示: the office is told to
    decide it; meanwhile the applicant's 网上送审 waits. Who objected, and how to reach them,
    stays with committee (the office reads it on its screen)."""

    producer = "committee"

    objection_id: uuid.UUID
    case_id: uuid.UUID
    application_id: uuid.UUID
    submission: int = Field(ge=1)
    office: OrganisationRef = Field(description="the mid-committee office that published it")
    applicant_name: str
    publicity_ends_on: date = Field(description="the last working day of the 公示")
    filed_at: AwareDatetime


COMMITTEE_CONTRACTS: tuple[type[Contract], ...] = (
    CommitteeApplicationRejected,
    ApplicationNotRecommended,
    CommitteeProgressed,
    SentToSeniorCommittee,
    ObjectionFiled,
)
