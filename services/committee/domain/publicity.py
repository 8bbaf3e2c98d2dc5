"""公示 and 异议: the mid-committee office publishes its recommended applicants for a number of
working days; anyone may object, with a real name and a way to be reached; while an objection is
open, or the period has not ended, the applicant is not sent online (网上送审). 异议成立 takes the
applicant off the recommended list (未被推荐); 异议不成立 closes the objection. Pure: the day and
the calendar are given."""

import re
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from zoneinfo import ZoneInfo

from shared.refusals import Conflict, InvalidInput
from shared.working_days import WorkingCalendar

MIN_WORKING_DAYS = 5  # the notice: 公示 for at least five working days
MAX_WORKING_DAYS = 30
CHINA = ZoneInfo("Asia/Shanghai")


def china_day(moment: datetime) -> date:
    """The calendar day in China of a moment: the day working days are counted in."""
    return moment.astimezone(CHINA).date()


class PublicityRefused(InvalidInput):
    """What is wrong with the input, as (field, Chinese message) pairs (answered 422)."""

    @property
    def problems(self) -> list[tuple[str, str]]:
        return self.errors


class ObjectionClosed(Conflict):
    """The objection or the publicity's state does not allow it; the message says why (409)."""


@dataclass(frozen=True)
class Publicity:
    id: uuid.UUID
    office_code: str
    starts_on: date  # as the office set it (the period counts from the first working day)
    working_days: int
    ends_on: date  # the last working day of the period

    def phase(self, today: date) -> "Phase":
        if today < self.starts_on:
            return Phase.upcoming
        return Phase.ongoing if today <= self.ends_on else Phase.ended


class Phase(StrEnum):
    upcoming = "upcoming"  # 未开始
    ongoing = "ongoing"  # 公示中
    ended = "ended"  # 已期满


PHASE_LABELS = {Phase.upcoming: "未开始", Phase.ongoing: "公示中", Phase.ended: "已期满"}


def plan(
    office_code: str,
    starts_on: date,
    working_days: int,
    *,
    today: date,
    calendar: WorkingCalendar,
) -> Publicity:
    """A new 公示: at least five working days, not starting before today; it ends on the last
    of its working days (holidays, weekends and local closures skipped, 调休 days counted)."""
    problems = []
    if working_days < MIN_WORKING_DAYS:
        problems.append(("working_days", f"公示期不得少于 {MIN_WORKING_DAYS} 个工作日"))
    elif working_days > MAX_WORKING_DAYS:
        problems.append(("working_days", f"公示期不得超过 {MAX_WORKING_DAYS} 个工作日"))
    if starts_on < today:
        problems.append(("starts_on", f"公示开始日期不能早于今天（{today:%Y年%m月%d日}）"))
    if problems:
        raise PublicityRefused(problems)
    ends_on = calendar.period_end(starts_on, working_days)
    return Publicity(uuid.uuid4(), office_code, starts_on, working_days, ends_on)


class ObjectionStatus(StrEnum):
    open = "open"  # 待处理
    upheld = "upheld"  # 异议成立
    dismissed = "dismissed"  # 异议不成立


OBJECTION_LABELS = {
    ObjectionStatus.open: "待处理",
    ObjectionStatus.upheld: "异议成立",
    ObjectionStatus.dismissed: "异议不成立",
}


@dataclass(frozen=True)
class Objection:
    """An objection filed against an applicant in a 公示, with the applicant's name and unit."""

    id: uuid.UUID
    publicity_id: uuid.UUID
    case_id: uuid.UUID
    office_code: str
    objector_name: str
    phone: str | None
    email: str | None
    text: str
    filed_at: datetime
    status: ObjectionStatus
    decision_reason: str | None
    decided_at: datetime | None
    applicant_name: str
    employer_name: str


_PHONE = re.compile(r"^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True)
class ObjectionIn:
    objector_name: str
    phone: str | None
    email: str | None
    text: str


def check_objection(objection: ObjectionIn) -> ObjectionIn:
    """A real name, a phone number or an e-mail address to be reached at, and what is objected
    to; every problem named by its field."""
    name = objection.objector_name.strip()
    phone = (objection.phone or "").strip().replace(" ", "") or None
    email = (objection.email or "").strip() or None
    text = objection.text.strip()
    problems = []
    if not 2 <= len(name) <= 30:
        problems.append(("objector_name", "请填写异议人的真实姓名（2 至 30 个字）"))
    if phone is None and email is None:
        problems.append(("phone", "请填写联系电话或电子邮箱，以便核实异议"))
    if phone is not None and not _PHONE.match(phone):
        problems.append(("phone", "联系电话格式不正确（手机号码 11 位，或区号-座机号码）"))
    if email is not None and not _EMAIL.match(email):
        problems.append(("email", "电子邮箱格式不正确"))
    if len(text) < 10:
        problems.append(("text", "请写明异议的具体事实和理由（不少于 10 个字）"))
    if problems:
        raise PublicityRefused(problems)
    return ObjectionIn(name, phone, email, text)


def check_filing(publicity: Publicity | None, today: date) -> Publicity:
    """Objections are received during the period only."""
    if publicity is None:
        raise ObjectionClosed("该申报人不在公示名单中")
    phase = publicity.phase(today)
    if phase == Phase.upcoming:
        raise ObjectionClosed(f"公示尚未开始（{publicity.starts_on:%Y年%m月%d日}起公示）")
    if phase == Phase.ended:
        raise ObjectionClosed(f"公示期已于{publicity.ends_on:%Y年%m月%d日}结束，不再受理异议")
    return publicity


def check_decision(status: ObjectionStatus, reason: str) -> str:
    if status != ObjectionStatus.open:
        raise ObjectionClosed(f"该异议已处理（{OBJECTION_LABELS[status]}）")
    if not reason.strip():
        raise PublicityRefused([("reason", "请填写处理意见（异议成立或不成立的理由）")])
    return reason.strip()


def hold(
    publicity: Publicity | None, open_objections: int, today: date, *, required: bool
) -> str | None:
    """Why a recommended applicant may not be sent online now, in the words the screens show;
    None when it may be."""
    if open_objections:
        return "有异议待处理"
    if publicity is None:
        return "尚未公示" if required else None
    phase = publicity.phase(today)
    if phase == Phase.upcoming:
        return (
            f"公示期为{publicity.starts_on:%Y年%m月%d日}至{publicity.ends_on:%Y年%m月%d日}，"
            "期满后方可网上送审"
        )
    if phase == Phase.ongoing:
        return f"公示期至{publicity.ends_on:%Y年%m月%d日}，期满后方可网上送审"
    return None
