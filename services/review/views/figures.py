"""统计 as the screens and the workbook show them: one organisation's stages (a department's
own figures) or every stage in the province (the operator's), for the current season."""

from datetime import datetime, time
from typing import Any

from pydantic import BaseModel, Field
from sqlalchemy import Select, and_, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from services.review.domain.accounts import CHINA
from services.review.domain.figures import OUTCOMES, STANDING, Figures, StageRow, figures
from services.review.domain.season import Season, china_day
from services.review.models import case_history, review_case, route_stage
from services.review.views.labels import OUTCOME_LABELS
from shared.spreadsheets import Column, Kind, workbook

STATE_LABELS = {
    "pending_receipt": "待接收",
    "pending_approval": "待审批",
    "pending_forwarding": "待报送",
    "returned_for_correction": "退回补正中",
    **OUTCOME_LABELS,
}


class CountOut(BaseModel):
    state: str
    label: str
    count: int


class RegionOut(BaseModel):
    region_code: str
    region_name: str
    counts: list[CountOut]
    total: int


class ReasonOut(BaseModel):
    reason: str
    count: int


class FiguresOut(BaseModel):
    scope: str = Field(description="whose figures: the organisation's name, or 全省")
    season_year: int | None = Field(description="the season counted; null: every case so far")
    counts: list[CountOut]
    regions: list[RegionOut]
    stages_done: int = Field(description="stages that ended here (the time figures' base)")
    median_working_days: float | None
    p90_working_days: float | None
    refusal_reasons: list[ReasonOut]


async def read_figures(
    session: AsyncSession,
    organisation_code: str | None,
    season: Season | None,
    known_reasons: tuple[str, ...],
) -> Figures:
    """`organisation_code` None: every organisation (grouped by city)."""
    since = _since(season)
    rows = (await session.execute(_stages(organisation_code, since))).all()
    refusals = (await session.execute(_refusals(organisation_code, since))).scalars().all()
    calendar = season.calendar if season else Season.default_calendar()
    return figures(
        (
            StageRow(
                row.region_code,
                row.state,
                china_day(row.entered_at) if row.entered_at else None,
                china_day(row.left_at) if row.left_at else None,
            )
            for row in rows
        ),
        [text or "" for text in refusals],
        known_reasons,
        calendar,
        region_of="county" if organisation_code else "city",
    )


def figures_out(found: Figures, *, scope: str, season: Season | None) -> FiguresOut:
    def counts_of(counts: Any) -> list[CountOut]:
        return [
            CountOut(state=state, label=STATE_LABELS[state], count=int(counts[state]))
            for state in (*STANDING, *OUTCOMES)
        ]

    return FiguresOut(
        scope=scope,
        season_year=season.year if season else None,
        counts=counts_of(found.counts),
        regions=[
            RegionOut(
                region_code=region.region_code,
                region_name=region.region_name,
                counts=counts_of(region.counts),
                total=sum(region.counts.values()),
            )
            for region in found.regions
        ],
        stages_done=found.time_at_stage.stages,
        median_working_days=found.time_at_stage.median,
        p90_working_days=found.time_at_stage.p90,
        refusal_reasons=[ReasonOut(reason=r, count=n) for r, n in found.refusal_reasons],
    )


def figures_workbook(out: FiguresOut, *, now: datetime) -> bytes:
    """One row per region with every state's count, then the totals; time and reasons in the
    title line (the sheet prints on one A4 page)."""
    columns = [
        Column("地区", width=24),
        *(Column(c.label, Kind.number, width=12) for c in out.counts),
        Column("合计", Kind.number, width=10),
    ]
    rows: list[list[Any]] = [
        [r.region_name, *(c.count for c in r.counts), r.total] for r in out.regions
    ]
    rows.append(["合计", *(c.count for c in out.counts), sum(c.count for c in out.counts)])
    season = f"{out.season_year}年度" if out.season_year else "全部"
    took = (
        f"办理用时中位数 {out.median_working_days:g} 个工作日，90% 在 {out.p90_working_days:g} "
        f"个工作日内（{out.stages_done} 件）"
        if out.median_working_days is not None
        else "尚无办结的材料"
    )
    reasons = "；".join(f"{r.reason} {r.count} 件" for r in out.refusal_reasons) or "无"
    title = (
        f"{out.scope}　{season}统计（{took}；退回理由：{reasons}；导出时间 {now:%Y-%m-%d %H:%M}）"
    )
    return workbook("统计", title, columns, rows)


def _since(season: Season | None) -> datetime | None:
    if season is None:
        return None
    return datetime.combine(season.submission_opens, time.min, tzinfo=CHINA)


def _stages(organisation_code: str | None, since: datetime | None) -> Select[Any]:
    query = select(
        review_case.c.region_code,
        route_stage.c.state,
        route_stage.c.entered_at,
        route_stage.c.left_at,
    ).join(review_case, review_case.c.id == route_stage.c.case_id)
    if organisation_code:
        query = query.where(route_stage.c.organisation_code == organisation_code)
    if since:
        query = query.where(review_case.c.opened_at >= since)
    return query.where(route_stage.c.entered_at.is_not(None))


def _refusals(organisation_code: str | None, since: datetime | None) -> Select[Any]:
    query = select(case_history.c.text).where(
        or_(
            case_history.c.action == "refused",
            and_(
                case_history.c.action == "opinion_signed",
                case_history.c.decision == "disagree",
            ),
        )
    )
    if organisation_code:
        query = query.where(case_history.c.organisation_code == organisation_code)
    if since:
        query = query.where(case_history.c.at >= since)
    return query
