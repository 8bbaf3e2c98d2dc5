"""A department's token works on notify until its account is disabled or given a newer version
in review: notify hears AccountChanged and refuses the token at once."""

import uuid
from datetime import UTC, datetime, timedelta

from services.notify.models import account_state
from shared.account_state import known_state
from shared.contracts import AccountChanged
from tests.support.departments import department, operator
from tests.support.notify import NotifySystem, department_headers, publish
from tests.support.polling import eventually


async def test_a_disabled_accounts_token_is_refused(system: NotifySystem) -> None:
    clerk = await department(system, "330106.county_hr")
    assert (await system.notify.get("/messages", headers=clerk.headers)).status_code == 200
    admin = await operator(system)
    accounts = await admin.get("/admin/accounts", params={"organisation_code": "330106.county_hr"})
    [account] = [a for a in accounts.json() if a["username"] == clerk.name]
    assert (await admin.post(f"/admin/accounts/{account['id']}/disable")).status_code == 200

    async def refused() -> bool:
        answer = await system.notify.get("/messages", headers=clerk.headers)
        return answer.status_code == 401

    await eventually(refused, what="notify refuses the disabled account's token")


async def test_a_late_older_account_event_does_not_bring_old_tokens_back(
    system: NotifySystem,
) -> None:
    account_id, organisation = uuid.uuid4(), "330110.county_hr"
    now = datetime.now(UTC)

    def changed(version: int, at: datetime) -> AccountChanged:
        return AccountChanged(
            account_id=account_id,
            organisation_code=organisation,
            active=True,
            token_version=version,
            changed_at=at,
        )

    await publish(system.amqp_url, changed(2, now))
    old = department_headers(organisation, account_id, version=1)
    current = department_headers(organisation, account_id, version=2)

    async def old_refused() -> bool:
        return (await system.notify.get("/messages", headers=old)).status_code == 401

    await eventually(old_refused, what="version 1 refused")
    await publish(system.amqp_url, changed(1, now - timedelta(minutes=5)))  # arrives late
    await publish(system.amqp_url, changed(2, now + timedelta(seconds=1)))  # a marker after it

    async def marker_seen() -> bool:
        async with system.notify_services.uow_factory() as uow:
            state = await known_state(uow.session, account_state, account_id)
        return state is not None and state.changed_at > now

    await eventually(marker_seen, what="the later event kept")
    assert (await system.notify.get("/messages", headers=old)).status_code == 401
    assert (await system.notify.get("/messages", headers=current)).status_code == 200
