"""Intake's entrypoints: the HTTP app and the worker (consumers + outbox relay)."""

from fastapi import FastAPI

from services.intake.api import ROUTERS
from services.intake.bootstrap import MIGRATIONS, SERVICE, build, build_worker
from services.intake.settings import IntakeSettings
from shared import service


def create_app(settings: IntakeSettings | None = None) -> FastAPI:
    chosen = settings or IntakeSettings()
    return service.http_app(
        title="职称申报 · 申报受理 (intake)",
        service=SERVICE,
        migrations=MIGRATIONS,
        build=lambda: build(chosen),
        docs=chosen.api_docs,
        routers=ROUTERS,
    )


async def run_worker(settings: IntakeSettings | None = None) -> None:
    await service.run_worker(lambda: build(settings or IntakeSettings()), build_worker)
