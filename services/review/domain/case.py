"""A case: one submission of an application travelling its route, stage by stage.

Issue 2 opens cases; the departments' actions (receive, opinion, forward, refuse) extend this
state machine."""

import uuid
from dataclasses import dataclass
from datetime import datetime

from services.review.domain.directory import Organisation
from services.review.domain.routes import EmployerFacts
from shared.contracts.vocabulary import Role, StageState


@dataclass(frozen=True)
class Stop:
    position: int  # 1-based
    role: Role
    organisation_code: str
    organisation_name: str


@dataclass(frozen=True)
class Application:
    """What review knows of a submitted application."""

    application_id: uuid.UUID
    submission: int
    applicant_name: str
    id_number_masked: str
    employer_name: str
    employer: EmployerFacts
    sequence: int
    correlation_id: uuid.UUID


@dataclass(frozen=True)
class Case:
    id: uuid.UUID
    application: Application
    route: tuple[Stop, ...]
    position: int
    state: StageState
    sequence: int  # of the last event about this application, carried on from intake's
    version: int
    opened_at: datetime
    stage_entered_at: datetime

    @property
    def current(self) -> Stop:
        return self.route[self.position - 1]


def open_case(
    application: Application, route: tuple[Organisation, ...], *, case_id: uuid.UUID, now: datetime
) -> Case:
    """The case waits at the first stage of its route, to be received (待接收申报材料)."""
    return Case(
        id=case_id,
        application=application,
        route=tuple(
            Stop(position=i, role=org.role, organisation_code=org.code, organisation_name=org.name)
            for i, org in enumerate(route, start=1)
        ),
        position=1,
        state=StageState.pending_receipt,
        sequence=application.sequence + 1,
        version=1,
        opened_at=now,
        stage_entered_at=now,
    )
