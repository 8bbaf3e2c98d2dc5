"""Review's entrypoints: the HTTP app and the worker (consumers + outbox relay)."""

from fastapi import FastAPI

from services.review import api
from services.review.bootstrap import MIGRATIONS, SERVICE, build, build_worker
from services.review.settings import ReviewSettings
from shared import service


def create_app(settings: ReviewSettings | None = None) -> FastAPI:
    chosen = settings or ReviewSettings()
    app = service.http_app(
        title="职称申报 · 审核报送 (review)",
        service=SERVICE,
        migrations=MIGRATIONS,
        build=lambda: build(chosen),
        docs=chosen.api_docs,
        routers=api.ROUTERS,
    )
    return app


async def run_worker(settings: ReviewSettings | None = None) -> None:
    await service.run_worker(lambda: build(settings or ReviewSettings()), build_worker)
