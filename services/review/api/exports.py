"""What a department takes away: its list as xlsx (the screen's filters applied) and a case's
paper (申报简表, 评审表) as a PDF to print."""

import uuid

from fastapi import APIRouter, Response

from services.review.api.dependencies import CurrentDepartment, ServicesDep
from services.review.api.lists import FiltersDep, Sort
from services.review.handlers.case_actions import visible_case
from services.review.views.exports import case_paper, list_workbook
from services.review.views.labels import CaseList
from shared.http import document
from shared.json_object import JsonObject
from shared.paper import PDF
from shared.paper.routes import CaseForms, case_kinds, printed
from shared.refusals import NotFound
from shared.spreadsheets import XLSX

router = APIRouter(prefix="/cases", tags=["exports"])


class NothingToPrint(NotFound):
    message = "该申报材料没有可打印的表格"


_XLSX_ANSWER: dict[int | str, JsonObject] = {
    200: {"content": {XLSX: {}}, "description": "the list as an Excel workbook"}
}
_PDF_ANSWER: dict[int | str, JsonObject] = {
    200: {"content": {PDF: {}}, "description": "the forms as printed (A4)"},
    404: {"description": "申报材料不存在（或不属于本部门）"},
}


@router.get("/export.xlsx", response_class=Response, responses=_XLSX_ANSWER)
async def export_list(
    actor: CurrentDepartment,
    services: ServicesDep,
    filters: FiltersDep,
    list: CaseList = CaseList.personal,
    sort: Sort = "arrived",
) -> Response:
    """The list as the screen shows it (same filters and order), every page of it, for 汇总."""
    org = services.reference.directory.get(actor.organisation_code)
    name = org.name if org else actor.organisation_code
    now = services.clock()
    async with services.transaction() as uow:
        content = await list_workbook(
            uow.session, (actor.organisation_code, name), list, filters, sort=sort, now=now
        )
    filename = f"cases-{list.value}-{now:%Y%m%d-%H%M}.xlsx"
    return document(content, media_type=XLSX, filename=filename)


@router.get("/{case_id}/forms.pdf", response_class=Response, responses=_PDF_ANSWER)
async def print_forms(
    case_id: uuid.UUID,
    actor: CurrentDepartment,
    services: ServicesDep,
    form: CaseForms = None,
) -> Response:
    """The case's 申报简表 and 评审表 as the paper copy looks, with the opinions signed so far."""
    async with services.transaction() as uow:
        case = await visible_case(uow, case_id, actor.organisation_code)
        content = await case_paper(uow, case, case_kinds(form), now=services.clock())
    if content is None:
        raise NothingToPrint()
    return printed(content, case_id)
