"""Events the committee service publishes (中评委办公室 and 高评委办公室)."""

import uuid

from pydantic import AwareDatetime, Field

from shared.contracts.envelope import Contract
from shared.contracts.review import ApplicationRejected, OrganisationRef


class CommitteeApplicationRejected(ApplicationRejected):
    """An office refused to receive the case (不予接收): the same event as review's, published
    under the committee's routing key; `lower_unit` is the department that sent it up."""

    producer = "committee"
    event = "ApplicationRejected"


class ApplicationNotRecommended(Contract):
    """The mid-level committee did not pass the applicant, or passed but did not recommend them
    to the senior committee: the applicant (and the unit that sent the case up) are told."""

    producer = "committee"

    application_id: uuid.UUID
    submission: int = Field(ge=1)
    case_id: uuid.UUID
    office: OrganisationRef
    lower_unit: OrganisationRef | None
    reasons: list[str] = Field(min_length=1)
    decided_at: AwareDatetime


COMMITTEE_CONTRACTS: tuple[type[Contract], ...] = (
    CommitteeApplicationRejected,
    ApplicationNotRecommended,
)
