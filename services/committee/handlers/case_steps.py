"""What every committee handler does with a case: find it (404 if not the caller's), save it
against the version it was loaded at (409 if somebody was first), record the event, announce."""

import uuid
from dataclasses import replace
from typing import Any

from services.committee.domain.case import CaseChanged, CommitteeCase
from services.committee.domain.refusals import NotOurs
from services.committee.unit_of_work import CommitteeUnitOfWork
from shared.contracts import Contract, OrganisationRef, StageRef


async def own_case(uow: CommitteeUnitOfWork, case_id: uuid.UUID, office_code: str) -> CommitteeCase:
    case = await uow.cases.get(case_id)
    if case is None or case.office_code != office_code:
        raise NotOurs()
    return case


async def advance(
    uow: CommitteeUnitOfWork,
    before: CommitteeCase,
    after: CommitteeCase,
    action: str,
    *,
    actor: uuid.UUID | None,
    organisation_code: str | None,
    text: str | None = None,
    told: list[Contract] | None = None,
) -> CommitteeCase:
    """Saves `after` (if `before` is still current), records the event, emits `told` in order."""
    told = told or []
    after = replace(after, sequence=before.sequence + len(told))
    if not await uow.cases.save(after, expected_version=before.version):
        raise CaseChanged(case=await uow.cases.get(before.id))
    await uow.cases.record(
        after,
        action,
        at=after.updated_at,
        organisation_code=organisation_code,
        actor=actor,
        text=text,
    )
    row = await uow.cases.row(before.id)
    for offset, contract in enumerate(told, start=1):
        await uow.emit(
            contract, correlation_id=row.correlation_id, sequence=before.sequence + offset
        )
    return after


def office_ref(row: Any) -> OrganisationRef:
    return OrganisationRef(code=row.office_code, name=row.office_name, email=row.office_email)


def sent_by_ref(row: Any) -> OrganisationRef:
    return OrganisationRef(code=row.sent_by_code, name=row.sent_by_name, email=row.sent_by_email)


def office_stage(row: Any) -> StageRef:
    return StageRef.model_validate(row.office_stage)
