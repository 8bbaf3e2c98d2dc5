"""THE ONLY place message schemas live: versioned, frozen pydantic models and their registry."""

from shared.contracts.committee import (
    ApplicationNotRecommended,
    CommitteeApplicationRejected,
    CommitteeProgressed,
    CommitteeStep,
    SeniorCommitteeRef,
    SentToSeniorCommittee,
)
from shared.contracts.envelope import Contract, Envelope
from shared.contracts.intake import (
    ApplicantContactProvided,
    ApplicantIdentityProvided,
    ApplicantSummary,
    ApplicationSubmitted,
    EmployerFacts,
    WithdrawalRequested,
)
from shared.contracts.registry import CONTRACTS, contract_for, open_envelope
from shared.contracts.review import (
    AccountChanged,
    ApplicationRejected,
    CaseHandedOff,
    CaseStageChanged,
    CaseWithdrawn,
    OrganisationRef,
    Refusal,
    ReviewOpinion,
    StageRef,
    WithdrawalRefused,
)

__all__ = [
    "CONTRACTS",
    "AccountChanged",
    "ApplicantContactProvided",
    "ApplicantIdentityProvided",
    "ApplicantSummary",
    "ApplicationNotRecommended",
    "ApplicationRejected",
    "ApplicationSubmitted",
    "CaseHandedOff",
    "CaseStageChanged",
    "CaseWithdrawn",
    "CommitteeApplicationRejected",
    "CommitteeProgressed",
    "CommitteeStep",
    "Contract",
    "EmployerFacts",
    "Envelope",
    "OrganisationRef",
    "Refusal",
    "ReviewOpinion",
    "SeniorCommitteeRef",
    "SentToSeniorCommittee",
    "StageRef",
    "WithdrawalRefused",
    "WithdrawalRequested",
    "contract_for",
    "open_envelope",
]
