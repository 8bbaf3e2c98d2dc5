"""The Gate's few seconds' memory that a token's account stands: one account read per burst of
requests, and a revocation that still holds at once where it was made, elsewhere within the
memory's seconds."""

import secrets
import uuid
from datetime import UTC, datetime, timedelta

import pytest
from starlette.requests import Request

from shared.auth import Audience, Claims, Gate, Tokens
from shared.refusals import Unauthenticated
from shared.standings import RememberedStandings, remembered_standings

NOW = datetime.now(UTC)  # the signature library checks expiry against the real clock
ACCOUNT = uuid.uuid4()


class Clock:
    def __init__(self) -> None:
        self.seconds = 0.0

    def __call__(self) -> float:
        return self.seconds


class Accounts:
    """The service's word on an account, with a count of how often it was asked."""

    def __init__(self) -> None:
        self.version = 1
        self.active = True
        self.reads = 0

    async def stands(self, claims: Claims) -> bool:
        self.reads += 1
        return self.active and claims.token_version == self.version


@pytest.fixture
def tokens() -> Tokens:
    return Tokens(secrets.token_urlsafe(48), ttl=timedelta(minutes=30), clock=lambda: NOW)


def request_with(token: str) -> Request:
    headers = [(b"authorization", f"Bearer {token}".encode())]
    return Request({"type": "http", "method": "GET", "path": "/", "headers": headers})


def token_of(tokens: Tokens, version: int) -> Request:
    token, _ = tokens.issue(account_id=ACCOUNT, audience=Audience.applicant, token_version=version)
    return request_with(token)


async def admit(gate: Gate[bool], request: Request) -> bool:
    try:
        await gate.admit(request, Audience.applicant, "申报人")
    except Unauthenticated:
        return False
    return True


def gate_for(tokens: Tokens, accounts: Accounts, clock: Clock) -> Gate[bool]:
    return Gate(tokens, accounts.stands, RememberedStandings(2, timer=clock))


async def test_a_burst_of_requests_reads_the_account_once(tokens: Tokens) -> None:
    accounts, clock = Accounts(), Clock()
    gate = gate_for(tokens, accounts, clock)
    request = token_of(tokens, 1)
    for _ in range(5):
        assert await admit(gate, request)
        clock.seconds += 0.3
    assert accounts.reads == 1


async def test_a_revocation_made_elsewhere_is_refused_once_the_memory_lapses(
    tokens: Tokens,
) -> None:
    accounts, clock = Accounts(), Clock()
    gate = gate_for(tokens, accounts, clock)
    request = token_of(tokens, 1)
    assert await admit(gate, request)
    accounts.active = False  # another replica disabled the account
    clock.seconds = 1.9
    assert await admit(gate, request)  # within the 2 s bound: still remembered
    clock.seconds = 2.01
    assert not await admit(gate, request)
    assert accounts.reads == 2


async def test_a_revocation_made_here_is_refused_at_once(tokens: Tokens) -> None:
    accounts, clock = Accounts(), Clock()
    gate = gate_for(tokens, accounts, clock)
    request = token_of(tokens, 1)
    assert await admit(gate, request)
    accounts.version = 2  # the password was reset by this process, which then forgets
    gate.forget(ACCOUNT)
    assert not await admit(gate, request)


async def test_a_refusal_is_not_remembered(tokens: Tokens) -> None:
    accounts, clock = Accounts(), Clock()
    gate = gate_for(tokens, accounts, clock)
    request = token_of(tokens, 1)
    accounts.active = False
    assert not await admit(gate, request)
    accounts.active = True  # enabled again: let in at once, not after the memory's seconds
    assert await admit(gate, request)
    assert accounts.reads == 2


async def test_a_token_with_other_claims_is_checked_afresh(tokens: Tokens) -> None:
    accounts, clock = Accounts(), Clock()
    gate = gate_for(tokens, accounts, clock)
    assert await admit(gate, token_of(tokens, 1))
    accounts.version = 2  # a new password, changed elsewhere: the new token is read, and stands
    assert await admit(gate, token_of(tokens, 2))
    assert not await admit(gate, token_of(tokens, 1))  # the old one no longer matches the memory
    assert accounts.reads == 3


async def test_no_memory_reads_the_account_for_every_request(tokens: Tokens) -> None:
    accounts = Accounts()
    assert remembered_standings(0) is None
    gate = Gate(tokens, accounts.stands, remembered_standings(0))
    request = token_of(tokens, 1)
    assert await admit(gate, request)
    assert await admit(gate, request)
    assert accounts.reads == 2
