"""A case: one submission of an application travelling its route, stage by stage."""

import uuid
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from services.review.domain.routes import EmployerFacts, RouteStop
from shared.contracts.vocabulary import Role, StageState
from shared.refusals import Conflict, NotFound


class CaseNotFound(NotFound):
    """Not there, or never passed through the asking organisation: the same answer."""

    message = "申报材料不存在"


class CaseChangedMeanwhile(Conflict):
    """Another clerk changed the case after it was read; nothing was written."""

    message = "其他人已先处理了该申报材料，请刷新后再试"


class Status(StrEnum):
    pending_receipt = "pending_receipt"  # 待接收申报材料
    pending_approval = "pending_approval"  # 待审批材料
    pending_forwarding = "pending_forwarding"  # 待报送材料
    rejected = "rejected"  # 不予接收, or an opinion that disagrees: the route ends
    handed_off = "handed_off"  # forwarded to the mid-committee office: the committee's now
    withdrawn = "withdrawn"  # the applicant withdrew it before anyone received it
    # 退回补正: with the applicant to correct; comes back to the same stage (returned_from)
    returned_for_correction = "returned_for_correction"


AT_A_STAGE = {
    Status.pending_receipt: StageState.pending_receipt,
    Status.pending_approval: StageState.pending_approval,
    Status.pending_forwarding: StageState.pending_forwarding,
}

STATUS_LABELS = {
    Status.pending_receipt: "待接收申报材料",
    Status.pending_approval: "待审批材料",
    Status.pending_forwarding: "待报送材料",
    Status.rejected: "不予接收或审核不同意",
    Status.handed_off: "已报送中评委办公室",
    Status.withdrawn: "申报对象已撤回",
    Status.returned_for_correction: "已退回补正，等待申报人补正",
}


@dataclass(frozen=True)
class Stop:
    position: int  # 1-based
    role: Role
    organisation_code: str
    organisation_name: str
    paper_check_required: bool
    organisation_email: str | None = None


@dataclass(frozen=True)
class Application:
    """What review knows of a submitted application."""

    application_id: uuid.UUID
    submission: int
    applicant_name: str
    id_number_masked: str
    employer_name: str
    employer: EmployerFacts
    current_profession: str | None
    correlation_id: uuid.UUID


@dataclass(frozen=True)
class Case:
    id: uuid.UUID
    application: Application
    route: tuple[Stop, ...]
    position: int
    status: Status
    paper_checked: bool  # at the current stage
    sequence: int  # of the last event announced about this application
    version: int
    opened_at: datetime
    stage_entered_at: datetime
    # while returned for correction: the status it comes back to once corrected
    returned_from: Status | None = None

    @property
    def current(self) -> Stop:
        return self.route[self.position - 1]

    @property
    def previous(self) -> Stop | None:
        return self.route[self.position - 2] if self.position > 1 else None

    @property
    def active(self) -> bool:
        return self.status in AT_A_STAGE

    def is_at(self, organisation_code: str) -> bool:
        """Waiting for this organisation to act now."""
        return self.active and self.current.organisation_code == organisation_code

    def stage_state(self, position: int) -> str:
        """done (left), here (the case is there now), next (to come), not_reached (ended)."""
        if position < self.position:
            return "done"
        if position == self.position:
            return "done" if self.status in (Status.rejected, Status.withdrawn) else "here"
        return "next" if self.active else "not_reached"

    def visible_to(self, organisation_code: str) -> bool:
        """At this organisation now, or passed through it: it may read the case."""
        return any(s.organisation_code == organisation_code for s in self.route[: self.position])


def open_case(
    application: Application,
    route: tuple[RouteStop, ...],
    *,
    case_id: uuid.UUID,
    sequence_seen: int,
    now: datetime,
) -> Case:
    """The case waits at the first stage of its route, to be received (待接收申报材料);
    its events continue the application's sequence from the last one seen."""
    return Case(
        id=case_id,
        application=application,
        route=tuple(
            Stop(
                position=i,
                role=stop.organisation.role,
                organisation_code=stop.organisation.code,
                organisation_name=stop.organisation.name,
                paper_check_required=stop.paper_check_required,
                organisation_email=stop.organisation.email,
            )
            for i, stop in enumerate(route, start=1)
        ),
        position=1,
        status=Status.pending_receipt,
        paper_checked=False,
        sequence=sequence_seen + 1,
        version=1,
        opened_at=now,
        stage_entered_at=now,
    )
