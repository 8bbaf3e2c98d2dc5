"""What the operator's tools ask a process: `/health` (it lives), `/ready` (shared/readiness.py)
and `/metrics`. An API adds these routes to its own app; a worker, which has no HTTP app of its
own, serves a small one on `<SERVICE>_WORKER_PORT` (off when unset)."""

import asyncio
import contextlib
import socket
from collections.abc import Callable, Iterator
from pathlib import Path

import structlog
import uvicorn
from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import JSONResponse
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from pydantic import BaseModel, Field
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from starlette.responses import Response

from shared.metrics import READY
from shared.readiness import BrokerProbe, readiness

log = structlog.get_logger(__name__)

Sessions = async_sessionmaker[AsyncSession]


class HealthOut(BaseModel):
    service: str
    status: str = Field(description="ok: the process lives")


class CheckOut(BaseModel):
    name: str = Field(description="database, broker or migrations")
    ok: bool
    detail: str


class ReadyOut(BaseModel):
    ready: bool
    checks: list[CheckOut]


def operations_router(
    service: str,
    migrations: Path,
    *,
    sessions: Callable[[Request], Sessions],
    broker: Callable[[Request], BrokerProbe],
) -> APIRouter:
    """GET /health and GET /ready; `sessions` and `broker` find, per request, what to check."""
    router = APIRouter(tags=["operations"])

    @router.get("/health", response_model=HealthOut)
    async def health() -> dict[str, str]:
        """200 while the process lives (it checks nothing else: see /ready)."""
        return {"service": service, "status": "ok"}

    @router.get(
        "/ready",
        response_model=ReadyOut,
        responses={
            503: {"model": ReadyOut, "description": "a check failed; the body says which and why"}
        },
    )
    async def ready(request: Request) -> JSONResponse:
        """200 when the database and the broker answer and the migrations are at head."""
        result = await readiness(sessions(request), broker(request), migrations)
        return JSONResponse(result.as_json(), status_code=200 if result.ready else 503)

    return router


def worker_app(
    service: str, migrations: Path, *, sessions: Sessions, broker: BrokerProbe
) -> FastAPI:
    """The worker's own /health, /ready and /metrics."""
    app = FastAPI(title=f"{service} worker", docs_url=None, redoc_url=None, openapi_url=None)
    app.include_router(
        operations_router(service, migrations, sessions=lambda _: sessions, broker=lambda _: broker)
    )

    @app.get("/metrics")
    async def metrics() -> Response:
        """Every series of the process, and `ready{check}` as /ready would answer now."""
        for check in (await readiness(sessions, broker, migrations)).checks:
            READY.labels(check.name).set(1 if check.ok else 0)
        return Response(generate_latest(), media_type=CONTENT_TYPE_LATEST)

    return app


class _QuietServer(uvicorn.Server):
    """uvicorn without its signal handlers: the worker's own handle SIGTERM and SIGINT."""

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        yield


class OperationsServer:
    """Serves an app on host:port inside the running event loop; port 0 takes a free one."""

    def __init__(self, app: FastAPI, *, host: str, port: int) -> None:
        config = uvicorn.Config(app, host=host, port=port, log_config=None, lifespan="off")
        self._server = _QuietServer(config)
        self._host, self._wanted = host, port
        self._task: asyncio.Task[None] | None = None
        self.port: int | None = None

    async def start(self) -> None:
        """Serves, or says in one line why it cannot (e.g. the port is taken) and leaves the
        worker to do its work without: its healthcheck then fails, which is the sign."""
        try:  # bound here: uvicorn would end the whole process on a port that is taken
            sock = socket.create_server((self._host, self._wanted), reuse_port=False)
        except OSError as exc:
            log.error("operations_server_unavailable", port=self._wanted, error=repr(exc))
            return
        self.port = sock.getsockname()[1]
        # the socket listens already: a request made now waits in its backlog until serve() runs
        self._task = asyncio.create_task(self._server.serve([sock]), name="operations-server")
        log.info("operations_server_started", port=self.port)

    async def stop(self) -> None:
        if self._task is None:
            return
        self._server.should_exit = True
        try:
            await asyncio.wait_for(self._task, timeout=5)
        except TimeoutError:
            log.warning("operations_server_stop_timed_out")
        self._task = None
