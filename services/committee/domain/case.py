"""A case at the committee: from the office's receipt to the senior committee's."""

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum
from typing import Any

from services.committee.domain.publicity import Publicity
from shared.refusals import Conflict


class Status(StrEnum):
    pending_receipt = "pending_receipt"  # 待接收材料 (单位上报材料)
    received = "received"  # 已接收, waiting for the meeting
    passed = "passed"  # 中评委评审通过 (votes confirmed)
    failed = "failed"  # 未通过中评委评审 (votes confirmed)
    selected = "selected"  # 高评委设置: chosen to be recommended
    sent = "sent"  # 网上送审: in a batch to the senior committee
    not_recommended = "not_recommended"  # passed, not chosen when the batch went
    refused = "refused"  # the office did not receive it (不予接收)
    senior_received = "senior_received"  # 高评委办公室已接收
    senior_refused = "senior_refused"  # 高评委办公室不予接收


STATUS_LABELS = {
    Status.pending_receipt: "待接收材料",
    Status.received: "已接收，待评审",
    Status.passed: "中评委评审通过",
    Status.failed: "未通过中评委评审",
    Status.selected: "已选为推荐对象，待网上送审",
    Status.sent: "已网上送审",
    Status.not_recommended: "未被推荐",
    Status.refused: "中评委办公室不予接收",
    Status.senior_received: "高评委办公室已接收",
    Status.senior_refused: "高评委办公室不予接收",
}


@dataclass(frozen=True)
class CommitteeCase:
    id: uuid.UUID  # the review case it came from
    application_id: uuid.UUID
    submission: int
    office_code: str
    status: Status
    senior_committee: str | None  # code of the senior committee it is selected for or sent to
    meeting_id: uuid.UUID | None
    batch_id: uuid.UUID | None
    sequence: int
    version: int
    updated_at: datetime


def as_it_stands(case: CommitteeCase) -> dict[str, Any]:
    """What a 409 about the case carries, for the screen to refresh its row."""
    return {
        "id": str(case.id),
        "status": case.status.value,
        "status_label": STATUS_LABELS[case.status],
        "version": case.version,
    }


class CaseConflict(Conflict):
    """409 about a case, carrying it as it stands (when there is one) beside the message."""

    def __init__(self, message: str | None = None, case: CommitteeCase | None = None) -> None:
        extra: Mapping[str, Any] | None = {"case": as_it_stands(case)} if case else None
        super().__init__(message, extra=extra)
        self.case = case


class CaseRefused(CaseConflict):
    """The action does not fit the case as it stands; the message says why, in Chinese."""


class CaseChanged(CaseConflict):
    """Somebody changed the case after it was loaded (the case is the newer one)."""

    message = "其他人已先处理了该申报材料，请刷新后再试"


def _expect(case: CommitteeCase, *allowed: Status, doing: str) -> None:
    if case.status not in allowed:
        raise CaseRefused(f"该申报材料当前为“{STATUS_LABELS[case.status]}”，不能{doing}", case)


def _next(case: CommitteeCase, now: datetime, **changes: object) -> CommitteeCase:
    return replace(case, version=case.version + 1, updated_at=now, **changes)  # type: ignore[arg-type]


def receive(case: CommitteeCase, now: datetime) -> CommitteeCase:
    _expect(case, Status.pending_receipt, doing="接收")
    return _next(case, now, status=Status.received)


def refuse(case: CommitteeCase, reason: str, now: datetime) -> CommitteeCase:
    _expect(case, Status.pending_receipt, doing="不予接收")
    if not reason.strip():
        raise CaseRefused("不予接收须填写理由", case)
    return _next(case, now, status=Status.refused)


def place_in_meeting(case: CommitteeCase, meeting_id: uuid.UUID, now: datetime) -> CommitteeCase:
    _expect(case, Status.received, doing="提交评审会")
    if case.meeting_id is not None:
        raise CaseRefused("该申报材料已列入另一次评审会", case)
    return _next(case, now, meeting_id=meeting_id)


