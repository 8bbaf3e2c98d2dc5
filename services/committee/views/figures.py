"""统计 of a committee office for the season, as the screens and the workbook show them: the
mid-committee office's own cases, or the cases sent to a senior committee office online."""

import uuid
from collections import defaultdict
from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import Select, select
from sqlalchemy.ext.asyncio import AsyncSession

from services.committee.domain.case import Status
from services.committee.domain.figures import STATES, CaseRow, Desk, Event, Figures, figures
from services.committee.models import batch, case_event, committee_case
from shared.figures_out import (
    DurationOut,
    FiguresOut,
    ReasonOut,
    Tone,
    counts_out,
    regions_out,
)
from shared.working_days import WorkingCalendar

CHINA = ZoneInfo("Asia/Shanghai")  # the calendar day working days are counted in
TONES: dict[Tone, tuple[Status, ...]] = {
    "waiting": (Status.pending_receipt, Status.received, Status.passed, Status.selected),
    "onward": (Status.sent, Status.senior_received),
    "refused": (Status.senior_refused, Status.failed, Status.not_recommended, Status.refused),
}
REFUSALS_LABEL = {Desk.office: "不予接收的理由", Desk.senior: "高评委办公室不予接收的理由"}

_region = committee_case.c.submitted[("employer", "region_code")].as_string()
_submitted_at = committee_case.c.submitted["submitted_at"].as_string()


async def read_figures(
    session: AsyncSession,
    desk: Desk,
    office_code: str,
    *,
    year: int | None,
    calendar: WorkingCalendar,
) -> Figures:
    cases = _cases(desk, office_code).subquery()
    rows = (await session.execute(select(cases))).all()
    events: dict[uuid.UUID, list[Event]] = defaultdict(list)
    for event in await session.execute(
        select(case_event.c.case_id, case_event.c.action, case_event.c.at, case_event.c.text)
        .join(cases, cases.c.id == case_event.c.case_id)
        .order_by(case_event.c.case_id, case_event.c.version)
    ):
        events[event.case_id].append(Event(event.action, _day(event.at), event.text))
    found = [
        CaseRow(
            status=row.status,
            region_code=row.region_code,
            submitted_on=_submitted_on(row.submitted_at),
            arrived_on=_day(row.handed_off_at),
            events=tuple(events[row.id]),
        )
        for row in rows
    ]
    return figures(found, desk, calendar, year=year)


def figures_out(found: Figures, desk: Desk, *, scope: str) -> FiguresOut:
    labels = {str(state): label for state, label in STATES[desk].items()}
    tones = {str(state): tone for tone, states in TONES.items() for state in states}
    if desk is Desk.senior:
        tones[Status.sent] = "waiting"  # at the senior office, a case sent to it waits there
    return FiguresOut(
        scope=scope,
        season_year=found.season_year,
        counts=counts_out(found.counts, labels, tones),
        regions=regions_out(found.regions, labels, tones),
        durations=[
            DurationOut(
                stage=step.step.key,
                label=step.step.label,
                stages_done=step.took.stages,
                median_working_days=step.took.median,
                p90_working_days=step.took.p90,
            )
            for step in found.steps
        ],
        refusals_label=REFUSALS_LABEL[desk],
        refusal_reasons=[ReasonOut(reason=r, count=n) for r, n in found.refusal_reasons],
    )


async def office_name(session: AsyncSession, office_code: str) -> str | None:
    """The mid-committee office's name as review handed its cases over (None: none yet)."""
    return (
        await session.execute(
            select(committee_case.c.office_name)
            .where(committee_case.c.office_code == office_code)
            .limit(1)
        )
    ).scalar_one_or_none()


def _cases(
    desk: Desk, office_code: str
) -> Select[uuid.UUID, str, datetime, str | None, str | None]:
    query = select(
        committee_case.c.id,
        committee_case.c.status,
        committee_case.c.handed_off_at,
        _region.label("region_code"),
        _submitted_at.label("submitted_at"),
    )
    if desk is Desk.senior:
        return query.join(batch, batch.c.id == committee_case.c.batch_id).where(
            batch.c.senior_office_code == office_code
        )
    return query.where(committee_case.c.office_code == office_code)


def _day(moment: datetime) -> date:
    return moment.astimezone(CHINA).date()


def _submitted_on(text: str | None) -> date | None:
    if not text:
        return None
    return _day(datetime.fromisoformat(text))
