"""统计 of a committee office for a season: its cases by where they stand and how they left, by
county or city, the working days each step of its work took (median, p90), and the refusals
(不予接收) by reason. Pure: the cases and their events come in, the figures go out.

The committee does not keep the season's window: a case counts in the season of the year its
application was submitted in (China time)."""

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from services.committee.domain.case import Status
from shared.contracts.regions import city_of, region_name
from shared.figures import Duration, RegionFigures, by_reason, duration
from shared.working_days import WorkingCalendar

ARRIVED = "arrived"  # the pseudo-action of the case reaching the office


class Desk(StrEnum):
    office = "office"  # 中评委办公室: every case handed to it
    senior = "senior"  # 高评委办公室: the cases sent to it online


# the states a desk counts, in the order the screens show them, with their labels
STATES: dict[Desk, dict[str, str]] = {
    Desk.office: {
        Status.pending_receipt: "待接收",
        Status.received: "待评审",
        Status.passed: "评审通过，待推荐",
        Status.selected: "待网上送审",
        Status.sent: "已网上送审",
        Status.senior_received: "高评委已接收",
        Status.senior_refused: "高评委不予接收",
        Status.failed: "未通过评审",
        Status.not_recommended: "未被推荐",
        Status.refused: "不予接收",
    },
    Desk.senior: {
        Status.sent: "待接收",
        Status.senior_received: "已接收",
        Status.senior_refused: "不予接收",
    },
}


@dataclass(frozen=True)
class Step:
    key: str
    label: str
    starts: frozenset[str]  # the first of these actions starts it
    ends: frozenset[str]  # the first of these after the start ends it


STEPS: dict[Desk, tuple[Step, ...]] = {
    Desk.office: (
        Step("receipt", "接收", frozenset({ARRIVED}), frozenset({"received", "refused"})),
        Step("meeting", "评审", frozenset({"received"}), frozenset({"votes_confirmed"})),
        Step(
            "sending",
            "推荐送审",
            frozenset({"votes_confirmed"}),
            frozenset({"sent", "not_recommended"}),
        ),
    ),
    Desk.senior: (
        Step(
            "receipt",
            "接收",
            frozenset({"sent"}),
            frozenset({"senior_received", "senior_refused"}),
        ),
    ),
}
REFUSALS: dict[Desk, frozenset[str]] = {
    Desk.office: frozenset({"refused"}),
    Desk.senior: frozenset({"senior_refused"}),
}
# the office's common reasons (its screen's 常用理由, GET /refusal-reasons); anything else is 其他
COMMON_REASONS = (
    "纸质材料未随电子材料报送",
    "申报材料不齐全",
    "申报材料与纸质材料不一致",
    "不符合申报条件",
)


@dataclass(frozen=True)
class Event:
    action: str
    day: date  # in China
    text: str | None = None


@dataclass(frozen=True)
class CaseRow:
    status: str
    region_code: str | None  # the employer's, as the applicant gave it
    submitted_on: date | None  # the application's submission, in China
    arrived_on: date  # reached the office (handed off)
    events: tuple[Event, ...]  # in the order they happened


@dataclass(frozen=True)
class StepFigures:
    step: Step
    took: Duration


@dataclass(frozen=True)
class Figures:
    season_year: int | None
    counts: dict[str, int]  # every state of the desk
    regions: list[RegionFigures]
    steps: list[StepFigures]
    refusal_reasons: list[tuple[str, int]]


def season_year(rows: Iterable[CaseRow], wanted: int | None) -> int | None:
    """The season asked for, else the newest one the cases were submitted in."""
    if wanted is not None:
        return wanted
    years = [row.submitted_on.year for row in rows if row.submitted_on]
    return max(years) if years else None


def figures(
    rows: Sequence[CaseRow],
    desk: Desk,
    calendar: WorkingCalendar,
    *,
    year: int | None = None,
    known_reasons: Sequence[str] = COMMON_REASONS,
) -> Figures:
    """The desk's figures for the season `year` (default: the newest). By county when all its
    cases come from one city (a city's mid-committee), else by city (the province's)."""
    chosen = season_year(rows, year)
    counted = [
        row
        for row in rows
        if row.status in STATES[desk]
        and (chosen is None or (row.submitted_on and row.submitted_on.year == chosen))
    ]
    by_city = len({city_of(row.region_code) for row in counted if row.region_code}) > 1
    counts: Counter[str] = Counter()
    regions: dict[str, RegionFigures] = {}
    took: dict[str, list[int]] = {step.key: [] for step in STEPS[desk]}
    refusals: list[str] = []
    for row in counted:
        counts[row.status] += 1
        code = row.region_code or ""
        if by_city and code:
            code = city_of(code)
        region = regions.setdefault(code, RegionFigures(code, _name(code)))
        region.counts[row.status] += 1
        for step in STEPS[desk]:
            days = _took(row, step, calendar)
            if days is not None:
                took[step.key].append(days)
        refusals += [e.text or "" for e in row.events if e.action in REFUSALS[desk]]
    return Figures(
        season_year=chosen,
        counts={state: counts[state] for state in STATES[desk]},
        regions=sorted(regions.values(), key=lambda r: r.region_code),
        steps=[StepFigures(step, duration(took[step.key])) for step in STEPS[desk]],
        refusal_reasons=by_reason(refusals, known_reasons),
    )


def _took(row: CaseRow, step: Step, calendar: WorkingCalendar) -> int | None:
    """Working days from the step's first start to the first end after it; None: not ended."""
    events = (Event(ARRIVED, row.arrived_on), *row.events)
    start = next((i for i, e in enumerate(events) if e.action in step.starts), None)
    if start is None:
        return None
    end = next((e for e in events[start + 1 :] if e.action in step.ends), None)
    if end is None:
        return None
    return calendar.elapsed(events[start].day, end.day)


def _name(code: str) -> str:
    try:
        return region_name(code)
    except KeyError:
        return code or "未填写地区"
