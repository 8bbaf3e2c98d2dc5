"""The senior committee office (高评委办公室): the batches sent to it, receipt and refusal."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Response

from services.committee.api.dependencies import SeniorOffice, ServicesDep
from services.committee.api.schemas import RefuseIn
from services.committee.handlers.senior import own_batch, receive_batch, refuse_in_batch
from services.committee.views.detail import batch_detail
from services.committee.views.exports import XLSX, batch_roster
from services.committee.views.lists import item
from services.committee.views.models import ActionAnswer, BatchOut
from services.committee.views.paper import batch_paper
from shared.http import document
from shared.paper import PDF, PaperKind

router = APIRouter(prefix="/senior/batches", tags=["高评委办公室"])


@router.get("", response_model=list[BatchOut])
async def pending(
    senior: SeniorOffice,
    services: ServicesDep,
    received: Annotated[bool, Query(description="false: 待接收 (default); true: 已接收")] = False,
) -> list[BatchOut]:
    """The batches sent to this office, waiting to be received (or already received)."""
    async with services.uow_factory() as uow:
        batches = await uow.batches.for_senior_office(senior.organisation_code, received=received)
        return [await batch_detail(uow, b, services.senior_committees) for b in batches]


@router.get("/{batch_id}", response_model=BatchOut)
async def read_batch(batch_id: uuid.UUID, senior: SeniorOffice, services: ServicesDep) -> BatchOut:
    async with services.uow_factory() as uow:
        batch = await own_batch(uow, batch_id, senior.organisation_code)
        return await batch_detail(uow, batch, services.senior_committees)


@router.post("/{batch_id}/receive", response_model=BatchOut)
async def receive(batch_id: uuid.UUID, senior: SeniorOffice, services: ServicesDep) -> BatchOut:
    """接收: the batch's applications (those not refused) are received."""
    async with services.uow_factory() as uow:
        await receive_batch(uow, batch_id, senior.organisation_code, senior.account_id)
        batch = await own_batch(uow, batch_id, senior.organisation_code)
        answer = await batch_detail(uow, batch, services.senior_committees)
        await uow.commit()
    return answer


@router.post("/{batch_id}/cases/{case_id}/refuse", response_model=ActionAnswer)
async def refuse(
    batch_id: uuid.UUID,
    case_id: uuid.UUID,
    body: RefuseIn,
    senior: SeniorOffice,
    services: ServicesDep,
) -> ActionAnswer:
    """不予接收 one application: the mid-committee office and the applicant are told why."""
    office_name = next(
        (c.office_name for c in services.senior_committees.of_office(senior.organisation_code)),
        senior.organisation_code,
    )
    async with services.uow_factory() as uow:
        await refuse_in_batch(
            uow, batch_id, case_id, senior.organisation_code, office_name,
            actor=senior.account_id, reason=body.reason,
        )  # fmt: skip
        answer = ActionAnswer(message="已不予接收", case=item(await uow.cases.row(case_id)))
        await uow.commit()
    return answer


@router.get(
    "/{batch_id}/roster.xlsx",
    response_class=Response,
    responses={200: {"content": {XLSX: {}}, "description": "花名册 (xlsx)"}},
)
async def roster(batch_id: uuid.UUID, senior: SeniorOffice, services: ServicesDep) -> Response:
    """The batch's 花名册 as an Excel workbook."""
    async with services.uow_factory() as uow:
        batch = await own_batch(uow, batch_id, senior.organisation_code)
        content = await batch_roster(uow, batch, services.senior_committees)
    return document(content, media_type=XLSX, filename=f"roster-{batch_id}.xlsx")


@router.get(
    "/{batch_id}/forms.pdf",
    response_class=Response,
    responses={200: {"content": {PDF: {}}, "description": "评审表 (PDF, A4)"}},
)
async def print_forms(
    batch_id: uuid.UUID,
    senior: SeniorOffice,
    services: ServicesDep,
    form: Annotated[
        list[PaperKind] | None, Query(description="review (评审表, default), summary (申报简表)")
    ] = None,
) -> Response:
    """The batch's 评审表 (and 申报简表 if asked) to print: forms, opinions, votes."""
    async with services.uow_factory() as uow:
        batch = await own_batch(uow, batch_id, senior.organisation_code)
        content = await batch_paper(uow, batch, form or [PaperKind.review], now=services.clock())
    return document(content, media_type=PDF, filename=f"forms-{batch_id}.pdf", inline=True)
