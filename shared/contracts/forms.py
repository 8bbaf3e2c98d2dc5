"""The four forms departments compare (申报简表, 综合表, 评审表, 花名册), as they travel with a
submission, and `diff_forms` between two submissions' forms.

Field titles are the forms' own Chinese words; screens show them and `diff_forms` names changes
with them. Whenever forms leave intake, `id_number` is masked (shared.privacy.mask_id_number)."""

from datetime import date
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from shared.contracts.names import PersonName, WorkplaceName
from shared.contracts.vocabulary import FormKind, Gender


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="ignore")


class BasicInfo(_Frozen):
    """The basic information every form carries; the consistency check compares it across forms."""

    name: PersonName = Field(title="姓名")
    gender: Gender = Field(title="性别")
    id_number: str = Field(min_length=1, max_length=18, title="身份证号码")
    birth_date: date = Field(title="出生日期")
    employer: WorkplaceName = Field(title="工作单位")
    current_profession: str = Field(min_length=1, max_length=50, title="现从事专业")
    applied_title: str = Field(
        min_length=1, max_length=50, title="申报资格", examples=["高级工程师"]
    )
    series: str = Field(
        min_length=1, max_length=50, title="评审系列", examples=["工程技术（建设工程）"]
    )


class Study(_Frozen):
    start: date = Field(title="起始年月")
    end: date | None = Field(default=None, title="截止年月")
    school: str = Field(min_length=1, max_length=100, title="学校")
    major: str = Field(min_length=1, max_length=50, title="专业")
    degree: str = Field(min_length=1, max_length=30, title="学历学位")


class Work(_Frozen):
    start: date = Field(title="起始年月")
    end: date | None = Field(default=None, title="截止年月")
    employer: WorkplaceName = Field(title="工作单位")
    position: str = Field(min_length=1, max_length=50, title="职务")


class Achievement(_Frozen):
    title: str = Field(min_length=1, max_length=200, title="项目或成果名称")
    year: int = Field(ge=1950, le=2100, title="年份")
    role: str = Field(min_length=1, max_length=50, title="本人作用")


class Publication(_Frozen):
    title: str = Field(min_length=1, max_length=200, title="题目")
    venue: str = Field(min_length=1, max_length=100, title="刊物或出版社")
    year: int = Field(ge=1950, le=2100, title="年份")


class SummaryForm(BasicInfo):
    """申报简表."""

    education: str = Field(min_length=1, max_length=30, title="学历")
    graduated_school: str = Field(min_length=1, max_length=100, title="毕业院校")
    graduated_major: str = Field(min_length=1, max_length=50, title="所学专业")
    graduated_on: date = Field(title="毕业时间")
    current_title: str = Field(min_length=1, max_length=50, title="现专业技术资格")
    current_title_obtained_on: date = Field(title="取得时间")
    profession_years: int = Field(ge=0, le=70, title="从事本专业年限")
    achievements_summary: str = Field(default="", max_length=2000, title="主要业绩")


class ComprehensiveForm(BasicInfo):
    """综合表."""

    education_history: list[Study] = Field(default=[], max_length=20, title="学习经历")
    work_history: list[Work] = Field(min_length=1, max_length=40, title="工作经历")
    achievements: list[Achievement] = Field(default=[], max_length=50, title="业绩成果")
    publications: list[Publication] = Field(default=[], max_length=50, title="论文著作")
    awards: list[str] = Field(default=[], max_length=50, title="获奖情况")


class ReviewForm(BasicInfo):
    """评审表."""

    current_title: str = Field(min_length=1, max_length=50, title="现专业技术资格")
    current_title_obtained_on: date = Field(title="取得时间")
    work_summary: str = Field(min_length=1, max_length=5000, title="任现职以来专业技术工作总结")
    employer_opinion: str = Field(default="", max_length=1000, title="单位推荐意见")


class RosterRow(BasicInfo):
    """The applicant's row of the 花名册."""

    education: str = Field(min_length=1, max_length=30, title="学历")
    current_title: str = Field(min_length=1, max_length=50, title="现专业技术资格")
    current_title_obtained_on: date = Field(title="取得时间")
    profession_years: int = Field(ge=0, le=70, title="从事本专业年限")
    remark: str = Field(default="", max_length=200, title="备注")


FORM_MODELS: dict[FormKind, type[BasicInfo]] = {
    FormKind.summary: SummaryForm,
    FormKind.comprehensive: ComprehensiveForm,
    FormKind.review: ReviewForm,
    FormKind.roster: RosterRow,
}


class FormsSnapshot(_Frozen):
    """The four forms as submitted."""

    summary: SummaryForm = Field(title="申报简表")
    comprehensive: ComprehensiveForm = Field(title="综合表")
    review: ReviewForm = Field(title="评审表")
    roster: RosterRow = Field(title="花名册")


class FieldChange(_Frozen):
    """One value that differs between two versions of the forms."""

    form: FormKind
    form_label: str
    field: str = Field(description="dotted path, e.g. `work_history.1.employer`")
    field_label: str = Field(description="e.g. 工作经历 第2项 工作单位")
    old: Any = None
    new: Any = None


def flat_fields(form: BaseModel) -> dict[str, Any]:
    """A form's every value by dotted path (`work_history.1.employer`), in field order."""
    return _flatten(form.model_dump(mode="json"))


def _flatten(value: Any, prefix: str = "") -> dict[str, Any]:
    if isinstance(value, dict):
        items: list[tuple[str, Any]] = list(value.items())
    elif isinstance(value, list):  # an empty list adds nothing: [] -> [x] is one addition
        items = [(str(i), v) for i, v in enumerate(value)]
    else:
        return {prefix: value}
    flat: dict[str, Any] = {}
    for key, inner in items:
        flat |= _flatten(inner, f"{prefix}.{key}" if prefix else key)
    return flat


def _title(model: type[BaseModel], field: str) -> str:
    info = model.model_fields.get(field)
    return (info.title if info and info.title else None) or field


def field_label(model: type[BaseModel], parts: list[str]) -> str:
    """`work_history.1.employer` -> 工作经历 第2项 工作单位."""
    labels: list[str] = []
    current: Any = model
    for part in parts:
        if part.isdigit():
            labels.append(f"第{int(part) + 1}项")
        elif isinstance(current, type) and issubclass(current, BaseModel):
            labels.append(_title(current, part))
            info = current.model_fields.get(part)
            current = _item_model(info.annotation) if info else None
        else:
            labels.append(part)
    return " ".join(labels)


def _item_model(annotation: Any) -> Any:
    """The model inside `list[Model]`, or the annotation itself."""
    arguments = getattr(annotation, "__args__", ())
    return arguments[0] if arguments else annotation
