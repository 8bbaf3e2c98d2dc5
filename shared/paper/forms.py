"""One applicant's 申报简表 and 评审表, each starting on a page of its own."""

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from shared.contracts.forms import FormsSnapshot
from shared.contracts.review import ReviewOpinion
from shared.contracts.vocabulary import DECISION_LABELS
from shared.privacy import mask_id_number

TEMPLATES = Path(__file__).parent / "templates"
_env = Environment(
    loader=FileSystemLoader(TEMPLATES),
    autoescape=select_autoescape(default=True, default_for_string=True),
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)
_GENDER = {"male": "男", "female": "女"}


class PaperKind(StrEnum):
    summary = "summary"  # 申报简表
    review = "review"  # 评审表


TITLES = {
    PaperKind.summary: "浙江省高级专业技术资格评审申报简表",
    PaperKind.review: "浙江省高级专业技术资格评审表",
}


@dataclass(frozen=True)
class Opinion:
    """A department's signed opinion (审核意见) as the 评审表 prints it."""

    organisation: str
    decision_label: str
    text: str
    signer: str
    signed_on: date


def printed_opinion(signed: ReviewOpinion) -> Opinion:
    """A department's signed review opinion as the 评审表 prints it."""
    return Opinion(
        organisation=signed.organisation.name,
        decision_label=DECISION_LABELS.get(signed.decision, signed.decision),
        text=signed.text,
        signer=signed.signer,
        signed_on=signed.signed_at.date(),
    )


@dataclass(frozen=True)
class VoteLine:
    """The mid-committee's votes (中评委评审意见) as the 评审表 prints them."""

    committee: str
    held_on: date
    members_enrolled: int
    present: int
    in_favour: int
    against: int
    abstain: int
    result_label: str


@dataclass(frozen=True)
class Paper:
    forms: FormsSnapshot
    reference: str  # what identifies the application on paper (申报编号)
    opinions: Sequence[Opinion] = field(default_factory=tuple)
    votes: VoteLine | None = None


def _ym(value: date | None) -> str:
    return f"{value.year}年{value.month}月" if value else ""


def _ymd(value: date | None) -> str:
    return f"{value.year}年{value.month}月{value.day}日" if value else ""


_env.filters["ym"] = _ym
_env.filters["ymd"] = _ymd
_env.filters["gender"] = lambda g: _GENDER.get(str(g), "")
_env.filters["masked"] = mask_id_number


def forms_html(papers: Sequence[Paper], kinds: Sequence[PaperKind], *, printed_at: datetime) -> str:
    """The papers' forms as one HTML document (what the PDF shows)."""
    return _env.get_template("forms.html.j2").render(
        papers=papers,
        kinds=[PaperKind(k) for k in kinds],
        titles=TITLES,
        printed_at=printed_at,
    )


def forms_pdf(
    papers: Sequence[Paper], kinds: Sequence[PaperKind], *, printed_at: datetime
) -> bytes:
    """The papers' forms as one PDF: every form of every paper on pages of its own."""
    # imported here, not at start-up: WeasyPrint loads Pango and takes seconds to import, which
    # every API process would otherwise pay before answering its first request
    from weasyprint import HTML

    document = HTML(
        string=forms_html(papers, kinds, printed_at=printed_at), base_url=str(TEMPLATES)
    )
    pdf: bytes = document.write_pdf()
    return pdf
