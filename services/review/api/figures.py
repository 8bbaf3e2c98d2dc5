"""统计: a department's own figures for the season, and the province's for the operator, as
JSON for the screens and as a workbook; and the operator's list of overdue cases (超期)."""

from fastapi import APIRouter, Response

from services.review.api.dependencies import CurrentAdmin, CurrentDepartment, ServicesDep
from services.review.bootstrap import ReviewServices
from services.review.views.figures import figures_out, read_figures
from services.review.views.overdue import OverdueOut, read_overdue
from shared.figures_out import FiguresOut, figures_workbook
from shared.http import document
from shared.json_object import JsonObject
from shared.spreadsheets import XLSX

router = APIRouter(tags=["figures"])
_XLSX_ANSWER: dict[int | str, JsonObject] = {
    200: {"content": {XLSX: {}}, "description": "the figures as an Excel workbook"}
}
PROVINCE = "全省"


async def _figures(services: ReviewServices, organisation_code: str | None) -> FiguresOut:
    if organisation_code:
        org = services.reference.directory.get(organisation_code)
        scope = org.name if org else organisation_code
    else:
        scope = PROVINCE
    async with services.transaction() as uow:
        season = await uow.season.current_season()
        found = await read_figures(
            uow.session, organisation_code, season, services.reference.refusal_reasons
        )
    return figures_out(found, scope=scope, season=season, whole=organisation_code is None)


def _workbook(out: FiguresOut, services: ReviewServices) -> Response:
    now = services.clock()
    content = figures_workbook(out, now=now)
    return document(content, media_type=XLSX, filename=f"figures-{now:%Y%m%d-%H%M}.xlsx")


@router.get("/figures", response_model=FiguresOut)
async def department_figures(actor: CurrentDepartment, services: ServicesDep) -> FiguresOut:
    """The logged-in department's figures for the season: by state and outcome, by county,
    the working days its stage took, its refusals by reason."""
    return await _figures(services, actor.organisation_code)


@router.get("/figures.xlsx", response_class=Response, responses=_XLSX_ANSWER)
async def department_figures_workbook(actor: CurrentDepartment, services: ServicesDep) -> Response:
    return _workbook(await _figures(services, actor.organisation_code), services)


@router.get("/admin/figures", response_model=FiguresOut)
async def province_figures(_: CurrentAdmin, services: ServicesDep) -> FiguresOut:
    """Every department's stages together, by city: the operator's view of the season."""
    return await _figures(services, None)


@router.get("/admin/figures.xlsx", response_class=Response, responses=_XLSX_ANSWER)
async def province_figures_workbook(_: CurrentAdmin, services: ServicesDep) -> Response:
    return _workbook(await _figures(services, None), services)


@router.get("/admin/overdue", response_model=OverdueOut)
async def overdue_cases(_: CurrentAdmin, services: ServicesDep) -> OverdueOut:
    """超期: every case waiting at a department past its role's working days (the season's
    limits), by department, with the 催办 reminders sent for it (ID numbers masked)."""
    async with services.transaction() as uow:
        season = await uow.season.current_season()
        return await read_overdue(uow.session, season, now=services.clock())
