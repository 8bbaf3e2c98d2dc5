"""A case at the committee: from the office's receipt to the senior committee's."""

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from services.committee.domain.publicity import Publicity
from shared.contracts.vocabulary import Role
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
class Unit:
    """An organisation as a case names it: a department, an office."""

    code: str
    name: str
    email: str | None = None


@dataclass(frozen=True)
class Stage:
    """A stage of the case's route, as review numbered it."""

    position: int
    stage_count: int
    role: Role
    organisation: Unit


@dataclass(frozen=True)
class Origin:
    """What the case came with from review and keeps: whose it is, who sent it up, to which
    office and at which stage; the application's correlation id its events carry."""

    applicant_name: str
    office: Unit
    sent_by: Unit
    office_stage: Stage
    correlation_id: uuid.UUID


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


def expect(case: CommitteeCase, *allowed: Status, doing: str) -> None:
    if case.status not in allowed:
        raise CaseRefused(f"该申报材料当前为“{STATUS_LABELS[case.status]}”，不能{doing}", case)


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


_ALLOWED: dict[Status, tuple[str, ...]] = {
    Status.pending_receipt: ("receive", "refuse"),
    Status.passed: ("select",),
    Status.selected: ("unselect",),
}


def allowed_actions(status: Status, *, published: bool = False) -> tuple[str, ...]:
    """What an office may do with a case in this state (the screens show these as buttons); a
    recommended applicant in a 公示 is no longer unselected (an objection decides)."""
    return tuple(a for a in _ALLOWED.get(status, ()) if not (published and a == "unselect"))
