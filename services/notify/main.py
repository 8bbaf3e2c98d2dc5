"""Notify's entrypoints: the HTTP app and the worker (consumers + delivery loop)."""

from fastapi import FastAPI

from services.notify import api
from services.notify.bootstrap import MIGRATIONS, SERVICE, build, build_worker
from services.notify.settings import NotifySettings
from shared import service


def create_app(settings: NotifySettings | None = None) -> FastAPI:
    chosen = settings or NotifySettings()
    return service.http_app(
        title="职称申报 · 通知 (notify)",
        service=SERVICE,
        migrations=MIGRATIONS,
        build=lambda: build(chosen),
        docs=chosen.api_docs,
        routers=api.ROUTERS,
    )


async def run_worker(settings: NotifySettings | None = None) -> None:
    await service.run_worker(lambda: build(settings or NotifySettings()), build_worker)
