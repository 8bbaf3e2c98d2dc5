"""Notify's HTTP API: departments' in-system messages, the operator's view of notices."""

from services.notify.api import audit, messages, notices

ROUTERS = [messages.router, notices.router, audit.router]
