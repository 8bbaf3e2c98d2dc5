"""What the committee hears: cases handed off by review, account changes, and the season (its
local closures are not working days for 公示)."""

import structlog

from services.committee.handlers.accounts import on_account_changed
from services.committee.handlers.hand_off import take_case
from services.committee.unit_of_work import CommitteeUnitOfWork
from shared.contracts import AccountChanged, CaseHandedOff, Envelope, SeasonPublished
from shared.messaging import Subscription

log = structlog.get_logger(__name__)


async def on_season_published(
    uow: CommitteeUnitOfWork, event: SeasonPublished, _: Envelope
) -> None:
    kept = await uow.season.keep(event)
    log.info("season_received", year=event.year, kept=kept)


SUBSCRIPTIONS = (
    Subscription(CaseHandedOff, take_case),
    Subscription(AccountChanged, on_account_changed),
    Subscription(SeasonPublished, on_season_published),
)
