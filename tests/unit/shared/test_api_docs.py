"""Every service's /docs works with no Internet: Swagger UI's assets come from the service itself,
and the bearer scheme is declared, so that the Authorize button exists."""

import functools
import re

import httpx
import pytest
from fastapi import FastAPI

from services.committee.main import create_app as committee_app
from services.intake.main import create_app as intake_app
from services.notify.main import create_app as notify_app
from services.review.main import create_app as review_app

APPS = {
    "intake": intake_app,
    "review": review_app,
    "committee": committee_app,
    "notify": notify_app,
}


@functools.cache
def _app(service: str) -> FastAPI:
    """Each service's app, built once for both tests (it keeps its OpenAPI document)."""
    return APPS[service]()


def _client(app: FastAPI) -> httpx.AsyncClient:
    # no lifespan: the docs need no database
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://docs")


@pytest.mark.parametrize("service", sorted(APPS))
async def test_docs_load_every_asset_from_the_service_itself(service: str) -> None:
    async with _client(_app(service)) as client:
        page = await client.get("/docs")
        assert page.status_code == 200
        assets = re.findall(r"""(?:src|href)=["']([^"']+)["']""", page.text)
        scripts_and_styles = [a for a in assets if a.endswith((".js", ".css"))]
        assert len(scripts_and_styles) >= 2, page.text
        for asset in scripts_and_styles:
            assert asset.startswith("/"), f"/docs loads {asset} from elsewhere"
            served = await client.get(asset)
            assert served.status_code == 200, asset
            assert len(served.content) > 10_000, f"{asset} is not Swagger UI"
        assert "cdn" not in page.text.lower()


@pytest.mark.parametrize("service", sorted(APPS))
async def test_openapi_declares_the_bearer_scheme(service: str) -> None:
    async with _client(_app(service)) as client:
        document = (await client.get("/openapi.json")).json()
    schemes = document["components"]["securitySchemes"]
    assert schemes["bearer"]["type"] == "http"
    assert schemes["bearer"]["scheme"] == "bearer"
    assert {"bearer": []} in document["security"]
