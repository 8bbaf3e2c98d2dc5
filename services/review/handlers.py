"""One function per command: load, decide, save, emit."""

import uuid
from dataclasses import dataclass

import structlog

from services.review.commands import StartReview
from services.review.domain.case import Case, open_case
from services.review.domain.directory import Directory
from services.review.domain.routes import NoRoute, RouteTable
from services.review.unit_of_work import ReviewUnitOfWork
from shared.contracts import ApplicationRejected, CaseStageChanged, OrganisationRef, StageRef

log = structlog.get_logger(__name__)


@dataclass(frozen=True)
class ReferenceData:
    directory: Directory
    routes: RouteTable


async def start_review(
    uow: ReviewUnitOfWork, command: StartReview, reference: ReferenceData
) -> None:
    """Opens the case at its first stage, or refuses the application if it has no route."""
    application = command.application
    try:
        route = reference.routes.resolve(application.employer, reference.directory)
    except NoRoute as exc:
        await uow.emit(
            ApplicationRejected(
                application_id=application.application_id,
                submission=application.submission,
                case_id=None,
                stage=None,
                lower_unit=None,
                reasons=[f"未能确定报送路线：{exc}"],
                rejected_at=uow.clock(),
            ),
            correlation_id=application.correlation_id,
            causation_id=command.causation_id,
            sequence=application.sequence + 1,
        )
        log.warning("application_unroutable", application_id=str(application.application_id))
        return
    case = open_case(application, route, case_id=uuid.uuid4(), now=uow.clock())
    await uow.cases.add(case)
    await uow.emit(
        stage_changed(case),
        correlation_id=application.correlation_id,
        causation_id=command.causation_id,
        sequence=case.sequence,
    )
    log.info("case_opened", case_id=str(case.id), at=case.current.organisation_code)


def stage_changed(case: Case) -> CaseStageChanged:
    stop = case.current
    return CaseStageChanged(
        application_id=case.application.application_id,
        submission=case.application.submission,
        case_id=case.id,
        stage=StageRef(
            position=stop.position,
            stage_count=len(case.route),
            role=stop.role,
            organisation=OrganisationRef(code=stop.organisation_code, name=stop.organisation_name),
        ),
        state=case.state,
        changed_at=case.stage_entered_at,
    )
