"""THE ONLY place message schemas live: versioned, frozen pydantic models and their registry."""

from shared.contracts.envelope import Contract, Envelope
from shared.contracts.intake import ApplicantSummary, ApplicationSubmitted, EmployerFacts
from shared.contracts.registry import CONTRACTS, contract_for, open_envelope
from shared.contracts.review import (
    ApplicationRejected,
    CaseStageChanged,
    OrganisationRef,
    StageRef,
)

__all__ = [
    "CONTRACTS",
    "ApplicantSummary",
    "ApplicationRejected",
    "ApplicationSubmitted",
    "CaseStageChanged",
    "Contract",
    "EmployerFacts",
    "Envelope",
    "OrganisationRef",
    "StageRef",
    "contract_for",
    "open_envelope",
]
