"""The senior committee office (高评委办公室): the batches sent to it, receipt and refusal."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Response

from services.committee.api.dependencies import SeniorOffice, ServicesDep
from services.committee.api.schemas import RefuseIn
from services.committee.domain.refusals import NothingToPrint, NotOurs
from services.committee.handlers.senior import own_batch, receive_batch, refuse_in_batch
from services.committee.unit_of_work import CommitteeUnitOfWork
from services.committee.views.detail import batch_detail, case_detail
from services.committee.views.exports import XLSX, batch_roster
from services.committee.views.lists import one_item
from services.committee.views.models import ActionAnswer, BatchOut, CaseDetail
from services.committee.views.paper import batch_paper, case_paper
from shared.http import document
from shared.paper import PDF
from shared.paper.routes import BatchForms, CaseForms, batch_kinds, case_kinds, printed

router = APIRouter(prefix="/senior/batches", tags=["高评委办公室"])


@router.get("", response_model=list[BatchOut])
async def pending(
    senior: SeniorOffice,
    services: ServicesDep,
    received: Annotated[bool, Query(description="false: 待接收 (default); true: 已接收")] = False,
) -> list[BatchOut]:
    """The batches sent to this office, waiting to be received (or already received)."""
    async with services.transaction() as uow:
        batches = await uow.batches.for_senior_office(senior.organisation_code, received=received)
        return [await batch_detail(uow, b, services.senior_committees) for b in batches]


@router.get("/{batch_id}", response_model=BatchOut)
async def read_batch(batch_id: uuid.UUID, senior: SeniorOffice, services: ServicesDep) -> BatchOut:
    async with services.transaction() as uow:
        batch = await own_batch(uow, batch_id, senior.organisation_code)
        return await batch_detail(uow, batch, services.senior_committees)


@router.post("/{batch_id}/receive", response_model=BatchOut)
async def receive(batch_id: uuid.UUID, senior: SeniorOffice, services: ServicesDep) -> BatchOut:
    """接收: the batch's applications (those not refused) are received."""
    async with services.transaction() as uow:
        await receive_batch(uow, batch_id, senior.organisation_code, senior.account_id)
        batch = await own_batch(uow, batch_id, senior.organisation_code)
        answer = await batch_detail(uow, batch, services.senior_committees)
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
    async with services.transaction() as uow:
        await refuse_in_batch(
            uow, batch_id, case_id, senior.organisation_code, office_name,
            actor=senior.account_id, reason=body.reason,
        )  # fmt: skip
        answer = ActionAnswer(message="已不予接收", case=await one_item(uow.session, case_id))
    return answer


@router.get(
    "/{batch_id}/roster.xlsx",
    response_class=Response,
    responses={200: {"content": {XLSX: {}}, "description": "花名册 (xlsx)"}},
)
async def roster(batch_id: uuid.UUID, senior: SeniorOffice, services: ServicesDep) -> Response:
    """The batch's 花名册 as an Excel workbook."""
    async with services.transaction() as uow:
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
    form: BatchForms = None,
) -> Response:
    """The batch's 评审表 (and 申报简表 if asked) to print: forms, opinions, votes."""
    async with services.transaction() as uow:
        batch = await own_batch(uow, batch_id, senior.organisation_code)
        content = await batch_paper(uow, batch, batch_kinds(form), now=services.clock())
    return printed(content, batch_id)


async def _batch_case(
    uow: CommitteeUnitOfWork, batch_id: uuid.UUID, case_id: uuid.UUID, senior_office_code: str
) -> None:
    """The case was sent to this office in this batch; anything else is 404."""
    await own_batch(uow, batch_id, senior_office_code)
    case = await uow.cases.get(case_id)
    if case is None or case.batch_id != batch_id:
        raise NotOurs()


@router.get("/{batch_id}/cases/{case_id}", response_model=CaseDetail)
async def read_case(
    batch_id: uuid.UUID, case_id: uuid.UUID, senior: SeniorOffice, services: ServicesDep
) -> CaseDetail:
    """One application of the batch: the submission, its files, opinions, votes and history."""
    async with services.transaction() as uow:
        await _batch_case(uow, batch_id, case_id, senior.organisation_code)
        return await case_detail(uow, case_id)


@router.get(
    "/{batch_id}/cases/{case_id}/forms.pdf",
    response_class=Response,
    responses={
        200: {"content": {PDF: {}}, "description": "申报简表、评审表 (PDF, A4)"},
        404: {"description": "不是送本办公室的申报材料，或没有可打印的表格"},
    },
)
async def print_case(
    batch_id: uuid.UUID,
    case_id: uuid.UUID,
    senior: SeniorOffice,
    services: ServicesDep,
    form: CaseForms = None,
) -> Response:
    """One application's 申报简表 and 评审表 as the paper copy looks, with opinions and votes."""
    async with services.transaction() as uow:
        await _batch_case(uow, batch_id, case_id, senior.organisation_code)
        content = await case_paper(uow, case_id, case_kinds(form), now=services.clock())
    if content is None:
        raise NothingToPrint()
    return printed(content, case_id)
