"""An outcome kept with its notices as JSON, so an applicant's notice that waited for the
contact details can be written later exactly as it would have been at once."""

import uuid
from datetime import datetime
from typing import Any

from services.notify.domain.notices import Kind, Outcome, Unit


def as_facts(outcome: Outcome) -> dict[str, Any]:
    return {
        "kind": outcome.kind.value,
        "application_id": str(outcome.application_id),
        "submission": outcome.submission,
        "case_id": str(outcome.case_id) if outcome.case_id else None,
        "decided_by": _unit(outcome.decided_by),
        "role": outcome.role,
        "position": outcome.position,
        "stage_count": outcome.stage_count,
        "lower_unit": _unit(outcome.lower_unit),
        "reasons": list(outcome.reasons),
        "decided_at": outcome.decided_at.isoformat(),
    }


def from_facts(facts: dict[str, Any]) -> Outcome:
    return Outcome(
        kind=Kind(facts["kind"]),
        application_id=uuid.UUID(facts["application_id"]),
        submission=int(facts["submission"]),
        case_id=uuid.UUID(facts["case_id"]) if facts["case_id"] else None,
        decided_by=_from_unit(facts["decided_by"]),
        role=facts["role"],
        position=facts["position"],
        stage_count=facts["stage_count"],
        lower_unit=_from_unit(facts["lower_unit"]),
        reasons=tuple(facts["reasons"]),
        decided_at=datetime.fromisoformat(facts["decided_at"]),
    )


def _unit(unit: Unit | None) -> dict[str, Any] | None:
    return None if unit is None else {"code": unit.code, "name": unit.name, "email": unit.email}


def _from_unit(data: dict[str, Any] | None) -> Unit | None:
    return None if data is None else Unit(data["code"], data["name"], data["email"])
