"""The operator's account handlers on the in-memory fake, and the Gate's word on a token built
from them: a token stands while its account is active and has had no new password since."""

import uuid
from datetime import timedelta

import pytest
from sqlalchemy import select

from services.review.bootstrap import account_stands
from services.review.domain.accounts import Account, AccountKind
from services.review.handlers.accounts import AccountNotFound, reset_password, set_active
from services.review.models import messaging
from shared.auth import Audience, Claims
from shared.contracts import AccountChanged
from tests.unit.review.handlers.conftest import NOW, Review

ORGANISATION = "330106.county_hr"


async def an_account(review: Review) -> Account:
    """An account as create_account stores it (its password hash no concern here: hashing
    costs a tenth of a second, and these tests never log in)."""
    account = Account(
        id=uuid.uuid4(),
        username="xihu_hr",
        display_name="王芳",
        kind=AccountKind.department,
        organisation_code=ORGANISATION,
        password_hash="not-a-hash",
        active=True,
        token_version=1,
        failed_logins=0,
        locked_until=None,
    )
    async with review.uow_factory() as uow:
        await uow.accounts.add(account, now=NOW)
        await uow.commit()
    return account


def token_of(account_id: uuid.UUID, version: int) -> Claims:
    return Claims(
        account_id, Audience.department, ORGANISATION, "county_hr", version, NOW + timedelta(1)
    )


async def test_a_token_stands_until_the_account_is_disabled_or_its_password_reset(
    review: Review,
) -> None:
    stands = account_stands(review.uow_factory)
    account = await an_account(review)
    assert await stands(token_of(account.id, 1))
    assert not await stands(token_of(uuid.uuid4(), 1))

    async with review.uow_factory() as uow:
        await reset_password(uow, account.id)
        await uow.commit()
    assert not await stands(token_of(account.id, 1))
    assert await stands(token_of(account.id, 2))

    async with review.uow_factory() as uow:
        await set_active(uow, account.id, active=False)
        await uow.commit()
    assert not await stands(token_of(account.id, 3))


async def test_a_change_is_announced_only_when_the_edge_commits(review: Review) -> None:
    account = await an_account(review)
    async with review.uow_factory() as uow:
        await set_active(uow, account.id, active=False)
        assert uow.staged == [AccountChanged.routing_key()]  # staged, not yet committed
    async with review.uow_factory() as uow:  # the first was left without commit: rolled back
        assert (await uow.session.execute(select(messaging.outbox.c.id))).first() is None
        current = await uow.accounts.get(account.id)
    assert current is not None
    assert current.active


async def test_an_unknown_account_is_refused(review: Review) -> None:
    with pytest.raises(AccountNotFound) as refused:
        async with review.uow_factory() as uow:
            await set_active(uow, uuid.uuid4(), active=False)
    assert (refused.value.status, refused.value.text) == (404, "账号不存在")
