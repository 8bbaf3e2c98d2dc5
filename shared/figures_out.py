"""统计 as every level's screens and workbooks show them: one shape for a department's, the
operator's and the committee offices' figures, so that one screen (FiguresPanel) shows any of
them from what the API answers — the labels included."""

from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any, Literal, Protocol

from pydantic import BaseModel, Field

from shared.spreadsheets import Column, Kind, workbook

Tone = Literal["waiting", "onward", "refused", "left"]


class CountOut(BaseModel):
    state: str
    label: str
    count: int
    tone: Tone = Field(
        description="waiting: still at this level; onward: went on (or through); refused: the "
        "route ended here against the applicant; left: ended otherwise (e.g. withdrawn)"
    )


class RegionOut(BaseModel):
    region_code: str
    region_name: str
    counts: list[CountOut]
    total: int


class DurationOut(BaseModel):
    stage: str = Field(description="which step of the level's work")
    label: str = Field(description="the step, in Chinese (e.g. 接收, 评审)")
    stages_done: int = Field(description="how many ended (the time figures' base)")
    median_working_days: float | None
    p90_working_days: float | None


class ReasonOut(BaseModel):
    reason: str
    count: int


class FiguresOut(BaseModel):
    scope: str = Field(description="whose figures: the organisation's name, or 全省")
    season_year: int | None = Field(description="the season counted; null: every case so far")
    counts: list[CountOut] = Field(description="by where the cases stand and how they left")
    regions: list[RegionOut] = Field(description="the same counts by county or city")
    durations: list[DurationOut] = Field(description="working days each step took")
    refusals_label: str = Field(description="what the reasons are of, as the screen heads them")
    refusal_reasons: list[ReasonOut]


def counts_out(
    counts: Mapping[str, int], labels: Mapping[str, str], tones: Mapping[str, Tone]
) -> list[CountOut]:
    """Every state of `labels`, in its order, with its count (0 if none) and its tone."""
    return [
        CountOut(
            state=state,
            label=label,
            count=int(counts.get(state, 0)),
            tone=tones.get(state, "left"),
        )
        for state, label in labels.items()
    ]


class Region(Protocol):
    """A region's counts as a level's figures find them (review's and committee's alike)."""

    @property
    def region_code(self) -> str: ...
    @property
    def region_name(self) -> str: ...
    @property
    def counts(self) -> Mapping[str, int]: ...


def regions_out(
    regions: Iterable[Region], labels: Mapping[str, str], tones: Mapping[str, Tone]
) -> list[RegionOut]:
    """Each region with its counts (`counts_out`) and their total."""
    return [
        RegionOut(
            region_code=region.region_code,
            region_name=region.region_name,
            counts=counts_out(region.counts, labels, tones),
            total=sum(region.counts.values()),
        )
        for region in regions
    ]


def figures_workbook(out: FiguresOut, *, now: datetime) -> bytes:
    """One row per region with every state's count, then the totals; the time each step took
    and the reasons in the title line (the sheet prints on one A4 page)."""
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
    took = "；".join(_took(d) for d in out.durations) or "尚无办结的材料"
    reasons = "；".join(f"{r.reason} {r.count} 件" for r in out.refusal_reasons) or "无"
    title = (
        f"{out.scope}　{season}统计（{took}；{out.refusals_label}：{reasons}；"
        f"导出时间 {now:%Y-%m-%d %H:%M}）"
    )
    return workbook("统计", title, columns, rows)


def _took(step: DurationOut) -> str:
    if step.median_working_days is None or step.p90_working_days is None:
        return f"{step.label}：尚无办结的材料"
    return (
        f"{step.label}用时中位数 {step.median_working_days:g} 个工作日，90% 在 "
        f"{step.p90_working_days:g} 个工作日内（{step.stages_done} 件）"
    )
