"""The only module that picks review's concrete adapters."""

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path

from services.review.consumers import subscriptions
from services.review.domain.accounts import Account
from services.review.domain.routes import gaps
from services.review.handlers.directory import publish_directory
from services.review.handlers.reminders import chase_overdue
from services.review.handlers.tallies import fold_tallies
from services.review.models import messaging
from services.review.reference_data import (
    ReferenceData,
    ReferenceDataError,
    load_directory,
    load_refusal_reasons,
    load_routes,
)
from services.review.repository.directory import sync_directory
from services.review.settings import ReviewSettings
from services.review.unit_of_work import ReviewUnitOfWork, unit_of_work_factory
from shared.auth import Claims, Gate, Tokens
from shared.db import Clock, session_factory, statement_session_factory, utc_now
from shared.messaging import Worker
from shared.messaging.periodic import PeriodicJob
from shared.service import ServiceContext, engine_for, worker_for
from shared.standings import remembered_standings
from shared.throttle import LoginThrottle

SERVICE = "review"
MIGRATIONS = Path(__file__).parent / "migrations"


@dataclass
class ReviewServices(ServiceContext[ReviewSettings, ReviewUnitOfWork]):
    reference: ReferenceData
    tokens: Tokens  # issues the logins' tokens
    gate: Gate[Account]  # checks them: signature, expiry, audience, and the account still standing
    logins: LoginThrottle


def load_reference_data(settings: ReviewSettings) -> ReferenceData:
    """The directory and route table; refuses (ReferenceDataError) if they do not fit."""
    directory = load_directory(settings.directory_file)
    routes = load_routes(settings.routes_file)
    if problems := gaps(routes, directory):
        raise ReferenceDataError(
            f"{settings.routes_file} and {settings.directory_file} do not fit: "
            + "; ".join(problems[:20])
        )
    return ReferenceData(
        directory=directory,
        routes=routes,
        refusal_reasons=load_refusal_reasons(settings.refusal_reasons_file),
    )


async def build(settings: ReviewSettings, *, clock: Clock = utc_now) -> ReviewServices:
    """Loads the reference data, brings the database's directory up to date with it and, if it
    changed, publishes it to the other services."""
    reference = load_reference_data(settings)
    # a missing secret stops the start before anything is written or published
    tokens = Tokens(settings.token_secret(), ttl=settings.token_ttl, clock=clock)
    engine = engine_for(settings)
    sessions = session_factory(engine)
    uow_factory = unit_of_work_factory(sessions, clock)
    reading_uow_factory = unit_of_work_factory(statement_session_factory(engine), clock)
    async with uow_factory() as uow:
        await sync_directory(uow.session, reference.directory)
        await publish_directory(uow, reference)
        await uow.commit()
    return ReviewServices(
        settings=settings,
        engine=engine,
        uow_factory=uow_factory,
        reading_uow_factory=reading_uow_factory,
        clock=clock,
        reference=reference,
        tokens=tokens,
        gate=Gate(
            tokens,
            account_stands(reading_uow_factory),
            remembered_standings(settings.standing_seconds),
        ),
        logins=LoginThrottle(settings.login_limits, kind="admin"),
    )


def account_stands(
    uow_factory: Callable[[], ReviewUnitOfWork],
) -> Callable[[Claims], Awaitable[Account | None]]:
    """The Gate's word from review, which owns the accounts: the token's account, if it exists
    and admits the token's version (active, no new password since); the routes are handed it."""

    async def stands(claims: Claims) -> Account | None:
        async with uow_factory() as uow:
            account = await uow.accounts.get(claims.account_id)
        return account if account is not None and account.admits(claims.token_version) else None

    return stands


def build_worker(services: ReviewServices) -> Worker:
    return worker_for(
        services,
        service=SERVICE,
        messaging=messaging,
        migrations=MIGRATIONS,
        subscriptions=subscriptions(services.reference),
        jobs=[
            PeriodicJob(
                "chase_overdue",
                services.settings.chase_every_seconds,
                lambda: chase_overdue(services.uow_factory),
            ),
            PeriodicJob(
                "fold_tallies",
                services.settings.fold_tallies_every_seconds,
                lambda: fold_tallies(services.uow_factory),
            ),
        ],
    )
