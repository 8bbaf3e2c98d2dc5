"""What every service's composition root builds and every entrypoint runs: the context (settings,
engine, unit-of-work factory, clock), the HTTP app around it, and the worker loop."""

from collections.abc import AsyncIterator, Awaitable, Callable, Mapping, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Generic, TypeVar
from zoneinfo import ZoneInfo

import structlog
from fastapi import APIRouter, FastAPI, Request
from fastapi.openapi.utils import get_openapi
from fastapi_offline import FastAPIOffline
from sqlalchemy.ext.asyncio import AsyncEngine

from shared.body_limit import BodyLimit
from shared.db import (
    Clock,
    UnitOfWork,
    create_engine,
    session_factory,
    statement_session_factory,
)
from shared.db.messaging_tables import MessagingTables
from shared.http import DatabaseUnavailable, install_error_handlers
from shared.messaging import Subscription, Worker, probe
from shared.metrics import instrument
from shared.nul_guard import RefuseNul
from shared.openapi_errors import document_errors
from shared.operations import operations_router
from shared.security_headers import SecurityHeaders
from shared.settings import ServiceSettings
from shared.working_days import Coverage, coverage, last_covered_year

CHINA = ZoneInfo("Asia/Shanghai")  # the calendar day working days are counted in

SettingsT = TypeVar("SettingsT", bound=ServiceSettings)
UnitOfWorkT = TypeVar("UnitOfWorkT", bound=UnitOfWork)
ContextT = TypeVar("ContextT", bound="ServiceContext[Any, Any]")


@dataclass
class ServiceContext(Generic[SettingsT, UnitOfWorkT]):
    settings: SettingsT
    engine: AsyncEngine
    uow_factory: Callable[[], UnitOfWorkT]
    reading_uow_factory: Callable[[], UnitOfWorkT]  # over statement_session_factory(engine)
    clock: Clock

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[UnitOfWorkT]:
        """The one unit of work of a request: the route opens it, hands it to the handler and
        it commits when the block ends; an exception (a refusal too) rolls everything back.
        A message's unit of work is opened the same way by the consumer (shared/messaging)."""
        async with self.uow_factory() as uow:
            yield uow
            await uow.commit()

    @asynccontextmanager
    async def reading(self) -> AsyncIterator[UnitOfWorkT]:
        """The unit of work of a request that only reads (a list page, its badges): each
        statement runs by itself in autocommit, sparing the BEGIN and COMMIT round trips, and
        sees what was committed when it ran, as each statement of a READ COMMITTED transaction
        (PostgreSQL's default) does anyway. Nothing may be written through it: it never
        commits, and a statement that wrote would be kept at once, alone."""
        async with self.reading_uow_factory() as uow:
            yield uow

    async def aclose(self) -> None:
        await self.engine.dispose()


def services_of(kind: type[ContextT]) -> Callable[[Request], Awaitable[ContextT]]:
    """The route dependency that hands out the app's context. A coroutine, because FastAPI runs
    a plain function dependency in its thread pool: a thread hop on every request for a lookup."""

    async def get_services(request: Request) -> ContextT:
        services = request.app.state.services
        assert isinstance(services, kind), services
        return services

    return get_services


WorkerT = TypeVar("WorkerT", bound=Worker)


def worker_for(
    context: ServiceContext[Any, Any],
    *,
    service: str,
    messaging: MessagingTables,
    migrations: Path,
    subscriptions: Sequence[Subscription],
    kind: type[WorkerT] = Worker,  # type: ignore[assignment]
    publishes: bool = True,
    **options: Any,
) -> WorkerT:
    """The service's worker (consumers, outbox relay, probes) over its context; `options` are
    the worker's own extras (jobs, samplers, or what `kind` adds). A service that `publishes`
    nothing gets no outbox, so no relay."""
    return kind(
        service=service,
        settings=context.settings,
        sessions=session_factory(context.engine),
        statement_sessions=statement_session_factory(context.engine),
        outbox=messaging.outbox if publishes else None,
        inbox=messaging.inbox,
        uow_factory=context.uow_factory,
        subscriptions=subscriptions,
        clock=context.clock,
        migrations=migrations,
        **options,
    )


