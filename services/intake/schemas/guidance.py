"""What the portal states before the applicant types or uploads: the forms' fields and the
upload rules. The page shows these answers; it keeps no copy of its own."""

from enum import StrEnum

from pydantic import BaseModel, Field

from shared.contracts.vocabulary import FormKind


class Widget(StrEnum):
    text = "text"
    textarea = "textarea"
    date = "date"  # 年月日
    month = "month"  # 年月: the form prints year and month only
    integer = "integer"
    choice = "choice"
    rows = "rows"  # a table of entries, each with `columns`
    lines = "lines"  # a list of short texts


class ChoiceOut(BaseModel):
    value: str
    label: str


class FieldOut(BaseModel):
    name: str
    label: str = Field(description="the form's own word for it")
    widget: Widget
    required: bool
    max_length: int | None = None
    minimum: int | None = None
    maximum: int | None = None
    min_items: int | None = None
    max_items: int | None = None
    choices: list[ChoiceOut] = []
    placeholder: str | None = None
    rule: str | None = Field(
        default=None, description="for a field the forms share: what it must agree with"
    )
    columns: list["FieldOut"] = Field(default=[], description="the columns of a `rows` field")


class FormLayoutOut(BaseModel):
    kind: FormKind
    label: str
    fields: list[FieldOut]


class SharedFieldOut(BaseModel):
    """A field several forms carry: typed once, shown on each form that has it."""

    name: str
    label: str
    forms: list[FormKind]
    rule: str


class FormsLayoutOut(BaseModel):
    forms: list[FormLayoutOut]
    shared: list[SharedFieldOut]


class PhotoRulesOut(BaseModel):
    media_types: list[str]
    max_bytes: int
    min_width: int
    min_height: int
    min_sharpness: float
    statements: list[str] = Field(description="the rules in Chinese, as the page states them")


class ScanRulesOut(BaseModel):
    media_types: list[str]
    max_bytes: int
    max_count: int
    max_title_length: int
    statements: list[str]


class PasswordRulesOut(BaseModel):
    """What 注册 and 找回密码 require of a password, as intake checks it."""

    min_length: int
    max_length: int
    statements: list[str] = Field(description="the rules in Chinese, in the order they are checked")


class UploadRulesOut(BaseModel):
    photo: PhotoRulesOut
    scans: ScanRulesOut


class PhotoVerdictOut(BaseModel):
    """Whether a photo would be accepted, and why not: asked before the upload, so that a refused
    photo is a verdict on the page rather than a failed request."""

    passed: bool
    rule: str | None = Field(description="the rule it breaks, e.g. `blurred`; None if passed")
    verdict: str = Field(description="in Chinese: 照片合格：… or the reason it is refused")
    width: int | None = None
    height: int | None = None
    sharpness: float | None = Field(default=None, description="清晰度, when it was measured")
    min_sharpness: float