def decided(case: CommitteeCase, passed: bool, now: datetime) -> CommitteeCase:
    """The meeting's confirmed (or corrected) votes decide; a selection a correction undoes goes."""
    _expect(case, Status.received, Status.passed, Status.failed, Status.selected, doing="更正得票")
    if passed:
        status = Status.selected if case.status == Status.selected else Status.passed
        return _next(case, now, status=status)
    return _next(case, now, status=Status.failed, senior_committee=None)


def select(case: CommitteeCase, senior_committee: str, now: datetime) -> CommitteeCase:
    if case.status == Status.failed:
        raise CaseRefused("未通过中评委评审的申报对象不能推荐", case)
    _expect(case, Status.passed, doing="选为推荐对象")
    return _next(case, now, status=Status.selected, senior_committee=senior_committee)


def unselect(case: CommitteeCase, now: datetime, *, published: bool = False) -> CommitteeCase:
    """A recommended applicant in a 公示 is not unselected: an objection decides."""
    if published:
        raise CaseRefused(
            "该推荐对象已公示，不能取消推荐；公示期间的异议请在“公示与异议”中处理", case
        )
    _expect(case, Status.selected, doing="取消推荐")
    return _next(case, now, status=Status.passed, senior_committee=None)


def send(case: CommitteeCase, batch_id: uuid.UUID, now: datetime) -> CommitteeCase:
    _expect(case, Status.selected, doing="网上送审")
    return _next(case, now, status=Status.sent, batch_id=batch_id)


def not_recommended(case: CommitteeCase, now: datetime) -> CommitteeCase:
    _expect(case, Status.passed, doing="标记为未推荐")
    return _next(case, now, status=Status.not_recommended)


def publicize(case: CommitteeCase, now: datetime) -> CommitteeCase:
    """公示: only a recommended applicant is published; the state stays (the period holds it)."""
    _expect(case, Status.selected, doing="公示")
    return _next(case, now)


def check_unpublished(
    cases: list[CommitteeCase],
    names: Mapping[uuid.UUID, str],
    earlier: Mapping[uuid.UUID, Publicity],
) -> None:
    """An applicant is published once: the first of `cases` already in a 公示 is refused."""
    for case in cases:
        if (published := earlier.get(case.id)) is not None:
            raise CaseRefused(
                f"{names[case.id]} 已在{published.starts_on:%Y年%m月%d日}起的公示中", case
            )


def publish(case: CommitteeCase, name: str, now: datetime) -> CommitteeCase:
    """公示 of one of a list: only those selected, said with the applicant's name."""
    if case.status != Status.selected:
        raise CaseRefused(
            f"{name} 当前为“{STATUS_LABELS[case.status]}”，只能公示已选为推荐对象的申报人", case
        )
    return publicize(case, now)


def noted(case: CommitteeCase, now: datetime) -> CommitteeCase:
    """Something recorded on the case that changes nothing else (异议不成立)."""
    return _next(case, now)


def objection_upheld(case: CommitteeCase, now: datetime) -> CommitteeCase:
    """异议成立 during 公示: the applicant is no longer recommended."""
    _expect(case, Status.selected, doing="按异议成立处理")
    return _next(case, now, status=Status.not_recommended, senior_committee=None)


def senior_receive(case: CommitteeCase, now: datetime) -> CommitteeCase:
    _expect(case, Status.sent, doing="接收")
    return _next(case, now, status=Status.senior_received)


def senior_refuse(case: CommitteeCase, reason: str, now: datetime) -> CommitteeCase:
    _expect(case, Status.sent, doing="不予接收")
    if not reason.strip():
        raise CaseRefused("不予接收须填写理由", case)
    return _next(case, now, status=Status.senior_refused)


_ALLOWED: dict[Status, tuple[str, ...]] = {
    Status.pending_receipt: ("receive", "refuse"),
    Status.passed: ("select",),
    Status.selected: ("unselect",),
}


def allowed_actions(status: Status, *, published: bool = False) -> tuple[str, ...]:
    """What an office may do with a case in this state (the screens show these as buttons); a
    recommended applicant in a 公示 is no longer unselected (an objection decides)."""
    return tuple(a for a in _ALLOWED.get(status, ()) if not (published and a == "unselect"))
