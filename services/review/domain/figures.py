"""统计: what a department (or the whole province) did this season, from its stages — counts by
where they stand and how they left, by region, the working days a stage took (median, p90), and
the refusals by reason. Pure: the rows come in, the figures go out."""

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from shared.contracts.regions import region_name
from shared.figures import Duration, RegionFigures, by_reason, duration
from shared.working_days import WorkingCalendar

# returned_for_correction: still at the stage, with the applicant to correct (退回补正)
STANDING = ("pending_receipt", "pending_approval", "pending_forwarding", "returned_for_correction")
OUTCOMES = ("forwarded", "refused", "disagreed", "withdrawn")


@dataclass(frozen=True)
class StageRow:
    region_code: str
    state: str | None  # where it stands (STANDING) or how it left (OUTCOMES)
    entered: date | None
    left: date | None


@dataclass(frozen=True)
class Figures:
    counts: dict[str, int]  # every state of STANDING and OUTCOMES
    regions: list[RegionFigures]
    time_at_stage: Duration
    refusal_reasons: list[tuple[str, int]]


def figures(
    rows: Iterable[StageRow],
    refusals: Iterable[str],
    known_reasons: Sequence[str],
    calendar: WorkingCalendar,
    *,
    region_of: str = "county",
) -> Figures:
    """`region_of`: "county" groups by the case's county, "city" by its city (the province)."""
    counts: Counter[str] = Counter()
    regions: dict[str, RegionFigures] = {}
    took: list[int] = []
    for row in rows:
        if row.state not in (*STANDING, *OUTCOMES):
            continue
        counts[row.state] += 1
        code = row.region_code[:4] + "00" if region_of == "city" else row.region_code
        region = regions.setdefault(code, RegionFigures(code, region_name(code) or code))
        region.counts[row.state] += 1
        if row.left and row.entered:
            took.append(calendar.elapsed(row.entered, row.left))
    return Figures(
        counts={state: counts[state] for state in (*STANDING, *OUTCOMES)},
        regions=sorted(regions.values(), key=lambda r: r.region_code),
        time_at_stage=duration(took),
        refusal_reasons=by_reason(refusals, known_reasons),
    )
