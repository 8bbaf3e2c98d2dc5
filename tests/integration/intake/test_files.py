"""The photo and the scans through the API: a clear photo is stored re-encoded, by content hash,
without metadata; unclear, mistyped, oversized, truncated and hostile uploads are refused with a
reason and no server error, and nothing of them is stored."""

import io
from pathlib import Path
from typing import Any

import pikepdf
import pytest
from PIL import Image

from tests.support.applications import (
    application_body,
    encoded,
    photo_bytes,
    png_header_only,
    portrait,
    prepared,
    with_camera_metadata,
)
from tests.support.hostile import plain_pdf
from tests.support.system import RunningSystem

PDF = plain_pdf()


def _padded(content: bytes, size: int) -> bytes:
    """`content` with zeros after it up to `size` bytes: over the file's limit, but within the
    request's (the route allows for the multipart framing), so the file check answers."""
    return content + b"\0" * (size - len(content))


def _storage(system: RunningSystem) -> Path:
    return Path(system.intake_services.settings.storage_dir)


def _stored_files(system: RunningSystem) -> set[Path]:
    return {p for p in _storage(system).rglob("*") if p.is_file()}


async def test_a_clear_photo_is_stored_by_hash_without_its_camera_metadata(
    system: RunningSystem,
) -> None:
    headers, application_id = await prepared(system.intake, application_body())
    original = with_camera_metadata(portrait())
    uploaded = await system.intake.put(
        f"/applications/{application_id}/photo",
        files={"file": ("IMG_0001.JPG", original, "image/jpeg")},
        headers=headers,
    )
    assert uploaded.status_code == 201, uploaded.text
    download = await system.intake.get(uploaded.json()["url"], headers=headers)
    assert download.status_code == 200
    assert download.headers["content-type"] == "image/jpeg"
    assert "IMG_0001" not in download.headers["content-disposition"]
    assert b"Exif" not in download.content
    assert b"SomeCamera" not in download.content
    assert dict(Image.open(io.BytesIO(download.content)).getexif()) == {}
    draft = (
        await system.intake.get(f"/applications/{application_id}/draft", headers=headers)
    ).json()
    assert draft["photo"]["id"] == uploaded.json()["id"], "the new photo replaced the old one"
    [stored] = [p for p in _stored_files(system) if p.read_bytes() == download.content]
    assert stored.parent.parent == _storage(system), "<dir>/<2 hex>/<sha256>"


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("photo.jpg", photo_bytes(blur=3), "照片不清晰"),
        ("photo.jpg", encoded(portrait(200, 280)), "照片分辨率过低"),
        ("photo.jpg", encoded(Image.new("RGB", (400, 560), "white")), "空白"),
        ("photo.jpg", encoded(portrait(), "GIF"), "JPEG 或 PNG"),
        ("photo.jpg", b"MZ\x90\x00 this is a program", "JPEG 或 PNG"),
        ("photo.png", png_header_only(60000, 60000), "像素过多"),
        ("photo.png", png_header_only(6000, 5000), "像素过多"),
        ("photo.jpg", photo_bytes()[:3000], "已损坏或不完整"),
        ("photo.jpg", _padded(photo_bytes(), 2 * 1024 * 1024 + 1), "不能超过 2 MB"),
        ("../../../etc/passwd", photo_bytes(), "文件名不合法"),
        ("..\\..\\photo.jpg", photo_bytes(), "文件名不合法"),
    ],
    ids=[
        "blurred", "tiny", "blank", "gif", "executable", "png-bomb", "large-bomb", "truncated",
        "oversized", "path-traversal", "windows-traversal",
    ],
)  # fmt: skip
async def test_a_bad_photo_is_refused_with_its_reason_and_nothing_is_stored(
    system: RunningSystem, name: str, content: bytes, message: str
) -> None:
    headers, application_id = await prepared(system.intake, application_body())
    before = _stored_files(system)
    response = await system.intake.put(
        f"/applications/{application_id}/photo",
        files={"file": (name, content, "image/jpeg")},
        headers=headers,
    )
    assert response.status_code == 422, response.text
    [error] = response.json()["detail"]
    assert error["field"] == "file"
    assert message in error["message"]
    assert _stored_files(system) == before
    assert not list(_storage(system).parent.glob("etc")), "nothing escaped the storage directory"


async def test_scans_are_added_listed_downloaded_and_removed(system: RunningSystem) -> None:
    headers, application_id = await prepared(system.intake, application_body())
    base = f"/applications/{application_id}"

    async def add(title: str, name: str, content: bytes) -> Any:
        return await system.intake.post(
            f"{base}/attachments",
            data={"title": title},
            files={"file": (name, content, "application/octet-stream")},
            headers=headers,
        )

    pdf = await add("学历证书", "degree.pdf", PDF)
    jpeg = await add("职称证书", "title.jpg", with_camera_metadata(portrait(800, 1100)))
    assert pdf.status_code == jpeg.status_code == 201, (pdf.text, jpeg.text)
    assert (await add("证书", "x.pdf", encoded(portrait(), "PNG"))).status_code == 422
    assert (await add("证书", "x.pdf", PDF[:20])).status_code == 422
    assert (await add(" ", "x.pdf", PDF)).json()["detail"][0]["field"] == "title"
    draft = (await system.intake.get(f"{base}/draft", headers=headers)).json()
    assert [a["title"] for a in draft["attachments"]] == ["学历证书", "职称证书"]
    stored_pdf = (await system.intake.get(pdf.json()["url"], headers=headers)).content
    assert len(pikepdf.open(io.BytesIO(stored_pdf)).pages) == 1, "rewritten, pages kept"
    scan = (await system.intake.get(jpeg.json()["url"], headers=headers)).content
    assert b"Exif" not in scan
    removed = await system.intake.delete(f"{base}/attachments/{pdf.json()['id']}", headers=headers)
    assert removed.status_code == 204
    again = await system.intake.delete(f"{base}/attachments/{pdf.json()['id']}", headers=headers)
    assert again.status_code == 404
