"""The only module that picks the committee service's concrete adapters."""

import tomllib
from dataclasses import dataclass
from pathlib import Path

from services.committee.consumers import SUBSCRIPTIONS
from services.committee.domain.senior_committees import SeniorCommittee, SeniorCommittees
from services.committee.domain.votes import VoteRule, parse_fraction
from services.committee.models import account_state, messaging
from services.committee.settings import CommitteeSettings
from services.committee.unit_of_work import CommitteeUnitOfWork, unit_of_work_factory
from shared.account_state import announced_standing
from shared.auth import Gate, Tokens
from shared.db import Clock, session_factory, statement_session_factory, utc_now
from shared.messaging import Worker
from shared.service import ServiceContext, engine_for, worker_for
from shared.standings import remembered_standings
from shared.throttle import Limits

SERVICE = "committee"
MIGRATIONS = Path(__file__).parent / "migrations"


@dataclass
class CommitteeServices(ServiceContext[CommitteeSettings, CommitteeUnitOfWork]):
    tokens: Tokens
    gate: Gate[bool]  # every route's token check (api/dependencies.py)
    rule: VoteRule
    senior_committees: SeniorCommittees
    limits: Limits  # the public page's objections, per client


def load_senior_committees(path: Path) -> SeniorCommittees:
    entries = tomllib.loads(path.read_text(encoding="utf-8")).get("senior_committee", [])
    return SeniorCommittees([SeniorCommittee(**entry) for entry in entries])


async def build(settings: CommitteeSettings, *, clock: Clock = utc_now) -> CommitteeServices:
    """Refuses to start on a pass rule or senior committee list that cannot be."""
    rule = VoteRule(parse_fraction(settings.quorum), parse_fraction(settings.pass_threshold))
    committees = load_senior_committees(settings.senior_committees_file)
    engine = engine_for(settings)
    uow_factory = unit_of_work_factory(session_factory(engine), clock)
    reading_uow_factory = unit_of_work_factory(statement_session_factory(engine), clock)
    tokens = Tokens(settings.token_secret(), ttl=settings.token_ttl, clock=clock)
    return CommitteeServices(
        settings=settings,
        engine=engine,
        uow_factory=uow_factory,
        reading_uow_factory=reading_uow_factory,
        clock=clock,
        tokens=tokens,
        gate=Gate(
            tokens,
            announced_standing(reading_uow_factory, account_state),
            remembered_standings(settings.standing_seconds),
        ),
        rule=rule,
        senior_committees=committees,
        limits=Limits({"objection_client": settings.objections_per_client}),
    )


def build_worker(services: CommitteeServices) -> Worker:
    return worker_for(
        services,
        service=SERVICE,
        messaging=messaging,
        migrations=MIGRATIONS,
        subscriptions=SUBSCRIPTIONS,
    )
