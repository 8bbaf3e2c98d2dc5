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
    CaseStageChanged,
    CaseWithdrawn,
    OrganisationRef,
    StageRef,
    WithdrawalRefused,
)

__all__ = [
    "CONTRACTS",
    "ApplicantContactProvided",
    "ApplicantSummary",
    "ApplicationRejected",
    "ApplicationSubmitted",
    "CaseStageChanged",
    "CaseWithdrawn",
    "Contract",
    "EmployerFacts",
    "Envelope",
    "OrganisationRef",
    "StageRef",
    "WithdrawalRefused",
    "WithdrawalRequested",
    "contract_for",
    "open_envelope",
]
