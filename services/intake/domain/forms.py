"""The fields the consistency check compares across the four forms, and their Chinese names.

The forms themselves are contracts (shared/contracts/forms.py); the domain sees each form as a
mapping of field name to value (dates as `date`, gender as `Gender`)."""

from collections.abc import Mapping
from dataclasses import dataclass

from shared.contracts.vocabulary import FormKind

FormValues = Mapping[str, object]
Forms = Mapping[FormKind, FormValues]

ALL_FORMS = tuple(FormKind)


@dataclass(frozen=True)
class ComparedField:
    label: str  # the forms' own word for it
    forms: tuple[FormKind, ...]  # the forms that carry it


# the notice's basic information (name, gender, ID number, birth date, employer, 现从事专业, applied
# title and series) is on all four forms; the current title and its facts are on three or two
COMPARED: dict[str, ComparedField] = {
    "name": ComparedField("姓名", ALL_FORMS),
    "gender": ComparedField("性别", ALL_FORMS),
    "id_number": ComparedField("身份证号码", ALL_FORMS),
    "birth_date": ComparedField("出生日期", ALL_FORMS),
    "employer": ComparedField("工作单位", ALL_FORMS),
    "current_profession": ComparedField("现从事专业", ALL_FORMS),
    "applied_title": ComparedField("申报资格", ALL_FORMS),
    "series": ComparedField("评审系列", ALL_FORMS),
    "education": ComparedField("学历", (FormKind.summary, FormKind.roster)),
    "current_title": ComparedField(
        "现专业技术资格", (FormKind.summary, FormKind.review, FormKind.roster)
    ),
    "current_title_obtained_on": ComparedField(
        "取得时间", (FormKind.summary, FormKind.review, FormKind.roster)
    ),
    "profession_years": ComparedField("从事本专业年限", (FormKind.summary, FormKind.roster)),
}
