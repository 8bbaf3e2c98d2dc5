"""The committee service's entrypoints: the HTTP app and the worker (consumers + outbox relay)."""

from fastapi import FastAPI

from services.committee import api
from services.committee.bootstrap import MIGRATIONS, SERVICE, build, build_worker
from services.committee.settings import CommitteeSettings
from shared import service


def create_app(settings: CommitteeSettings | None = None) -> FastAPI:
    chosen = settings or CommitteeSettings()
    return service.http_app(
        title="职称申报 · 中评委办公室与高评委办公室 (committee)",
        service=SERVICE,
        migrations=MIGRATIONS,
        build=lambda: build(chosen),
        docs=chosen.api_docs,
        routers=api.ROUTERS,
    )


async def run_worker(settings: CommitteeSettings | None = None) -> None:
    await service.run_worker(lambda: build(settings or CommitteeSettings()), build_worker)
