"""Where notify sends a unit's e-mail: the address review's newest published directory gives it,
whatever order the publications arrive in (issue 11, point 1)."""

from datetime import UTC, datetime, timedelta

from services.notify.repository.units import Listing
from tests.support.notify import NotifySystem

UNIT = "330122.county_hr"
# long before review's own publication at the start of the run, which these never touch
EARLIER = datetime(2000, 1, 1, 8, 0, tzinfo=UTC)


async def _keep(system: NotifySystem, listings: list[Listing], at: datetime) -> None:
    async with system.notify_services.uow_factory() as uow:
        await uow.units.keep_directory(listings, published_at=at)
        await uow.commit()


async def _email_of(system: NotifySystem, code: str) -> str | None:
    async with system.notify_services.uow_factory() as uow:
        return await uow.units.email_of(code)


async def test_the_review_directory_reached_notify_with_each_units_address(
    system: NotifySystem,
) -> None:
    # review published its directory at start (the system waits for it); the county's address
    # is the directory file's
    assert await _email_of(system, UNIT) == f"{UNIT}@example.gov.cn"
    assert await _email_of(system, "no.such.unit") is None


async def test_a_newer_directory_wins_and_an_older_one_arriving_late_changes_nothing(
    system: NotifySystem,
) -> None:
    code = "test.unit_addresses"
    later = EARLIER + timedelta(hours=1)
    await _keep(system, [Listing(code, "某单位", "new@example.gov.cn")], later)
    await _keep(system, [Listing(code, "某单位", "old@example.gov.cn")], EARLIER)
    assert await _email_of(system, code) == "new@example.gov.cn"

    # a directory that no longer names the unit unlists it; the late older one does not relist
    await _keep(system, [], later + timedelta(hours=1))
    await _keep(system, [Listing(code, "某单位", "old@example.gov.cn")], later)
    assert await _email_of(system, code) is None
