"""Where in the 管理端 a unit's notice takes it: the one place notify names the screens' paths
(the e-mails' links and the 站内消息's link both come from here)."""

import uuid
from dataclasses import dataclass

from services.notify.domain.notices import OBJECTION

PUBLICITY = "/admin/committee/publicity"  # 公示与异议, where an office decides an objection


@dataclass(frozen=True)
class Screen:
    path: str
    label: str  # the link's words


def case_page(case_id: uuid.UUID) -> str:
    """The case page in the 管理端: review and committee share the case's id, so every unit that
    held the case opens it there."""
    return f"/admin/department/case/{case_id}"


def unit_screen(kind: str, case_id: uuid.UUID | None) -> Screen | None:
    """The screen a unit's notice of this kind opens, if any."""
    if kind == OBJECTION:
        return Screen(PUBLICITY, "前往公示与异议")
    return Screen(case_page(case_id), "查看该申报材料") if case_id else None
