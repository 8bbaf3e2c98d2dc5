"""One applicant sees only their own applications: every read and every change of another's
answers 404, exactly as for an application that does not exist, and changes nothing."""

import uuid
from typing import Any

import pytest

from tests.support.applications import (
    application_body,
    forms_for,
    logged_in,
    photo_bytes,
    prepared,
)
from tests.support.hostile import plain_pdf
from tests.support.system import RunningSystem

OWNER = application_body(serial="601", name="郑一", region_code="330122")
OTHER = application_body(serial="602", name="郑二", region_code="330122")
PDF = plain_pdf()


def _requests(base: str, file_id: str) -> list[tuple[str, str, dict[str, Any]]]:
    form = forms_for(OTHER)["summary"]
    photo = {"files": {"file": ("p.jpg", photo_bytes(), "image/jpeg")}}
    scan = {"files": {"file": ("s.pdf", PDF, "application/pdf")}, "data": {"title": "证书"}}
    return [
        ("GET", base, {}),
        ("GET", f"{base}/draft", {}),
        ("GET", f"{base}/check", {}),
        ("GET", f"{base}/submissions/1", {}),
        ("GET", f"{base}/diff?base=1", {}),
        ("GET", f"{base}/files/{file_id}", {}),
        ("PUT", f"{base}/employer", {"json": OTHER["employer"]}),
        ("PUT", f"{base}/forms/summary", {"json": form}),
        ("PUT", f"{base}/photo", photo),
        ("POST", f"{base}/attachments", scan),
        ("DELETE", f"{base}/attachments/{file_id}", {}),
        ("POST", f"{base}/submit", {}),
        ("POST", f"{base}/withdraw", {}),
    ]


@pytest.fixture(scope="module")
async def owned(system: RunningSystem) -> tuple[dict[str, str], str, str]:
    """The owner's draft, with one scan on it."""
    headers, application_id = await prepared(system.intake, OWNER)
    added = await system.intake.post(
        f"/applications/{application_id}/attachments",
        data={"title": "学历证书"},
        files={"file": ("s.pdf", PDF, "application/pdf")},
        headers=headers,
    )
    assert added.status_code == 201, added.text
    return headers, application_id, added.json()["id"]


@pytest.mark.parametrize("index", range(13), ids=[r[0] + " " + r[1] for r in _requests("…", "…")])
async def test_another_applicant_gets_404_as_for_a_missing_application(
    system: RunningSystem, owned: tuple[dict[str, str], str, str], index: int
) -> None:
    owner_headers, application_id, file_id = owned
    intruder = await logged_in(system.intake, OTHER["applicant"])
    before = await _everything(system, owner_headers, application_id)
    for target in (application_id, str(uuid.uuid4())):
        method, url, extra = _requests(f"/applications/{target}", file_id)[index]
        response = await system.intake.request(method, url, headers=intruder, **extra)
        assert response.status_code == 404, (url, response.text)
        assert response.json() == {"detail": "申报不存在"}
    assert await _everything(system, owner_headers, application_id) == before


async def test_the_list_shows_only_ones_own_applications(
    system: RunningSystem, owned: tuple[dict[str, str], str, str]
) -> None:
    owner_headers, application_id, _ = owned
    intruder = await logged_in(system.intake, OTHER["applicant"])
    mine = (await system.intake.get("/applications", headers=owner_headers)).json()
    theirs = (await system.intake.get("/applications", headers=intruder)).json()
    assert application_id in {a["id"] for a in mine}
    assert application_id not in {a["id"] for a in theirs}


async def _everything(
    system: RunningSystem, headers: dict[str, str], application_id: str
) -> list[Any]:
    base = f"/applications/{application_id}"
    return [
        (await system.intake.get(url, headers=headers)).json() for url in (base, f"{base}/draft")
    ]
