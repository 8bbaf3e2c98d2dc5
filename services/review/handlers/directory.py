"""Review owns the employer facts: it tells the other services when its directory changes."""

import uuid

import structlog

from services.review.reference_data import ReferenceData
from services.review.unit_of_work import ReviewUnitOfWork
from services.review.views.published_directory import directory_published

log = structlog.get_logger(__name__)


async def publish_directory(uow: ReviewUnitOfWork, reference: ReferenceData) -> bool:
    """Stages review.directory_published in the outbox unless this very content was published
    before; True if it was staged. Two processes starting at once publish it once."""
    event = directory_published(reference, now=uow.clock())
    if not await uow.directory.record_publication(event.digest, now=event.published_at):
        return False
    await uow.emit(event, correlation_id=uuid.uuid4())
    log.info("directory_published", digest=event.digest[:12], routes=len(event.routes))
    return True
