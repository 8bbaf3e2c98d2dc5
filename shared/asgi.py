"""What each of our ASGI middlewares shares: it looks at HTTP requests only; anything else the
server sends through (lifespan, websockets) goes straight on to the app."""

from starlette.types import ASGIApp, Receive, Scope, Send


class HttpMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self._app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self._app(scope, receive, send)
            return
        await self.http(scope, receive, send)

    async def http(self, scope: Scope, receive: Receive, send: Send) -> None:
        """One HTTP request: answered here, or handed on to the app."""
        raise NotImplementedError
