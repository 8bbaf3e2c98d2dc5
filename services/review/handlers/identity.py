"""显示完整号码: the department holding a case sees the applicant's full ID number, to compare
it with the paper copy; each time is recorded in the case's history (who, when)."""

import uuid

import structlog

from services.review.audit import audit
from services.review.domain.actions import Actor
from services.review.handlers.case_actions import visible_case
from services.review.unit_of_work import ReviewUnitOfWork
from services.review.views.case_schemas import IdNumberOut
from services.review.views.detail import case_summary
from shared.audit import AuditAction, Audited
from shared.refusals import Conflict, Unavailable

log = structlog.get_logger(__name__)


class OnlyTheHolder(Conflict):
    message = "只有当前经办部门可以显示完整号码"


class NumberNotArrived(Unavailable):
    """Intake's copy of the number is on its way (review.identity_received): try again soon."""

    message = "尚未收到该申报对象的完整号码，请稍后再试"

    def __init__(self) -> None:
        super().__init__(seconds=2)


async def reveal_id_number(
    uow: ReviewUnitOfWork, case_id: uuid.UUID, actor: Actor, source: str | None = None
) -> IdNumberOut:
    """The full number for the holding department, recorded in the caller's unit of work;
    404 to a department that may not see the case, 409 (with the case) to one it has passed,
    503 while intake's copy is on its way."""
    case = await visible_case(uow, case_id, actor.organisation_code)
    if not case.is_at(actor.organisation_code):
        raise OnlyTheHolder(extra={"case": case_summary(case).model_dump(mode="json")})
    application = case.application
    number = await uow.identities.full_number(application.application_id, application.submission)
    if number is None:
        raise NumberNotArrived()
    at = uow.clock()
    await uow.identities.record_reveal(case.id, case.position, actor, at)
    await audit(
        uow, Audited(str(actor.account_id), AuditAction.id_number_reveal, str(case.id), source)
    )
    log.info("id_number_revealed", case_id=str(case_id), organisation=actor.organisation_code)
    return IdNumberOut(id_number=number, revealed_at=at)
