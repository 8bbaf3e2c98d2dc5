"""Headers every answer carries: no MIME sniffing, no framing, a Content-Security-Policy the web
pages (served from the same origin by the gateway, scripts from 'self') can live with, HSTS when
the request came over TLS, and `Cache-Control: no-store` (every answer of these APIs is a token or
someone's data) unless a route chose its own."""

from starlette.datastructures import MutableHeaders
from starlette.types import Message, Receive, Scope, Send

from shared.asgi import HttpMiddleware

PAGE_POLICY = "; ".join(
    (
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data: blob:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    )
)
# Swagger UI at /docs loads its assets from the service itself but starts from an inline script
DOCS_POLICY = "; ".join(
    (
        "default-src 'self'",
        "script-src 'self' 'unsafe-inline'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data:",
        "worker-src 'self' blob:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "frame-ancestors 'none'",
    )
)
# the built pages of web/ (the gateway, nginx): Element Plus positions its popups with inline
# style attributes, pdf.js runs its worker from the page's own assets and reads scans the page
# fetched as blob: URLs and draws them on canvases (the portal's preview too: no page uses a
# frame); photos are shown from blob: URLs. Scripts only from the origin.
WEB_POLICY = "; ".join(
    (
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: blob:",
        "font-src 'self' data:",
        "connect-src 'self' blob:",
        "worker-src 'self' blob:",
        "frame-src 'none'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    )
)
DOCS_PATHS = frozenset({"/docs", "/docs/oauth2-redirect", "/redoc"})
HSTS = "max-age=31536000; includeSubDomains"


def add_security_headers(
    headers: MutableHeaders, *, policy: str, over_tls: bool, keep: bool = False
) -> None:
    """The headers above on one answer; `keep`: what the answer already says wins (a proxy
    passing on a service's answer)."""
    put = headers.setdefault if keep else headers.__setitem__
    put("X-Content-Type-Options", "nosniff")
    put("X-Frame-Options", "DENY")
    put("Content-Security-Policy", policy)
    put("Referrer-Policy", "no-referrer")
    put("Cross-Origin-Opener-Policy", "same-origin")
    put("Cross-Origin-Resource-Policy", "same-origin")
    if over_tls:
        put("Strict-Transport-Security", HSTS)


class SecurityHeaders(HttpMiddleware):
    """ASGI middleware adding the headers above to every HTTP answer."""

    async def http(self, scope: Scope, receive: Receive, send: Send) -> None:
        policy = DOCS_POLICY if scope.get("path") in DOCS_PATHS else PAGE_POLICY
        over_tls = scope.get("scheme") == "https"

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                add_security_headers(headers, policy=policy, over_tls=over_tls)
                headers.setdefault("Cache-Control", "no-store")
            await send(message)

        await self._app(scope, receive, with_headers)
