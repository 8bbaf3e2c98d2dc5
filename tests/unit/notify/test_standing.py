"""The Gate's word at notify (shared/account_state.announced_standing): a token stands until
review announces its account disabled, moved to a newer token version or to another unit."""

import uuid
from datetime import timedelta

from services.notify.models import account_state
from shared.account_state import announced_standing, record_account_change
from shared.auth import Audience, Claims
from shared.contracts import AccountChanged
from tests.unit.notify.fake import NOW, Factory, transaction

COUNTY = "330122.county_hr"


def token_of(account_id: uuid.UUID, version: int, organisation: str = COUNTY) -> Claims:
    return Claims(
        account_id, Audience.department, organisation, "county_hr", version, NOW + timedelta(1)
    )


async def announce(factory: Factory, account_id: uuid.UUID, *, active: bool, version: int) -> None:
    changed = AccountChanged(
        account_id=account_id,
        organisation_code=COUNTY,
        active=active,
        token_version=version,
        changed_at=NOW + timedelta(minutes=version),
    )
    async with transaction(factory) as uow:
        await record_account_change(uow.session, account_state, changed)


async def test_a_token_stands_as_review_last_announced_its_account(uow_factory: Factory) -> None:
    stands = announced_standing(uow_factory, account_state)
    account_id = uuid.uuid4()
    assert await stands(token_of(account_id, 1)), "not heard of yet: the signature decides"

    await announce(uow_factory, account_id, active=True, version=1)
    assert await stands(token_of(account_id, 1))
    assert not await stands(token_of(account_id, 1, organisation="330100.city_hr"))

    await announce(uow_factory, account_id, active=True, version=2)
    assert not await stands(token_of(account_id, 1))
    assert await stands(token_of(account_id, 2))

    await announce(uow_factory, account_id, active=False, version=3)
    assert not await stands(token_of(account_id, 3))