def http_app(
    *,
    title: str,
    service: str,
    migrations: Path,
    build: Callable[[], Awaitable[ServiceContext[Any, Any]]],
    routers: Sequence[APIRouter],
    exception_handlers: Mapping[type[Exception], Callable[..., Any]] | None = None,
    docs: bool = True,
) -> FastAPI:
    """The service's FastAPI app; its context is built at start-up into `app.state.services`.
    It answers /health, /ready (its database, its broker, `migrations` at head) and /metrics.
    `docs` serves /docs, /redoc and /openapi.json (settings' `API_DOCS`; off in production)."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.services = await build()
        check_working_day_calendar(app.state.services.clock())
        yield
        await app.state.services.aclose()

    if docs:
        # /docs from assets the package ships (no CDN: it must work on an intranet)
        app = FastAPIOffline(title=title, lifespan=lifespan, redoc_url=None)
    else:
        app = FastAPI(
            title=title, lifespan=lifespan, docs_url=None, redoc_url=None, openapi_url=None
        )
    app.openapi = lambda: with_bearer_scheme(app)  # type: ignore[method-assign]
    app.add_middleware(DatabaseUnavailable)  # innermost: its 503 gets the headers too
    app.add_middleware(SecurityHeaders)
    app.add_middleware(RefuseNul)
    app.add_middleware(BodyLimit)
    instrument(app)  # outermost: every answer counts, the middlewares' own too
    install_error_handlers(app)
    for exception, handler in (exception_handlers or {}).items():
        app.add_exception_handler(exception, handler)
    for router in routers:
        app.include_router(router)
    app.include_router(
        operations_router(
            service,
            migrations,
            sessions=lambda request: session_factory(request.app.state.services.engine),
            broker=lambda request: lambda: probe(request.app.state.services.settings.amqp_url),
        )
    )
    document_errors(app)
    return app


BEARER_SCHEME = {
    "type": "http",
    "scheme": "bearer",
    "bearerFormat": "JWT",
    "description": "the access_token a login answers (applicants: intake's POST "
    "/accounts/token; departments and the operator: review's POST /auth/login)",
}


def with_bearer_scheme(app: FastAPI) -> dict[str, Any]:
    """The app's OpenAPI document, declaring the bearer token every protected operation needs,
    so that /docs has an Authorize button; operations open to all ignore it."""
    if app.openapi_schema is None:
        schema = get_openapi(title=app.title, version=app.version, routes=app.routes)
        schema.setdefault("components", {}).setdefault("securitySchemes", {})["bearer"] = (
            BEARER_SCHEME
        )
        schema["security"] = [{"bearer": []}, {}]  # a token where one is needed, else none
        app.openapi_schema = schema
    return app.openapi_schema


def engine_for(settings: ServiceSettings) -> AsyncEngine:
    """The service's database engine, pooled as its settings say."""
    return create_engine(
        settings.database_url,
        pool_size=settings.db_pool_size,
        max_overflow=settings.db_max_overflow,
        pool_timeout=settings.db_pool_timeout,
    )


async def run_worker(
    build: Callable[[], Awaitable[ContextT]], build_worker: Callable[[ContextT], Worker]
) -> None:
    """Runs the service's worker until SIGINT/SIGTERM."""
    context = await build()
    check_working_day_calendar(context.clock())
    try:
        await build_worker(context).run_until_signalled()
    finally:
        await context.aclose()


def check_working_day_calendar(now: datetime) -> Coverage:
    """Says at start when the working-day calendar (chinesecalendar) does not know this year (an
    error: holidays and 调休 are not counted) or, in December, next year (a warning: upgrade it
    once the State Council has announced them)."""
    log = structlog.get_logger(__name__)  # at call time: the logging set up by then
    today = now.astimezone(CHINA).date()
    found = coverage(today)
    if found is Coverage.outdated:
        log.error(
            "working_day_calendar_outdated",
            year=today.year,
            last_covered_year=last_covered_year(),
            counted="Monday to Friday only: upgrade chinesecalendar",
        )
    elif found is Coverage.next_year_unknown:
        log.warning(
            "working_day_calendar_next_year_unknown",
            next_year=today.year + 1,
            advice="upgrade chinesecalendar once the State Council announces next year's holidays",
        )
    return found
