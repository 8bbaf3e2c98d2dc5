"""What intake stores of a hostile or merely unusual upload (issue 11, points 8, 9, 11, 14):
no metadata of any kind, PDFs rewritten without active content, scans over an A4 page at 300 dpi
refused from the header, and good photos (EXIF-rotated, 16-bit) accepted."""

import io
import zipfile

import pikepdf
import pytest
from PIL import Image, JpegImagePlugin

from services.intake.domain.files import A4_AT_300_DPI, FileRefused, PhotoRules, ScanRules
from services.intake.images import check_photo, check_scan
from tests.support.applications import encoded, portrait, with_camera_metadata
from tests.support.hostile import (
    ACTIVE_MARKERS,
    CLEAN_JPEG_MARKERS,
    SCRIPT,
    SECRET_ID,
    active_pdf,
    encrypted_pdf,
    jpeg_claiming,
    jpeg_markers,
    jpeg_with_everything,
    pdf_html_polyglot,
    pdf_zip_polyglot,
    plain_pdf,
    png_with_text,
)

PHOTOS = PhotoRules()
SCANS = ScanRules()


def _assert_pixels_only(stored: bytes) -> None:
    assert set(jpeg_markers(stored)) <= CLEAN_JPEG_MARKERS, [hex(m) for m in jpeg_markers(stored)]
    for marker in (SECRET_ID.encode(), b"<script", b"xmpmeta", b"ICC_PROFILE", b"Exif"):
        assert marker not in stored, marker
    assert Image.open(io.BytesIO(stored)).info.keys() <= {"jfif", "jfif_version", "jfif_unit",
                                                         "jfif_density", "dpi"}  # fmt: skip


@pytest.mark.parametrize("kind", ["photo", "scan"])
def test_a_jpeg_loses_its_comment_xmp_icc_profile_and_exif(kind: str) -> None:
    original = jpeg_with_everything(portrait(800, 1100))
    markers = jpeg_markers(original)
    assert {0xFE, 0xE1, 0xE2} <= set(markers), "the fixture has COM, APP1 (EXIF/XMP) and APP2 (ICC)"
    assert SECRET_ID.encode() in original
    assert SCRIPT.encode() in original
    checked = check_photo(original, PHOTOS) if kind == "photo" else check_scan(original, SCANS)
    _assert_pixels_only(checked.content)


def test_a_png_photo_loses_its_text_chunks() -> None:
    original = png_with_text(portrait())
    assert all(chunk in original for chunk in (b"tEXt", b"zTXt", b"iTXt"))
    _assert_pixels_only(check_photo(original, PHOTOS).content)


def test_a_pdf_is_rewritten_without_scripts_actions_embedded_files_or_metadata() -> None:
    original = active_pdf()
    assert all(marker in original for marker in ACTIVE_MARKERS), "the fixture has them all"
    stored = check_scan(original, SCANS).content
    assert [marker for marker in ACTIVE_MARKERS if marker in stored] == []
    with pikepdf.open(io.BytesIO(stored)) as pdf:
        assert len(pdf.pages) == 1
        for key in ("/OpenAction", "/AA", "/Names", "/Metadata", "/AcroForm"):
            assert key not in pdf.Root, key
        assert "/Info" not in pdf.trailer
        assert "/Annots" not in pdf.pages[0].obj
        assert "/AA" not in pdf.pages[0].obj


@pytest.mark.parametrize("polyglot", [pdf_zip_polyglot, pdf_html_polyglot], ids=["zip", "html"])
def test_a_polyglot_does_not_survive_byte_for_byte(polyglot: object) -> None:
    assert callable(polyglot)
    original: bytes = polyglot()
    assert SCRIPT.encode() in original or zipfile.is_zipfile(io.BytesIO(original))
    stored = check_scan(original, SCANS).content
    assert stored != original
    assert SCRIPT.encode() not in stored
    assert b"<html" not in stored
    assert not zipfile.is_zipfile(io.BytesIO(stored))
    assert b"PK\x03\x04" not in stored


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b"%PDF-\n%%EOF", "damaged"),
        (b"%PDF-1.7\n" + b"\0" * 200 + b"\n%%EOF\n", "damaged"),
        (plain_pdf()[:120], "damaged"),
        (encrypted_pdf(), "encrypted"),
    ],
    ids=["twelve-bytes", "no-objects", "cut", "encrypted"],
)
def test_a_pdf_that_does_not_parse_is_refused(content: bytes, code: str) -> None:
    with pytest.raises(FileRefused) as refused:
        check_scan(content, SCANS)
    assert refused.value.code == code


def test_a_pdf_of_too_many_pages_is_refused() -> None:
    pdf = pikepdf.new()
    for _ in range(SCANS.max_pdf_pages + 1):
        pdf.add_blank_page()
    out = io.BytesIO()
    pdf.save(out)
    with pytest.raises(FileRefused) as refused:
        check_scan(out.getvalue(), SCANS)
    assert refused.value.code == "too_many_pages"


def test_a_59_megapixel_scan_is_refused_from_its_header_without_decoding(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    decoded: list[object] = []
    original_load = JpegImagePlugin.JpegImageFile.load

    def recording_load(self: JpegImagePlugin.JpegImageFile) -> object:
        decoded.append(self.size)
        return original_load(self)

    monkeypatch.setattr(JpegImagePlugin.JpegImageFile, "load", recording_load)
    bomb = jpeg_claiming(8858, 6666)  # 59 Mpx claimed in a few kilobytes
    assert Image.open(io.BytesIO(bomb)).size == (8858, 6666)
    decoded.clear()
    with pytest.raises(FileRefused) as refused:
        check_scan(bomb, SCANS)
    assert refused.value.code == "too_many_pixels"
    assert "2480×3508" in refused.value.reason
    assert decoded == [], "refused before a single pixel was decoded"


def test_an_a4_page_at_300_dpi_passes_and_one_pixel_more_does_not() -> None:
    width, height = A4_AT_300_DPI
    page = Image.new("RGB", (width, height), "white")
    assert check_scan(encoded(page, "JPEG"), SCANS).width == width
    with pytest.raises(FileRefused, match="像素过多"):
        check_scan(jpeg_claiming(width + 1, height), SCANS)
    with pytest.raises(FileRefused, match="像素过多"):
        check_scan(jpeg_claiming(3000, 4000), SCANS)


def test_an_exif_rotated_portrait_is_measured_upright_and_accepted() -> None:
    # stored on its side at 413 × 300: too short only if measured before rotation
    sideways = portrait(300, 413).rotate(90, expand=True)
    assert sideways.size == (413, 300)
    checked = check_photo(with_camera_metadata(sideways, orientation=6), PHOTOS)
    assert (checked.width, checked.height) == (300, 413)


def test_a_16_bit_png_portrait_is_not_called_blank() -> None:
    grey = portrait().convert("L")
    deep = grey.convert("I").point(lambda value: value * 257).convert("I;16")
    content = encoded(deep, "PNG")
    assert Image.open(io.BytesIO(content)).mode == "I;16", "the fixture is 16 bits a sample"
    checked = check_photo(content, PHOTOS)
    stored = Image.open(io.BytesIO(checked.content)).convert("L")
    assert abs(stored.getpixel((10, 10)) - grey.getpixel((10, 10))) < 8  # type: ignore[operator]


def test_a_16_bit_png_that_is_blank_is_still_refused_as_blank() -> None:
    flat = Image.new("I;16", (400, 560), 40000)
    with pytest.raises(FileRefused) as refused:
        check_photo(encoded(flat, "PNG"), PHOTOS)
    assert refused.value.code == "blank"
