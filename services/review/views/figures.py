"""统计 as the screens and the workbook show them: one organisation's stages (a department's
own figures) or every stage in the province (the operator's), for the current season."""

from datetime import datetime, time

from sqlalchemy import Select, and_, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from services.review.domain.accounts import CHINA
from services.review.domain.figures import Figures, StageRow, figures
from services.review.domain.season import Season, china_day
from services.review.models import case_history, review_case, route_stage
from services.review.views.labels import OUTCOME_LABELS
from shared.figures_out import (
    DurationOut,
    FiguresOut,
    ReasonOut,
    Tone,
    counts_out,
    regions_out,
)

STATE_LABELS = {
    "pending_receipt": "待接收",
    "pending_approval": "待审批",
    "pending_forwarding": "待报送",
    "returned_for_correction": "退回补正中",
    **OUTCOME_LABELS,
}
STATE_TONES: dict[str, Tone] = {
    "pending_receipt": "waiting",
    "pending_approval": "waiting",
    "pending_forwarding": "waiting",
    "returned_for_correction": "waiting",  # with the applicant, coming back to the stage
    "forwarded": "onward",
    "refused": "refused",
    "disagreed": "refused",
    "withdrawn": "left",
}
REFUSALS_LABEL = "不予接收、审核不同意的理由"


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
                region_code,
                state,
                china_day(entered_at) if entered_at else None,
                china_day(left_at) if left_at else None,
            )
            for region_code, state, entered_at, left_at in rows
        ),
        [text or "" for text in refusals],
        known_reasons,
        calendar,
        region_of="county" if organisation_code else "city",
    )


def figures_out(found: Figures, *, scope: str, season: Season | None, whole: bool) -> FiguresOut:
    """`whole`: the province's figures (every department's stages), else one department's."""
    took = found.time_at_stage
    return FiguresOut(
        scope=scope,
        season_year=season.year if season else None,
        counts=counts_out(found.counts, STATE_LABELS, STATE_TONES),
        regions=regions_out(found.regions, STATE_LABELS, STATE_TONES),
        durations=[
            DurationOut(
                stage="stage",
                label="各部门办理" if whole else "本单位办理",
                stages_done=took.stages,
                median_working_days=took.median,
                p90_working_days=took.p90,
            )
        ],
        refusals_label=REFUSALS_LABEL,
        refusal_reasons=[ReasonOut(reason=r, count=n) for r, n in found.refusal_reasons],
    )


def _since(season: Season | None) -> datetime | None:
    if season is None:
        return None
    return datetime.combine(season.submission_opens, time.min, tzinfo=CHINA)


def _stages(
    organisation_code: str | None, since: datetime | None
) -> Select[str, str | None, datetime | None, datetime | None]:
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


def _refusals(organisation_code: str | None, since: datetime | None) -> Select[str | None]:
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
