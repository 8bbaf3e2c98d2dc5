"""Accounts' shared machinery: argon2 password hashes (pwdlib), short-lived signed tokens (PyJWT),
the login-throttle rule, and reading a bearer token at the HTTP edge.

Review issues department tokens (committee offices included), intake issues applicant tokens;
every service verifies them with the shared AUTH_SECRET. A token names its account's
`token_version`: disabling an account or resetting its password bumps the version, and the
service that owns the account refuses older tokens (at once in the process that made the change,
elsewhere within STANDING_SECONDS: shared/standings.py)."""

import asyncio
import functools
import secrets
import uuid
from collections.abc import Awaitable, Callable, Collection
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Generic, TypeGuard, TypeVar

import jwt
from fastapi import Request
from pwdlib import PasswordHash

from shared.refusals import Forbidden, Unauthenticated
from shared.secrets import weak_secret_problem
from shared.standings import RememberedStandings

_ALGORITHM = "HS256"
_ISSUER = "zhicheng"
_passwords = PasswordHash.recommended()
StandingT = TypeVar("StandingT")


class Audience(StrEnum):
    department = "department"  # a department's or committee office's account
    applicant = "applicant"
    admin = "admin"  # the operator (系统管理员)


@dataclass(frozen=True)
class Claims:
    account_id: uuid.UUID
    audience: Audience
    organisation: str | None
    role: str | None
    token_version: int
    expires_at: datetime


class InvalidToken(Exception):
    pass


class WrongAudience(InvalidToken):
    """A valid, unexpired token of ours, but of another kind of account (an applicant's at
    review, a department's at intake): answered 403, since logging in again changes nothing."""


class Tokens:
    def __init__(self, secret: str, *, ttl: timedelta, clock: Callable[[], datetime]) -> None:
        if problem := weak_secret_problem(secret):
            raise ValueError(problem)
        self._secret = secret
        self._ttl = ttl
        self._clock = clock

    def issue(
        self,
        *,
        account_id: uuid.UUID,
        audience: Audience,
        token_version: int,
        organisation: str | None = None,
        role: str | None = None,
    ) -> tuple[str, datetime]:
        """A signed token and the moment it expires."""
        now = self._clock()
        expires_at = now + self._ttl
        claims = {
            "iss": _ISSUER,
            "sub": str(account_id),
            "aud": audience.value,
            "iat": now,
            "exp": expires_at,
            "org": organisation,
            "role": role,
            "ver": token_version,
        }
        return jwt.encode(claims, self._secret, algorithm=_ALGORITHM), expires_at

    def verify(self, token: str, *, audience: Audience) -> Claims:
        try:
            claims = jwt.decode(
                token,
                self._secret,
                algorithms=[_ALGORITHM],
                audience=audience.value,
                issuer=_ISSUER,
                options={"require": ["exp", "sub", "aud", "iss", "ver"]},
            )
            return Claims(
                account_id=uuid.UUID(claims["sub"]),
                audience=audience,
                organisation=claims.get("org"),
                role=claims.get("role"),
                token_version=int(claims["ver"]),
                expires_at=datetime.fromtimestamp(claims["exp"], tz=self._clock().tzinfo),
            )
        except jwt.InvalidAudienceError as exc:  # checked after signature, expiry and issuer
            raise WrongAudience(str(exc)) from exc
        except (jwt.PyJWTError, ValueError, KeyError) as exc:
            raise InvalidToken(str(exc)) from exc


def hash_password(password: str) -> str:
    return _passwords.hash(password)


def verify_password(password: str, password_hash: str) -> bool:
    try:
        return _passwords.verify(password, password_hash)
    except Exception:  # a malformed stored hash verifies nothing
        return False


# argon2 costs ~0.1 s of CPU per call: never on the event loop, and on threads of its own, so
# that a flood of logins queues here instead of taking every thread the service has
HASHING_THREADS = 2
_hashing = ThreadPoolExecutor(max_workers=HASHING_THREADS, thread_name_prefix="password-hash")


async def hash_password_off_loop(password: str) -> str:
    return await asyncio.get_running_loop().run_in_executor(_hashing, hash_password, password)


async def check_password(password: str, password_hash: str | None) -> bool:
    """Verifies off the event loop. With no account (`password_hash` None) a dummy hash of the
    same cost is verified, so an unknown name takes as long as a known one."""
    stored = password_hash if password_hash is not None else _dummy_hash()
    verified = await asyncio.get_running_loop().run_in_executor(
        _hashing, verify_password, password, stored
    )
    return verified and password_hash is not None


