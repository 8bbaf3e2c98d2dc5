"""高评委设置 and 待网上送审: choose the senior committee and whom to recommend, preview exactly
the batch, then send it."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Header, Query, Response

from services.committee.api.dependencies import Office, ServicesDep
from services.committee.api.schemas import SelectIn, SendIn
from services.committee.bootstrap import CommitteeServices
from services.committee.domain.senior_committees import SeniorCommittee
from services.committee.handlers.selection import (
    batch_plan,
    select,
    send_batch,
    sent_batch,
    unselect,
)
from services.committee.views.detail import batch_detail
from services.committee.views.exports import XLSX, batch_roster
from services.committee.views.lists import items, one_item
from services.committee.views.models import (
    BatchOut,
    BatchPreview,
    CaseAnswer,
    Selected,
    SeniorCommitteeOut,
    SentBatch,
)
from services.committee.views.paper import batch_paper
from shared.http import document
from shared.paper import PDF
from shared.paper.routes import BatchForms, batch_kinds, printed
from shared.refusals import InvalidInput

router = APIRouter(tags=["高评委设置与网上送审"])


def _committee(services: CommitteeServices, code: str) -> SeniorCommittee:
    committee = services.senior_committees.get(code)
    if committee is None:
        raise InvalidInput([("senior_committee", "不在高评委列表中")])
    return committee


@router.post("/selection", response_model=Selected)
async def choose(body: SelectIn, office: Office, services: ServicesDep) -> Selected:
    """Selects passed applicants for recommendation to the chosen senior committee."""
    committee = _committee(services, body.senior_committee)
    async with services.transaction() as uow:
        for case_id in body.case_ids:
            await select(uow, case_id, office.organisation_code, committee, office.account_id)
        answer = Selected(selected=await items(uow.session, body.case_ids))
    return answer


@router.delete("/selection/{case_id}", response_model=CaseAnswer)
async def unchoose(case_id: uuid.UUID, office: Office, services: ServicesDep) -> CaseAnswer:
    async with services.transaction() as uow:
        await unselect(uow, case_id, office.organisation_code, office.account_id)
        answer = CaseAnswer(case=await one_item(uow.session, case_id))
    return answer


@router.get("/batches/preview", response_model=BatchPreview)
async def preview(
    office: Office,
    services: ServicesDep,
    senior_committee: Annotated[str, Query(min_length=1, max_length=60, title="高评委")],
) -> BatchPreview:
    """Exactly what 网上送审 would send now, who is held back (公示 not ended, an open
    objection) and why, and who would be marked 未被推荐 with it."""
    committee = _committee(services, senior_committee)
    async with services.transaction() as uow:
        planned = await batch_plan(
            uow,
            office.organisation_code,
            committee,
            publicity_required=services.settings.publicity_required,
        )
        return BatchPreview(
            senior_committee=SeniorCommitteeOut(
                code=committee.code,
                name=committee.name,
                office_code=committee.office_code,
                office_name=committee.office_name,
            ),
            cases=await items(uow.session, [c.id for c in planned.chosen]),
            held=await items(
                uow.session,
                [c.id for c, _ in planned.held],
                held={c.id: why for c, why in planned.held},
            ),
            not_recommended=await items(uow.session, [c.id for c in planned.passed_over]),
        )


@router.post("/batches/send", status_code=201, response_model=SentBatch)
async def send(
    body: SendIn,
    office: Office,
    services: ServicesDep,
    idempotency_key: Annotated[str | None, Header(max_length=200)] = None,
) -> SentBatch:
    """网上送审: every applicant selected for the senior committee goes, in one batch."""
    committee = _committee(services, body.senior_committee)
    async with services.transaction() as uow:
        sent = await send_batch(
            uow,
            office.organisation_code,
            committee,
            actor=office.account_id,
            idempotency_key=idempotency_key,
            publicity_required=services.settings.publicity_required,
        )
        batch = await uow.batches.get(sent.batch_id)
        assert batch is not None, "sent in this transaction, or by the first of its retries"
        detail = await batch_detail(uow, batch, services.senior_committees)
        answer = SentBatch(**detail.model_dump(), not_recommended=sent.not_recommended)
    return answer


@router.get("/batches", response_model=list[BatchOut])
async def list_batches(office: Office, services: ServicesDep) -> list[BatchOut]:
    """已送审: the batches the office sent, newest first."""
    async with services.transaction() as uow:
        return [
            await batch_detail(uow, b, services.senior_committees)
            for b in await uow.batches.of_office(office.organisation_code)
        ]


@router.get(
    "/batches/{batch_id}/roster.xlsx",
    response_class=Response,
    responses={200: {"content": {XLSX: {}}, "description": "花名册 (xlsx)"}},
)
async def roster(batch_id: uuid.UUID, office: Office, services: ServicesDep) -> Response:
    """The batch's 花名册 as an Excel workbook."""
    async with services.transaction() as uow:
        batch = await sent_batch(uow, batch_id, office.organisation_code)
        content = await batch_roster(uow, batch, services.senior_committees)
    return document(content, media_type=XLSX, filename=f"roster-{batch.id}.xlsx")


@router.get(
    "/batches/{batch_id}/forms.pdf",
    response_class=Response,
    responses={200: {"content": {PDF: {}}, "description": "评审表 (PDF, A4)"}},
)
async def print_forms(
    batch_id: uuid.UUID,
    office: Office,
    services: ServicesDep,
    form: BatchForms = None,
) -> Response:
    """The batch's 评审表 (and 申报简表 if asked) to print: forms, opinions, votes."""
    async with services.transaction() as uow:
        batch = await sent_batch(uow, batch_id, office.organisation_code)
        content = await batch_paper(uow, batch, batch_kinds(form), now=services.clock())
    return printed(content, batch_id)
