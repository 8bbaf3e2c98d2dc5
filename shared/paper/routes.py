"""What every route that prints the paper shares: the `form` it is asked for and the PDF it
answers, to look at in the page."""

import uuid
from typing import Annotated

from fastapi import Query, Response

from shared.http import document
from shared.paper import PDF, PaperKind

CaseForms = Annotated[
    list[PaperKind] | None, Query(description="summary (申报简表), review (评审表); both")
]
BatchForms = Annotated[
    list[PaperKind] | None, Query(description="review (评审表, default), summary (申报简表)")
]


def case_kinds(form: list[PaperKind] | None) -> list[PaperKind]:
    """One application's forms as asked, both unless the request names some."""
    return form or [PaperKind.summary, PaperKind.review]


def batch_kinds(form: list[PaperKind] | None) -> list[PaperKind]:
    """A batch's forms as asked, its 评审表 unless the request names some."""
    return form or [PaperKind.review]


def printed(content: bytes, name: uuid.UUID) -> Response:
    """The forms of the case or batch `name` as a PDF to look at in the page."""
    return document(content, media_type=PDF, filename=f"forms-{name}.pdf", inline=True)