@functools.cache
def _dummy_hash() -> str:
    return hash_password(secrets.token_urlsafe(16))


FREE_FAILURES = 5
FIRST_LOCKOUT = timedelta(minutes=1)
LONGEST_LOCKOUT = timedelta(hours=1)


def locked_until(failures_in_a_row: int, now: datetime) -> datetime | None:
    """After 5 failed logins in a row an account waits a minute, doubling with each further
    failure up to an hour; None while it may try again at once."""
    if failures_in_a_row < FREE_FAILURES:
        return None
    wait = FIRST_LOCKOUT * (1 << min(failures_in_a_row - FREE_FAILURES, 16))
    return now + min(wait, LONGEST_LOCKOUT)


def bearer_token(request: Request) -> str:
    """The token of `Authorization: Bearer …`, or 401 asking the user to log in."""
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise Unauthenticated("请先登录")
    return token.strip()


def unauthenticated() -> Unauthenticated:
    """401: no token, or one that is expired, revoked or not ours; logging in again helps."""
    return Unauthenticated()


def forbidden(who: str) -> Forbidden:
    """403: a valid login of an account that has no access here (another role or service);
    `who` names the accounts that have, e.g. 申报人, 中评委办公室."""
    return Forbidden(f"当前登录的账号无权使用此功能（仅限{who}），请换用{who}的账号登录")


def _stood(standing: StandingT | None) -> TypeGuard[StandingT]:
    """`stands` answered that the account stands: anything but None or False."""
    return standing is not None and standing is not False


@dataclass(frozen=True)
class Admitted(Generic[StandingT]):
    """A token that passed the Gate: its claims, and what its service read of its account."""

    claims: Claims
    standing: StandingT


@dataclass(frozen=True)
class Gate(Generic[StandingT]):
    """Every service's one token check, built once by its composition root: the signature,
    expiry and audience (`tokens`), then the service's own word on whether the token's account
    still stands (`stands`: current token version, not disabled; one read of its own, with no
    transaction around it: shared.db.statement_session_factory). `stands` answers what it read
    (review: the account itself, so that a route is handed it without a second read) or a
    false value. Routes depend on it through their service's `dependencies.py`.

    `remembered` keeps a standing answer for a few seconds (shared/standings.py), so that a
    screen's burst of requests reads the account once; a route that revokes tokens or changes
    an account calls `forget` after its commit, and the change holds at once in this process
    (in others within the memory's seconds). None: every request reads."""

    tokens: Tokens
    stands: Callable[[Claims], Awaitable[StandingT | None]]
    remembered: RememberedStandings[StandingT] | None = None

    async def admit(self, request: Request, audience: Audience, who: str) -> Admitted[StandingT]:
        """The request's claims for `audience` and the account's standing, else 401; a valid
        token of another kind of account is 403 naming `who` may use this."""
        try:
            claims = self.tokens.verify(bearer_token(request), audience=audience)
        except WrongAudience:
            raise forbidden(who) from None
        except InvalidToken:
            raise unauthenticated() from None
        standing = await self._standing(claims)
        if not _stood(standing):
            raise unauthenticated()
        return Admitted(claims, standing)

    async def _standing(self, claims: Claims) -> StandingT | None:
        if self.remembered is None:
            return await self.stands(claims)
        token = (claims.audience, claims.token_version, claims.organisation, claims.role)
        standing = self.remembered.recall(claims.account_id, token)
        if standing is None:
            standing = await self.stands(claims)
            if _stood(standing):
                self.remembered.keep(claims.account_id, token, standing)
        return standing

    def forget(self, account_id: uuid.UUID) -> None:
        """The account's tokens were revoked (disabled, a new password): its next request reads
        it."""
        if self.remembered is not None:
            self.remembered.forget(account_id)

    async def claims(self, request: Request, audience: Audience, who: str) -> Claims:
        return (await self.admit(request, audience, who)).claims

    async def department(self, request: Request, roles: Collection[str], who: str) -> Claims:
        """A department token whose organisation has one of `roles`; another role's is 403."""
        claims = await self.claims(request, Audience.department, who)
        if claims.organisation is None or claims.role not in roles:
            raise forbidden(who)
        return claims
