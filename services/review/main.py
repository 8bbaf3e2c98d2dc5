"""Review's entrypoints: the HTTP app and the worker (consumers + outbox relay)."""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from services.review import api
from services.review.bootstrap import SERVICE, build, build_worker
from services.review.settings import ReviewSettings
from shared.http import health_router, install_error_handlers


def create_app(settings: ReviewSettings | None = None) -> FastAPI:
    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.services = await build(settings or ReviewSettings())
        yield
        await app.state.services.aclose()

    app = FastAPI(title="职称申报 · 审核报送 (review)", lifespan=lifespan)
    install_error_handlers(app)
    app.include_router(api.router)
    app.include_router(health_router(SERVICE))
    return app


async def run_worker(settings: ReviewSettings | None = None) -> None:
    services = await build(settings or ReviewSettings())
    try:
        await build_worker(services).run_until_signalled()
    finally:
        await services.aclose()
