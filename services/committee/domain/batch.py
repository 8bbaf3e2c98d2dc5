"""网上送审's batch: who goes now, who is held back and why, who goes unrecommended with it."""

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from services.committee.domain.case import CommitteeCase
from services.committee.domain.refusals import NothingToSend


@dataclass(frozen=True)
class Batch:
    """送审批次: what an office sent to a senior committee at once."""

    id: uuid.UUID
    office_code: str
    senior_committee: str  # its code
    senior_office_code: str  # the 高评委办公室 that receives it
    case_count: int
    idempotency_key: str | None
    sent_by: uuid.UUID
    sent_at: datetime
    received_at: datetime | None = None


@dataclass(frozen=True)
class Plan:
    chosen: list[CommitteeCase]  # sent now
    held: list[tuple[CommitteeCase, str]]  # selected, held back, and why
    passed_over: list[CommitteeCase]  # marked 未被推荐 with the batch


def plan_batch(
    selected: list[CommitteeCase], passed: list[CommitteeCase], holds: Mapping[uuid.UUID, str]
) -> Plan:
    """Every applicant `selected` for the senior committee goes unless a hold keeps it back;
    the `passed`, unselected applicants of the meetings the batch comes from are passed over."""
    chosen = [c for c in selected if c.id not in holds]
    meetings = {c.meeting_id for c in chosen}
    passed_over = [c for c in passed if c.meeting_id in meetings]
    return Plan(chosen, [(c, holds[c.id]) for c in selected if c.id in holds], passed_over)


def check_sendable(plan: Plan, names: Mapping[uuid.UUID, str]) -> None:
    """Nothing to send: say who is held back and why, or that nobody is selected."""
    if plan.chosen:
        return
    if plan.held:
        held = [f"{names[case.id]}（{why}）" for case, why in plan.held]
        raise NothingToSend("暂无可网上送审的申报材料：" + "；".join(held))
    raise NothingToSend()
