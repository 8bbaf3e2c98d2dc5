"""The operator's look at each worker's own `/ready` (shared/operations.py serves it on the
worker's port): asked by the API that serves the console, which the browser cannot reach
past. `urls` maps a service to its worker's `/ready`; one not named is reported unknown."""

import asyncio
from dataclasses import dataclass, field
from typing import Any

import httpx

WITHIN_SECONDS = 5.0


@dataclass(frozen=True)
class WorkerReadiness:
    service: str
    url: str | None  # None: not configured
    ready: bool = False
    checks: list[dict[str, Any]] = field(default_factory=list)
    error: str | None = None  # why it did not answer in the /ready shape


async def _ask(client: httpx.AsyncClient, service: str, url: str) -> WorkerReadiness:
    try:
        answer = await client.get(url)
        body = answer.json()
    except (httpx.HTTPError, ValueError) as exc:
        return WorkerReadiness(service, url, error=f"无应答：{exc!r}"[:300])
    checks = body.get("checks") if isinstance(body, dict) else None
    if not isinstance(checks, list):
        return WorkerReadiness(service, url, error=f"HTTP {answer.status_code}，不是就绪检查的应答")
    return WorkerReadiness(service, url, ready=answer.status_code == 200, checks=checks)


async def worker_readiness(services: list[str], urls: dict[str, str]) -> list[WorkerReadiness]:
    """Each service's worker as its `/ready` answers now, all asked at once."""
    async with httpx.AsyncClient(timeout=WITHIN_SECONDS) as client:
        return list(
            await asyncio.gather(
                *(_ask(client, s, urls[s]) if s in urls else _unknown(s) for s in services)
            )
        )


async def _unknown(service: str) -> WorkerReadiness:
    return WorkerReadiness(service, None, error="未配置该服务后台处理的就绪检查地址")
