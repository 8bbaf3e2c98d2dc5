"""Hostile and unusual uploads through the running intake API (issue 11, points 8, 9, 11, 14):
what is downloaded back is a clean re-encode or a rewritten PDF; what cannot be parsed, or is too
large to decode, is refused with its reason; good photos that were refused before are accepted."""

import io
import resource
import time
import zipfile
from typing import Any

import pikepdf
import pytest
from PIL import Image

from tests.support.applications import application_body, encoded, portrait, prepared
from tests.support.hostile import (
    ACTIVE_MARKERS,
    CLEAN_JPEG_MARKERS,
    SCRIPT,
    SECRET_ID,
    active_pdf,
    jpeg_claiming,
    jpeg_markers,
    jpeg_with_everything,
    lzw_pdf,
    pdf_html_polyglot,
    pdf_zip_polyglot,
    png_with_text,
    stream_bomb_pdf,
)
from tests.support.system import RunningSystem

_serials = iter(range(810, 860))


async def _draft(system: RunningSystem) -> tuple[dict[str, str], str]:
    serial = next(_serials)
    return await prepared(
        system.intake, application_body(serial=str(serial), name=f"文件{serial - 800}号")
    )


async def _upload(
    system: RunningSystem, kind: str, content: bytes, name: str = "upload.bin"
) -> tuple[Any, bytes | None, dict[str, str]]:
    headers, application_id = await _draft(system)
    base = f"/applications/{application_id}"
    file = {"file": (name, content, "application/octet-stream")}
    if kind == "photo":
        answer = await system.intake.put(f"{base}/photo", files=file, headers=headers)
    else:
        answer = await system.intake.post(
            f"{base}/attachments", data={"title": "学历证书"}, files=file, headers=headers
        )
    if answer.status_code != 201:
        return answer, None, headers
    stored = await system.intake.get(answer.json()["url"], headers=headers)
    assert stored.status_code == 200
    return answer, stored.content, headers


@pytest.mark.parametrize(
    ("kind", "content"),
    [
        ("photo", jpeg_with_everything(portrait())),
        ("photo", png_with_text(portrait())),
        ("scan", jpeg_with_everything(portrait(800, 1100))),
    ],
    ids=["photo-jpeg", "photo-png", "scan-jpeg"],
)
async def test_no_metadata_of_any_kind_leaves_intake(
    system: RunningSystem, kind: str, content: bytes
) -> None:
    assert SECRET_ID.encode() in content
    answer, stored, _ = await _upload(system, kind, content)
    assert answer.status_code == 201, answer.text
    assert stored is not None
    assert set(jpeg_markers(stored)) <= CLEAN_JPEG_MARKERS
    for marker in (SECRET_ID.encode(), b"<script", b"xmpmeta", b"ICC_PROFILE", b"Exif"):
        assert marker not in stored, marker


async def test_a_pdf_with_scripts_embedded_files_and_metadata_comes_back_without_them(
    system: RunningSystem,
) -> None:
    original = active_pdf()
    answer, stored, _ = await _upload(system, "scan", original, "degree.pdf")
    assert answer.status_code == 201, answer.text
    assert stored is not None
    assert [marker for marker in ACTIVE_MARKERS if marker in stored] == []
    with pikepdf.open(io.BytesIO(stored)) as pdf:
        assert len(pdf.pages) == 1
        assert "/OpenAction" not in pdf.Root
        assert "/Names" not in pdf.Root


@pytest.mark.parametrize("polyglot", [pdf_zip_polyglot(), pdf_html_polyglot()], ids=["zip", "html"])
async def test_a_polyglot_pdf_is_not_stored_byte_for_byte(
    system: RunningSystem, polyglot: bytes
) -> None:
    answer, stored, _ = await _upload(system, "scan", polyglot, "scan.pdf")
    assert answer.status_code == 201, answer.text
    assert stored is not None
    assert stored != polyglot
    assert SCRIPT.encode() not in stored
    assert not zipfile.is_zipfile(io.BytesIO(stored))


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"%PDF-\n%%EOF", "已损坏或不完整"),
        (jpeg_claiming(8858, 6666), "2480×3508"),
    ],
    ids=["twelve-byte-pdf", "59-megapixel-jpeg"],
)
async def test_a_scan_that_cannot_be_parsed_or_is_too_large_to_decode_is_refused(
    system: RunningSystem, content: bytes, message: str
) -> None:
    answer, _, _ = await _upload(system, "scan", content, "scan.pdf")
    assert answer.status_code == 422, answer.text
    [error] = answer.json()["detail"]
    assert error["field"] == "file"
    assert message in error["message"]


async def test_an_exif_rotated_portrait_is_accepted_and_stored_upright(
    system: RunningSystem,
) -> None:
    sideways = portrait().rotate(90, expand=True)  # 472 × 354 as stored; upright 354 × 472
    exif = Image.Exif()
    exif[0x0112] = 6
    answer, stored, _ = await _upload(system, "photo", encoded(sideways, exif=exif.tobytes()))
    assert answer.status_code == 201, answer.text
    assert stored is not None
    assert Image.open(io.BytesIO(stored)).size == (354, 472)


async def test_a_16_bit_png_portrait_is_accepted(system: RunningSystem) -> None:
    deep = portrait().convert("L").convert("I").point(lambda v: v * 257).convert("I;16")
    answer, stored, _ = await _upload(system, "photo", encoded(deep, "PNG"))
    assert answer.status_code == 201, answer.text
    assert stored is not None
    assert Image.open(io.BytesIO(stored)).convert("L").getextrema() != (255, 255)


async def test_a_stream_bomb_is_refused_without_inflating_it(system: RunningSystem) -> None:
    """A 2 MB PDF whose stream inflates to 2 GiB: refused in well under the time qpdf took to
    inflate and recompress it (38 s here), and without the process's memory growing."""
    bomb = stream_bomb_pdf(2048)
    assert len(bomb) < 3 * 1024 * 1024
    peak_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.monotonic()
    answer, _, _ = await _upload(system, "scan", bomb, "scan.pdf")
    took = time.monotonic() - started
    assert answer.status_code == 422, answer.text
    [error] = answer.json()["detail"]
    assert (error["field"], error["message"][:11]) == ("file", "PDF 文件解压后过大")
    assert took < 10, f"{took:.1f} s"
    grown_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - peak_before
    assert grown_kib < 200 * 1024, f"peak memory grew by {grown_kib // 1024} MiB"


async def test_a_stream_whose_expansion_has_no_bound_is_refused(system: RunningSystem) -> None:
    answer, _, _ = await _upload(system, "scan", lzw_pdf(), "scan.pdf")
    assert answer.status_code == 422, answer.text
    [error] = answer.json()["detail"]
    assert "不支持的压缩方式" in error["message"]
