"""The employer as the screens show it: the unit, its kind and region by name."""

from services.intake.domain.employer import employer_of
from services.intake.repository.stored import StoredEmployer
from services.intake.schemas.drafts import EmployerOut
from shared.contracts.regions import region_name


def employer_out(stored: StoredEmployer | None) -> EmployerOut | None:
    employer = employer_of(stored)
    if employer is None:
        return None
    return EmployerOut(
        name=employer.name,
        kind=employer.kind,
        kind_label=employer.kind_label,
        level=employer.level,
        region_code=employer.region_code,
        region_name=region_name(employer.region_code),
        unit_code=employer.unit_code,
        unit_name=employer.unit_name,
    )
