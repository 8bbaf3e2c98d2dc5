"""Where a unit's notice takes it in the 管理端."""

import uuid

from services.notify.domain.notices import OBJECTION, OVERDUE
from services.notify.domain.screens import PUBLICITY, Screen, case_page, unit_screen


def test_a_refusal_or_a_chase_opens_the_case_and_an_objection_the_publicity_screen() -> None:
    case_id = uuid.uuid4()
    assert unit_screen("rejected", case_id) == Screen(
        f"/admin/department/case/{case_id}", "查看该申报材料"
    )
    assert unit_screen(OVERDUE, case_id) == Screen(case_page(case_id), "查看该申报材料")
    assert unit_screen(OBJECTION, case_id) == Screen(PUBLICITY, "前往公示与异议")
    assert PUBLICITY == "/admin/committee/publicity"
    assert unit_screen("rejected", None) is None
