"""The mid-committee office: its lists, a case, 接收 / 不予接收, the senior committees it may
choose from."""

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Query

from services.committee.api.dependencies import Office, ServicesDep
from services.committee.api.schemas import RefuseIn
from services.committee.handlers.common import own_case
from services.committee.handlers.office import receive, refuse
from services.committee.views.detail import case_detail
from services.committee.views.lists import LIST_LABELS, CaseList, case_list, counts, item
from shared.http import MAX_INTEGER

router = APIRouter(tags=["中评委办公室"])


@router.get("/cases")
async def list_cases(
    office: Office,
    services: ServicesDep,
    list: CaseList = CaseList.pending_receipt,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
    offset: Annotated[int, Query(ge=0, le=MAX_INTEGER)] = 0,
) -> dict[str, Any]:
    """One of the office's lists, with every list's count (menu badges)."""
    async with services.uow_factory() as uow:
        badges = await counts(uow.session, office.organisation_code)
        total, items = await case_list(
            uow.session, office.organisation_code, list, limit=limit, offset=offset
        )
    return {
        "list": list,
        "label": LIST_LABELS[list],
        "counts": badges,
        "total": total,
        "items": items,
    }


@router.get("/cases/counts")
async def list_counts(office: Office, services: ServicesDep) -> dict[CaseList, int]:
    async with services.uow_factory() as uow:
        return await counts(uow.session, office.organisation_code)


@router.get("/cases/{case_id}")
async def read_case(case_id: uuid.UUID, office: Office, services: ServicesDep) -> dict[str, Any]:
    """The case: the submission, the review opinions, votes and history."""
    async with services.uow_factory() as uow:
        await own_case(uow, case_id, office.organisation_code)
        return await case_detail(uow, case_id)


@router.post("/cases/{case_id}/receive")
async def receive_case(case_id: uuid.UUID, office: Office, services: ServicesDep) -> dict[str, Any]:
    """接收: the case waits for the committee's meeting."""
    async with services.uow_factory() as uow:
        await receive(uow, case_id, office.organisation_code, office.account_id)
        answer = {"message": "已接收", "case": item(await uow.cases.row(case_id))}
        await uow.commit()
    return answer


@router.post("/cases/{case_id}/refuse")
async def refuse_case(
    case_id: uuid.UUID, body: RefuseIn, office: Office, services: ServicesDep
) -> dict[str, Any]:
    """不予接收: the applicant and the department that sent it up are told the reason."""
    async with services.uow_factory() as uow:
        await refuse(uow, case_id, office.organisation_code, office.account_id, body.reason)
        answer = {"message": "已不予接收", "case": item(await uow.cases.row(case_id))}
        await uow.commit()
    return answer


@router.get("/senior-committees")
async def senior_committees(_: Office, services: ServicesDep) -> list[dict[str, str]]:
    """高评委设置's drop-down list."""
    return [{"code": c.code, "name": c.name} for c in services.senior_committees]
