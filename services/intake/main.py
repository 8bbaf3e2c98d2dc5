"""Intake's entrypoints: the HTTP app and the worker (consumers + outbox relay)."""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from services.intake import api
from services.intake.bootstrap import SERVICE, build, build_worker
from services.intake.settings import IntakeSettings
from shared.http import health_router, install_error_handlers


def create_app(settings: IntakeSettings | None = None) -> FastAPI:
    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.services = build(settings or IntakeSettings())
        yield
        await app.state.services.aclose()

    app = FastAPI(title="职称申报 · 申报受理 (intake)", lifespan=lifespan)
    install_error_handlers(app)
    app.include_router(api.router)
    app.include_router(health_router(SERVICE))
    return app


async def run_worker(settings: IntakeSettings | None = None) -> None:
    services = build(settings or IntakeSettings())
    try:
        await build_worker(services).run_until_signalled()
    finally:
        await services.aclose()
