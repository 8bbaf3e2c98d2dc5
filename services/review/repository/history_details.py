"""A history entry's `details` as the case repository writes them and the case page reads them
back: 退回补正's points to correct, or a correction's diff and the submissions it went between."""

from typing import TypedDict


class CorrectionItemJson(TypedDict):
    form: str | None  # None: the point concerns no one form
    field: str
    field_label: str
    note: str


class ChangeJson(TypedDict):
    form: str
    field: str
    field_label: str
    before: str | None
    after: str | None


class HistoryDetails(TypedDict, total=False):
    """A return writes `returned_from` and `items`; a correction the other three."""

    returned_from: str
    items: list[CorrectionItemJson]
    corrects_submission: int
    submission: int
    changes: list[ChangeJson]
