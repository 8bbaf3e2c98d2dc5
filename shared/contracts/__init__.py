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
    DirectoryPublished,
    OrganisationRef,
    Refusal,
    ReviewOpinion,
    SeasonPublished,
    StageLimit,
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
    "DirectoryPublished",
    "EmployerFacts",
    "Envelope",
    "OrganisationRef",
    "Refusal",
    "ReviewOpinion",
    "SeasonPublished",
    "SeniorCommitteeRef",
    "SentToSeniorCommittee",
    "StageLimit",
    "StageRef",
    "WithdrawalRefused",
    "WithdrawalRequested",
    "contract_for",
    "open_envelope",
]
