"""催办: a case that has waited at a department past its role's working days chases that
department (review.case_overdue, which notify turns into a message and an e-mail), once per
period. Run every few minutes by the worker; two workers send each reminder once."""

from collections.abc import Callable

import structlog

from services.review.domain.season import china_day, waiting
from services.review.unit_of_work import ReviewUnitOfWork
from shared.contracts import CaseOverdue, OrganisationRef

log = structlog.get_logger(__name__)


async def chase_overdue(uow_factory: Callable[[], ReviewUnitOfWork]) -> int:
    """Stages every reminder that is due; returns how many. A periodic job is its own edge (no
    request, no message): it opens and commits its unit of work, from the factory."""
    async with uow_factory() as uow:
        season = await uow.season.current_season()
        if season is None or not season.stage_limits:
            return 0
        now = uow.clock()
        today = china_day(now)
        sent = 0
        for stage in await uow.reminders.waiting_stages(season.stage_limits):
            waited = waiting(season, stage.role, china_day(stage.entered_at), today)
            period = waited.reminder_period
            if period is None or waited.limit is None:
                continue
            if not await uow.reminders.record(stage.case_id, stage.position, period, at=now):
                continue
            event = CaseOverdue(
                case_id=stage.case_id,
                application_id=stage.application_id,
                submission=stage.submission,
                # no address: notify keeps the departments' own (never from an event)
                organisation=OrganisationRef(
                    code=stage.organisation_code, name=stage.organisation_name
                ),
                applicant_name=stage.applicant_name,
                state=stage.state,
                entered_at=stage.entered_at,
                working_days_waiting=waited.working_days,
                stage_limit=waited.limit,
                period=period,
            )
            await uow.emit(event, correlation_id=stage.correlation_id)
            sent += 1
        await uow.commit()
    if sent:
        log.info("overdue_chased", reminders=sent)
    return sent
