"""The operator sets the season; review keeps it and tells intake (review.season_published)."""

import uuid

import structlog

from services.review.domain.season import Season
from services.review.unit_of_work import ReviewUnitOfWork
from shared.contracts import SeasonPublished, StageLimit

log = structlog.get_logger(__name__)


async def set_season(uow: ReviewUnitOfWork, season: Season, *, by: str) -> SeasonPublished:
    """Saves the season and stages its publication, in the caller's unit of work."""
    now = uow.clock()
    published = SeasonPublished(
        year=season.year,
        submission_opens=season.submission_opens,
        submission_closes=season.submission_closes,
        stage_limits=[
            StageLimit(role=role, working_days=days) for role, days in season.stage_limits.items()
        ],
        closures=sorted(season.closures),
        published_at=now,
    )
    await uow.season.put(published, by=by, at=now)
    await uow.emit(published, correlation_id=uuid.uuid4())
    log.info("season_set", year=season.year, by=by, calendar_covered=season.calendar_covers_it())
    return published
