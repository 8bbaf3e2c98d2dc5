"""One row of the performance table: our figure beside its yardstick, and whether the target
is met (None: a figure shown for what it is, with no target of its own)."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Row:
    what: str
    ours: str
    yardstick: str
    ratio: float
    target: str
    met: bool | None
