"""显示完整号码: the department holding a case sees the applicant's full ID number, to compare
it with the paper copy; each time is recorded in the case's history (who, when)."""

import uuid
from collections.abc import Callable

import structlog

from services.review.audit import audit
from services.review.domain.actions import Actor
from services.review.domain.case import Case
from services.review.handlers.case_actions import NOT_FOUND, Answer
from services.review.unit_of_work import ReviewUnitOfWork
from services.review.views.detail import case_summary
from shared.audit import Audited

log = structlog.get_logger(__name__)
ONLY_THE_HOLDER = "只有当前经办部门可以显示完整号码"
NOT_ARRIVED = "尚未收到该申报对象的完整号码，请稍后再试"


async def reveal_id_number(
    uow_factory: Callable[[], ReviewUnitOfWork],
    case_id: uuid.UUID,
    actor: Actor,
    source: str | None = None,
) -> Answer:
    """The full number for the holding department (200), recorded; 404 to a department that
    may not see the case, 409 to one it has passed, 503 while intake's copy is on its way."""
    async with uow_factory() as uow:
        case = await uow.cases.get(case_id)
        if case is None or not case.visible_to(actor.organisation_code):
            return Answer(404, {"detail": NOT_FOUND})
        if not case.is_at(actor.organisation_code):
            return Answer(409, {"detail": ONLY_THE_HOLDER, "case": _dumped(case)})
        application = case.application
        number = await uow.identities.full_number(
            application.application_id, application.submission
        )
        if number is None:
            return Answer(503, {"detail": NOT_ARRIVED})
        at = uow.clock()
        await uow.identities.record_reveal(case.id, case.position, actor, at)
        await audit(uow, Audited(str(actor.account_id), "id_number.reveal", str(case.id), source))
        await uow.commit()
    log.info("id_number_revealed", case_id=str(case_id), organisation=actor.organisation_code)
    return Answer(200, {"id_number": number, "revealed_at": at.isoformat()})


def _dumped(case: Case) -> dict[str, object]:
    return case_summary(case).model_dump(mode="json")
