"""The mid-committee office: its lists, a case, 接收 / 不予接收, the senior committees it may
choose from."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Response

from services.committee.api.dependencies import Office, ServicesDep
from services.committee.api.schemas import RefuseIn
from services.committee.domain.refusals import NothingToPrint
from services.committee.handlers.case_steps import own_case
from services.committee.handlers.office import receive, refuse
from services.committee.views.detail import case_detail
from services.committee.views.lists import LIST_LABELS, Filters, Sort, case_list, counts, one_item
from services.committee.views.models import (
    ActionAnswer,
    CaseDetail,
    CaseList,
    CaseListPage,
    SeniorCommitteeOut,
)
from services.committee.views.paper import case_paper
from services.committee.views.publicity import with_holds
from shared.paper import PDF
from shared.paper.routes import CaseForms, case_kinds, printed

router = APIRouter(tags=["中评委办公室"])


@router.get("/cases", response_model=CaseListPage)
async def list_cases(
    office: Office,
    services: ServicesDep,
    list: CaseList = CaseList.pending_receipt,
    q: Annotated[str | None, Query(max_length=200, title="姓名、单位或专业")] = None,
    applicant_name: Annotated[str | None, Query(max_length=50, title="姓名")] = None,
    employer: Annotated[str | None, Query(max_length=200, title="工作单位")] = None,
    current_profession: Annotated[str | None, Query(max_length=100, title="现从事专业")] = None,
    senior_committee: Annotated[str | None, Query(max_length=60, title="高评委")] = None,
    sort: Sort = "arrived",
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
) -> CaseListPage:
    """One of the office's lists (searched, sorted, one page), with every list's count."""
    filters = Filters(q, applicant_name, employer, current_profession, senior_committee)
    async with services.transaction() as uow:
        badges = await counts(uow.session, office.organisation_code)
        total, items = await case_list(
            uow.session,
            office.organisation_code,
            list,
            filters,
            sort=sort,
            limit=limit,
            offset=offset,
        )
        if list == CaseList.sending:
            required = services.settings.publicity_required
            items = await with_holds(uow, items, required=required)
    return CaseListPage(
        which=list, label=LIST_LABELS[list], counts=badges, total=total, items=items
    )


@router.get("/cases/counts", response_model=dict[CaseList, int])
async def list_counts(office: Office, services: ServicesDep) -> dict[CaseList, int]:
    async with services.transaction() as uow:
        return await counts(uow.session, office.organisation_code)


@router.get("/cases/{case_id}", response_model=CaseDetail)
async def read_case(case_id: uuid.UUID, office: Office, services: ServicesDep) -> CaseDetail:
    """The case: the submission, the review opinions, votes and history."""
    async with services.transaction() as uow:
        await own_case(uow, case_id, office.organisation_code)
        return await case_detail(uow, case_id)


@router.get(
    "/cases/{case_id}/forms.pdf",
    response_class=Response,
    responses={
        200: {"content": {PDF: {}}, "description": "申报简表、评审表 (PDF, A4)"},
        404: {"description": "不是本办公室的申报材料，或没有可打印的表格"},
    },
)
async def print_case(
    case_id: uuid.UUID,
    office: Office,
    services: ServicesDep,
    form: CaseForms = None,
) -> Response:
    """The case's 申报简表 and 评审表 as the paper copy looks: opinions and votes so far."""
    async with services.transaction() as uow:
        await own_case(uow, case_id, office.organisation_code)
        content = await case_paper(uow, case_id, case_kinds(form), now=services.clock())
    if content is None:
        raise NothingToPrint()
    return printed(content, case_id)


@router.post("/cases/{case_id}/receive", response_model=ActionAnswer)
async def receive_case(case_id: uuid.UUID, office: Office, services: ServicesDep) -> ActionAnswer:
    """接收: the case waits for the committee's meeting."""
    async with services.transaction() as uow:
        await receive(uow, case_id, office.organisation_code, office.account_id)
        answer = ActionAnswer(message="已接收", case=await one_item(uow.session, case_id))
    return answer


@router.post("/cases/{case_id}/refuse", response_model=ActionAnswer)
async def refuse_case(
    case_id: uuid.UUID, body: RefuseIn, office: Office, services: ServicesDep
) -> ActionAnswer:
    """不予接收: the applicant and the department that sent it up are told the reason."""
    async with services.transaction() as uow:
        await refuse(uow, case_id, office.organisation_code, office.account_id, body.reason)
        answer = ActionAnswer(message="已不予接收", case=await one_item(uow.session, case_id))
    return answer


@router.get("/senior-committees", response_model=list[SeniorCommitteeOut])
async def senior_committees(_: Office, services: ServicesDep) -> list[SeniorCommitteeOut]:
    """高评委设置's drop-down list (the first is the default)."""
    return [
        SeniorCommitteeOut(
            code=c.code, name=c.name, office_code=c.office_code, office_name=c.office_name
        )
        for c in services.senior_committees
    ]
