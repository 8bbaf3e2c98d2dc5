"""The only module that picks intake's concrete adapters."""

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from services.intake.consumers import SUBSCRIPTIONS
from services.intake.domain.files import PhotoRules, ScanRules
from services.intake.handlers.accounts import account_stands
from services.intake.models import messaging
from services.intake.settings import IntakeSettings
from services.intake.storage import FileStore, LocalFileStore
from services.intake.unit_of_work import IntakeUnitOfWork, unit_of_work_factory
from shared.auth import Claims, Gate, Tokens
from shared.db import Clock, session_factory, statement_session_factory, utc_now
from shared.messaging import Worker
from shared.service import ServiceContext, engine_for, worker_for
from shared.standings import remembered_standings
from shared.throttle import Limits, LoginThrottle

SERVICE = "intake"
MIGRATIONS = Path(__file__).parent / "migrations"


@dataclass
class IntakeServices(ServiceContext[IntakeSettings, IntakeUnitOfWork]):
    tokens: Tokens
    gate: Gate[bool]
    files: FileStore
    photo_rules: PhotoRules
    scan_rules: ScanRules
    logins: LoginThrottle
    limits: Limits


async def build(settings: IntakeSettings, *, clock: Clock = utc_now) -> IntakeServices:
    tokens = Tokens(settings.token_secret(), ttl=settings.token_ttl, clock=clock)
    engine = engine_for(settings)
    uow_factory = unit_of_work_factory(session_factory(engine), clock)
    reading_uow_factory = unit_of_work_factory(statement_session_factory(engine), clock)
    return IntakeServices(
        settings=settings,
        engine=engine,
        uow_factory=uow_factory,
        reading_uow_factory=reading_uow_factory,
        clock=clock,
        tokens=tokens,
        gate=gate_for(tokens, reading_uow_factory, settings.standing_seconds),
        files=LocalFileStore(settings.storage_dir),
        photo_rules=PhotoRules(min_sharpness=settings.photo_min_sharpness),
        scan_rules=ScanRules(),
        logins=LoginThrottle(settings.login_limits, kind="applicant"),
        limits=Limits(
            {
                "code_client": settings.phone_codes_per_client,
                "code_phone": settings.phone_codes_per_phone,
                "registration_client": settings.registrations_per_client,
            }
        ),
    )


def gate_for(
    tokens: Tokens, uow_factory: Callable[[], IntakeUnitOfWork], standing_seconds: float
) -> Gate[bool]:
    """The one token check: applicants' tokens against their accounts, departments' and the
    operator's against the account changes review announced; a standing answer is remembered
    for `standing_seconds` (shared/standings.py)."""

    async def stands(claims: Claims) -> bool:
        async with uow_factory() as uow:  # a read of its own, before the route's transaction
            return await account_stands(uow, claims)

    return Gate(tokens, stands, remembered_standings(standing_seconds))


def build_worker(services: IntakeServices) -> Worker:
    return worker_for(
        services,
        service=SERVICE,
        messaging=messaging,
        migrations=MIGRATIONS,
        subscriptions=SUBSCRIPTIONS,
    )
