"""One origin for the browser: the built pages of web/ and `/api/<service>/…` passed on to the
four services (the prefix stripped). `make run` starts it; in production nginx does the same
(deploy/nginx.conf).

    python -m deploy.gateway --port 8000

Where each service listens comes from `<SERVICE>_URL` (e.g. INTAKE_URL), else
http://127.0.0.1:<SERVICE>_PORT with the services' default ports."""

import argparse
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import httpx
import uvicorn
from starlette.applications import Starlette
from starlette.background import BackgroundTask
from starlette.datastructures import MutableHeaders
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, Response, StreamingResponse
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from shared.security_headers import PAGE_POLICY, WEB_POLICY, add_security_headers

DEFAULT_PORTS = {"intake": 8001, "review": 8002, "committee": 8003, "notify": 8004}
WEB_DIST = Path(__file__).resolve().parents[1] / "web" / "dist"
# headers that describe one hop, not the message (RFC 9110 §7.6.1), and what httpx recomputes
_HOP_BY_HOP = {
    "connection",
    "keep-alive",
    "proxy-authenticate",
    "proxy-authorization",
    "te",
    "trailer",
    "transfer-encoding",
    "upgrade",
    "host",
    "content-length",
}


def service_urls() -> dict[str, str]:
    """Where each service answers, from the environment."""
    urls = {}
    for name, port in DEFAULT_PORTS.items():
        port = int(os.environ.get(f"{name.upper()}_PORT", port))
        urls[name] = os.environ.get(f"{name.upper()}_URL", f"http://127.0.0.1:{port}")
    return urls


def create_gateway(upstreams: dict[str, str], web_dist: Path = WEB_DIST) -> Starlette:
    """The gateway app: `/api/<service>/…` proxied, the portal at `/`, the workbench at
    `/admin/`, each page falling back to its index.html (history-mode routing)."""
    client: httpx.AsyncClient | None = None

    @asynccontextmanager
    async def lifespan(_: Starlette) -> AsyncIterator[None]:
        nonlocal client
        limits = httpx.Limits(max_connections=200, max_keepalive_connections=50)
        async with httpx.AsyncClient(timeout=60, limits=limits) as opened:
            client = opened
            yield

    async def proxy(request: Request) -> Response:
        base = upstreams.get(request.path_params["service"])
        if base is None or client is None:
            return JSONResponse({"detail": "没有这个服务"}, status_code=404)
        query = f"?{request.url.query}" if request.url.query else ""
        upstream = client.build_request(
            request.method,
            f"{base}/{request.path_params['path']}{query}",
            headers=_forwarded_headers(request),
            content=request.stream(),
        )
        try:
            answer = await client.send(upstream, stream=True)
        except httpx.TransportError:
            return JSONResponse(
                {"detail": "服务暂时不可用，请稍后再试"},
                status_code=503,
                headers={"Retry-After": "5"},
            )
        headers = {k: v for k, v in answer.headers.items() if k.lower() not in _HOP_BY_HOP}
        return StreamingResponse(
            answer.aiter_raw(),
            status_code=answer.status_code,
            headers=headers,
            background=BackgroundTask(answer.aclose),
        )

    def page(entry: Path) -> Route:
        def serve(_: Request) -> Response:
            if not entry.exists():
                return JSONResponse(
                    {"detail": "页面尚未构建：请先运行 make web（或 make run）"}, status_code=503
                )
            return FileResponse(entry, headers={"Cache-Control": "no-cache"})

        return Route("/{path:path}", serve)

    methods = ["GET", "POST", "PUT", "PATCH", "DELETE"]
    routes = [
        Route("/api/{service}/{path:path}", proxy, methods=methods),
        Mount("/assets", StaticFiles(directory=web_dist / "assets", check_dir=False)),
        Mount("/admin", routes=[page(web_dist / "admin" / "index.html")]),
        page(web_dist / "index.html"),
    ]
    return Starlette(routes=routes, lifespan=lifespan, middleware=[Middleware(GuardedAnswers)])


class GuardedAnswers:
    """Security headers on every answer (shared/security_headers.py): the pages get the policy
    they work under (WEB_POLICY); a service's answer keeps its own headers, and one the gateway
    makes itself (404, 503) gets the API's, never cached."""

    def __init__(self, app: ASGIApp) -> None:
        self._app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self._app(scope, receive, send)
            return
        api = str(scope.get("path", "")).startswith("/api/")

        async def guarded(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                over_tls = scope.get("scheme") == "https"
                policy = PAGE_POLICY if api else WEB_POLICY
                add_security_headers(headers, policy=policy, over_tls=over_tls, keep=api)
                if api:
                    headers.setdefault("Cache-Control", "no-store")
            await send(message)

        await self._app(scope, receive, guarded)


def _forwarded_headers(request: Request) -> list[tuple[str, str]]:
    """The request's headers for the service, X-Forwarded-For replaced by the address the
    gateway saw: it is the edge, and a browser on this machine is a loopback address the
    services trust like the gateway itself, so a header of the browser's own is not passed on."""
    skip = _HOP_BY_HOP | {"x-forwarded-for"}
    headers = [(k, v) for k, v in request.headers.items() if k.lower() not in skip]
    headers.append(("x-forwarded-for", request.client.host if request.client else ""))
    return headers


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m deploy.gateway")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=int(os.environ.get("GATEWAY_PORT", 8000)))
    args = parser.parse_args()
    app = create_gateway(service_urls())
    uvicorn.run(app, **server_options(args.host, args.port))


def server_options(host: str, port: int) -> dict[str, Any]:
    """The gateway is the edge: it believes no X-Forwarded-For (a browser could write one) and
    passes on the address it saw itself, which the services believe from it alone."""
    return {"host": host, "port": port, "log_level": "warning", "proxy_headers": False}


if __name__ == "__main__":
    main()
