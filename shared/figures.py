"""统计 that every level counts the same way: how long a stage took (median and 90th
percentile, in working days) and refusals grouped by the common reason their text contains.
Pure: numbers and texts in, figures out."""

import statistics
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

OTHER_REASON = "其他"


@dataclass
class RegionFigures:
    """One region's counts, by state, as a level's figures add them up."""

    region_code: str
    region_name: str
    counts: Counter[str] = field(default_factory=Counter)


@dataclass(frozen=True)
class Duration:
    stages: int  # how many stages ended (the figures' base)
    median: float | None  # working days
    p90: float | None


def duration(took: Sequence[int]) -> Duration:
    """The median and the 90th percentile (inclusive method) of the working days stages took."""
    if not took:
        return Duration(0, None, None)
    ninetieth = (
        statistics.quantiles(took, n=10, method="inclusive")[-1] if len(took) > 1 else took[0]
    )
    return Duration(len(took), float(statistics.median(took)), float(ninetieth))


def by_reason(refusals: Iterable[str], known: Sequence[str]) -> list[tuple[str, int]]:
    """Each refusal counted under the first common reason its text contains, else 其他; the
    most frequent first, 其他 last."""
    counted: Counter[str] = Counter()
    for text in refusals:
        counted[next((reason for reason in known if reason in text), OTHER_REASON)] += 1
    return sorted(counted.items(), key=lambda item: (item[0] == OTHER_REASON, -item[1], item[0]))
