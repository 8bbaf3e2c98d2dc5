"""The draft: employer facts, the four forms, files."""

import uuid
from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from shared.contracts.forms import (
    BasicInfo,
    ComprehensiveForm,
    ReviewForm,
    RosterRow,
    SummaryForm,
)
from shared.contracts.names import UnitName
from shared.contracts.vocabulary import FileKind, FormKind, Level, Ownership

_INPUT = ConfigDict(frozen=True, extra="forbid")


class EmployerIn(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    name: UnitName = Field(title="单位名称")
    ownership: Ownership = Field(title="单位性质")
    level: Level = Field(title="单位层级")
    region_code: str = Field(
        min_length=6, max_length=6, title="所在地区代码", examples=["330106", "330100", "330000"]
    )
    provincial_unit: str | None = Field(
        default=None, max_length=60, title="所属省级单位（集团公司）代码"
    )


# the contracts' forms, refusing unknown fields: a misspelt field is an error, not lost input
class SummaryFormIn(SummaryForm):
    model_config = _INPUT


class ComprehensiveFormIn(ComprehensiveForm):
    model_config = _INPUT


class ReviewFormIn(ReviewForm):
    model_config = _INPUT


class RosterRowIn(RosterRow):
    model_config = _INPUT


FORM_INPUTS: dict[FormKind, type[BasicInfo]] = {
    FormKind.summary: SummaryFormIn,
    FormKind.comprehensive: ComprehensiveFormIn,
    FormKind.review: ReviewFormIn,
    FormKind.roster: RosterRowIn,
}


class EmployerOut(BaseModel):
    name: str
    ownership: Ownership
    ownership_label: str
    level: Level
    region_code: str
    region_name: str
    provincial_unit: str | None


class FileOut(BaseModel):
    id: uuid.UUID
    kind: FileKind
    title: str
    media_type: str
    size: int
    width: int | None
    height: int | None
    sharpness: float | None = Field(description="the photo's clarity figure (清晰度)")
    uploaded_at: datetime
    url: str = Field(description="the file, to download")
    preview_url: str = Field(description="the same file, to open in the page (inline)")


class FileStored(BaseModel):
    id: uuid.UUID
    url: str
    preview_url: str


class PhotoStored(FileStored):
    """The photo's verdict at once: what was measured against which rule."""

    width: int
    height: int
    sharpness: float = Field(description="清晰度: variance of the Laplacian at print size")
    min_sharpness: float
    verdict: str = Field(description="in Chinese, e.g. 照片合格：…")


class FieldProblemOut(BaseModel):
    field: str = Field(description="path, e.g. `forms.summary.current_profession`")
    message: str = Field(description="in Chinese, naming the form and the field")


class FormDraftSaved(BaseModel):
    """A form saved as typed so far, and what is still wrong with it."""

    kind: FormKind
    kind_label: str
    complete: bool = Field(description="complete and valid: the check will compare it")
    errors: list[FieldProblemOut]


class DraftRead(BaseModel):
    application_id: uuid.UUID
    editable: bool
    employer: EmployerOut | None
    forms: dict[FormKind, dict[str, Any] | None]
    form_errors: dict[FormKind, list[FieldProblemOut]] = Field(
        description="what is still wrong with each form saved incomplete (empty: none)"
    )
    photo: FileOut | None
    attachments: list[FileOut]
    updated_at: datetime
