"""A valid four-forms snapshot (as intake sends it to reviewers: ID number masked)."""

from datetime import date

from shared.contracts.forms import (
    ComprehensiveForm,
    FormsSnapshot,
    ReviewForm,
    RosterRow,
    SummaryForm,
    Work,
)
from shared.contracts.vocabulary import Gender


def forms_snapshot(
    *,
    name: str = "张三",
    gender: Gender = Gender.male,
    employer: str = "某某建设有限公司",
    current_profession: str = "建筑工程施工",
    current_title: str = "工程师",
    applied_title: str = "高级工程师",
) -> FormsSnapshot:
    basic = {
        "name": name,
        "gender": gender,
        "id_number": "330106************",
        "birth_date": date(1985, 3, 12),
        "employer": employer,
        "current_profession": current_profession,
        "applied_title": applied_title,
        "series": "工程技术（建设工程）",
    }
    title = {"current_title": current_title, "current_title_obtained_on": date(2015, 6, 1)}
    return FormsSnapshot(
        summary=SummaryForm(
            **basic,
            **title,
            education="大学本科",
            graduated_school="浙江大学",
            graduated_major="土木工程",
            graduated_on=date(2007, 6, 30),
            profession_years=17,
        ),
        comprehensive=ComprehensiveForm(
            **basic,
            work_history=[Work(start=date(2007, 7, 1), employer=employer, position="技术负责人")],
        ),
        review=ReviewForm(**basic, **title, work_summary="主持完成多项工程项目。"),
        roster=RosterRow(**basic, **title, education="大学本科", profession_years=17),
    )
