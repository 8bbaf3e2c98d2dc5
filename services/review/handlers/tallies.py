"""Keeps the lists' badges cheap to read: every few seconds the worker folds the stage tally's
rows (one per changing statement) into one per key. A periodic job is its own edge: it opens and
commits its unit of work, from the factory."""

from collections.abc import Callable

import structlog

from services.review.unit_of_work import ReviewUnitOfWork

log = structlog.get_logger(__name__)


async def fold_tallies(uow_factory: Callable[[], ReviewUnitOfWork]) -> int:
    async with uow_factory() as uow:
        folded = await uow.tallies.fold()
        await uow.commit()
    if folded:
        log.debug("tallies_folded", rows=folded)
    return folded
