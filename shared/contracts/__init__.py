"""THE ONLY place message schemas live: versioned, frozen pydantic models and their registry."""

from shared.contracts.envelope import Contract, Envelope
from shared.contracts.intake import (
    ApplicantContactProvided,
    ApplicantSummary,
    ApplicationSubmitted,
    EmployerFacts,
    WithdrawalRequested,
)
from shared.contracts.registry import CONTRACTS, contract_for, open_envelope
from shared.contracts.review import (
    ApplicationRejected,
    CaseHandedOff,
    CaseStageChanged,
    CaseWithdrawn,
    OrganisationRef,
    ReviewOpinion,
    StageRef,
    WithdrawalRefused,
)

__all__ = [
    "CONTRACTS",
    "ApplicantContactProvided",
    "ApplicantSummary",
    "ApplicationRejected",
    "ApplicationSubmitted",
    "CaseHandedOff",
    "CaseStageChanged",
    "CaseWithdrawn",
    "Contract",
    "EmployerFacts",
    "Envelope",
    "OrganisationRef",
    "ReviewOpinion",
    "StageRef",
    "WithdrawalRefused",
    "WithdrawalRequested",
    "contract_for",
    "open_envelope",
]
