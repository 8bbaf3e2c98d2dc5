"""An app served by uvicorn on a free port of this process's loop, as `python -m services.<name>
api` serves it (shared.entrypoint.api_server_options): for tests that need real sockets (client
addresses, a proxy in front)."""

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import uvicorn

from shared.entrypoint import api_server_options
from shared.settings import ServiceSettings
from tests.support.mail import free_port
from tests.support.polling import eventually


@asynccontextmanager
async def served(app: Any, settings: ServiceSettings) -> AsyncIterator[str]:
    """Serves an app whose lifespan already runs (lifespan off); yields its base URL."""
    port = free_port()
    options = api_server_options(settings, "127.0.0.1", port)
    config = uvicorn.Config(app, **options, lifespan="off", access_log=False)
    server = uvicorn.Server(config)
    task = asyncio.create_task(server.serve())

    async def started() -> bool:
        return bool(server.started)

    await eventually(started, what="uvicorn started")
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        await task
