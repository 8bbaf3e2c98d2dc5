"""统计: a mid-committee office's figures for the season and a senior committee office's, as
JSON for the screens and as a workbook; and the office's common reasons for 不予接收, which its
screen offers and its figures count refusals under."""

from typing import Annotated

from fastapi import APIRouter, Query, Response
from pydantic import BaseModel, Field

from services.committee.api.dependencies import Caller, Office, SeniorOffice, ServicesDep
from services.committee.bootstrap import CommitteeServices
from services.committee.domain.figures import COMMON_REASONS, Desk
from services.committee.views.figures import figures_out, office_name, read_figures
from shared.figures_out import FiguresOut, figures_workbook
from shared.http import document
from shared.json_object import JsonObject
from shared.spreadsheets import XLSX
from shared.working_days import WorkingCalendar

router = APIRouter(tags=["figures"])
_XLSX_ANSWER: dict[int | str, JsonObject] = {
    200: {"content": {XLSX: {}}, "description": "the figures as an Excel workbook"}
}
Year = Annotated[
    int | None,
    Query(
        ge=2000,
        le=2100,
        description="申报年度 (the year submitted in); default: the season's, else the newest",
    ),
]


async def _figures(
    services: CommitteeServices, caller: Caller, desk: Desk, year: int | None
) -> FiguresOut:
    code = caller.organisation_code
    async with services.transaction() as uow:
        # the season review published: its year by default, and its closures skipped
        season = await uow.season.current()
        calendar = WorkingCalendar.with_closures(season.closures if season else ())
        year = year or (season.year if season else None)
        found = await read_figures(uow.session, desk, code, year=year, calendar=calendar)
        if desk is Desk.senior:
            names = [c.office_name for c in services.senior_committees.of_office(code)]
            scope = names[0] if names else "高评委办公室"
        else:
            scope = await office_name(uow.session, code) or "中评委办公室"
    return figures_out(found, desk, scope=scope)


def _workbook(out: FiguresOut, services: CommitteeServices) -> Response:
    now = services.clock()
    content = figures_workbook(out, now=now)
    return document(content, media_type=XLSX, filename=f"figures-{now:%Y%m%d-%H%M}.xlsx")


@router.get("/figures", response_model=FiguresOut)
async def office_figures(office: Office, services: ServicesDep, year: Year = None) -> FiguresOut:
    """The mid-committee office's figures for the season: by state and outcome, by county (or
    city), the working days receipt, the meeting and the recommendation took, refusals by
    reason."""
    return await _figures(services, office, Desk.office, year)


@router.get("/figures.xlsx", response_class=Response, responses=_XLSX_ANSWER)
async def office_figures_workbook(
    office: Office, services: ServicesDep, year: Year = None
) -> Response:
    return _workbook(await _figures(services, office, Desk.office, year), services)


@router.get("/senior/figures", response_model=FiguresOut)
async def senior_figures(
    senior: SeniorOffice, services: ServicesDep, year: Year = None
) -> FiguresOut:
    """The senior committee office's figures for the season: the cases sent to it online, by
    state, by city, the working days its receipt took, refusals by reason."""
    return await _figures(services, senior, Desk.senior, year)


@router.get("/senior/figures.xlsx", response_class=Response, responses=_XLSX_ANSWER)
async def senior_figures_workbook(
    senior: SeniorOffice, services: ServicesDep, year: Year = None
) -> Response:
    return _workbook(await _figures(services, senior, Desk.senior, year), services)


class RefusalReasonsOut(BaseModel):
    reasons: list[str] = Field(title="常用理由")


@router.get("/refusal-reasons", response_model=RefusalReasonsOut)
async def refusal_reasons(_: Office) -> RefusalReasonsOut:
    """The common reasons for 不予接收 the office's screen offers (free text may be added)."""
    return RefusalReasonsOut(reasons=list(COMMON_REASONS))
