"""Photo and scan checks on generated files: a clear photo passes and is stored without metadata;
blurred, tiny, blank, mistyped, oversized, truncated and bomb-shaped ones are refused, each with
its own reason."""

import io

import pytest
from PIL import Image, ImageChops, ImageFile, ImageFilter, ImageStat

from services.intake.domain.files import (
    FileRefused,
    MediaType,
    PhotoRules,
    ScanRules,
    check_file_name,
    sniff,
)
from services.intake.images import check_photo, check_scan
from tests.support.applications import (
    GPS_IFD,
    encoded,
    photo_bytes,
    png_header_only,
    portrait,
    with_camera_metadata,
)
from tests.support.hostile import plain_pdf

RULES = PhotoRules()
SCANS = ScanRules()


def refusal(content: bytes, rules: PhotoRules = RULES) -> FileRefused:
    with pytest.raises(FileRefused) as refused:
        check_photo(content, rules)
    return refused.value


def test_a_clear_photo_passes_and_is_stored_as_jpeg() -> None:
    checked = check_photo(photo_bytes(), RULES)
    assert checked.media_type == MediaType.jpeg
    assert (checked.width, checked.height) == (354, 472)
    assert checked.sharpness is not None
    assert checked.sharpness > RULES.min_sharpness
    assert Image.open(io.BytesIO(checked.content)).format == "JPEG"


def test_a_clear_png_passes_too_and_transparency_becomes_white() -> None:
    image = portrait().convert("RGBA")
    image.putpixel((0, 0), (0, 0, 0, 0))
    checked = check_photo(encoded(image, "PNG"), RULES)
    stored = Image.open(io.BytesIO(checked.content))
    assert (stored.format, stored.mode) == ("JPEG", "RGB")
    assert min(stored.getpixel((0, 0))) > 200  # type: ignore[type-var]


def test_the_stored_copy_has_no_exif_and_no_gps() -> None:
    original = with_camera_metadata(portrait())
    assert Image.open(io.BytesIO(original)).getexif().get_ifd(GPS_IFD), "the fixture has GPS"
    stored = check_photo(original, RULES).content
    assert dict(Image.open(io.BytesIO(stored)).getexif()) == {}
    assert b"Exif" not in stored
    assert b"SomeCamera" not in stored


def test_a_photo_taken_sideways_is_measured_and_stored_upright() -> None:
    # the camera stored a portrait lying on its side (472 × 354) and EXIF says "turn it right"
    sideways = portrait().rotate(90, expand=True)
    checked = check_photo(with_camera_metadata(sideways, orientation=6), RULES)
    assert (checked.width, checked.height) == (354, 472)
    stored = Image.open(io.BytesIO(checked.content)).convert("RGB")
    difference = ImageStat.Stat(ImageChops.difference(stored, portrait())).mean
    assert max(difference) < 8, f"stored upright, as the portrait was drawn: {difference}"


@pytest.mark.parametrize("radius", [2, 3, 6])
def test_a_blurred_photo_is_refused_as_unclear(radius: float) -> None:
    refused = refusal(photo_bytes(blur=radius))
    assert refused.code == "blurred"
    assert "照片不清晰" in refused.reason


def test_a_slightly_soft_photo_still_passes() -> None:
    check_photo(photo_bytes(blur=0.5), RULES)


def test_a_large_photo_blurred_is_unclear_however_many_pixels_it_has() -> None:
    large = portrait(1200, 1600).filter(ImageFilter.GaussianBlur(6))
    assert refusal(encoded(large)).code == "blurred"


def test_a_tiny_photo_is_refused_for_its_resolution() -> None:
    refused = refusal(encoded(portrait(200, 280)))
    assert refused.code == "too_small"
    assert "200×280" in refused.reason
    assert "295×413" in refused.reason


def test_a_blank_photo_is_refused_as_blank() -> None:
    assert refusal(encoded(Image.new("RGB", (400, 560), (255, 255, 255)))).code == "blank"


@pytest.mark.parametrize(
    "content",
    [
        encoded(portrait(), "GIF"),
        encoded(portrait(), "BMP"),
        encoded(portrait(), "WEBP"),
        b"%PDF-1.7\n...%%EOF",
        b"<svg xmlns='http://www.w3.org/2000/svg'/>",
        b"",
    ],
    ids=["gif", "bmp", "webp", "pdf", "svg", "empty"],
)
def test_anything_but_jpeg_or_png_by_content_is_the_wrong_type(content: bytes) -> None:
    assert refusal(content).code == "wrong_type"


def test_an_oversized_file_is_refused_before_decoding() -> None:
    padded = photo_bytes() + b"\0" * RULES.max_bytes
    assert refusal(padded).code == "too_large"


@pytest.mark.parametrize(("width", "height"), [(6000, 5000), (60000, 60000)])
def test_a_decompression_bomb_is_refused_from_its_header(width: int, height: int) -> None:
    assert refusal(png_header_only(width, height)).code == "too_many_pixels"


@pytest.mark.parametrize("image_format", ["JPEG", "PNG"])
def test_a_truncated_file_is_refused_as_damaged(image_format: str) -> None:
    whole = encoded(portrait(), image_format)
    assert refusal(whole[: len(whole) // 2]).code == "damaged"


@pytest.mark.parametrize("image_format", ["JPEG", "PNG"])
def test_a_truncated_file_is_refused_even_after_weasyprint_let_pillow_load_cut_images(
    image_format: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ImageFile, "LOAD_TRUNCATED_IMAGES", True)  # what importing it does
    whole = encoded(portrait(), image_format)
    assert refusal(whole[: len(whole) // 2]).code == "damaged"


def test_right_magic_bytes_in_front_of_garbage_are_refused_as_damaged() -> None:
    assert refusal(b"\xff\xd8\xff\xe0" + bytes(range(256)) * 40).code == "damaged"


def test_a_pdf_scan_is_rewritten_and_a_cut_one_is_refused() -> None:
    pdf = plain_pdf()
    assert check_scan(pdf, SCANS).content.startswith(b"%PDF-")
    with pytest.raises(FileRefused, match="损坏"):
        check_scan(pdf[:20], SCANS)


def test_a_jpeg_scan_is_stored_without_its_metadata() -> None:
    checked = check_scan(with_camera_metadata(portrait(800, 1100)), SCANS)
    assert checked.media_type == MediaType.jpeg
    assert b"Exif" not in checked.content


def test_a_png_is_not_a_scan() -> None:
    with pytest.raises(FileRefused) as refused:
        check_scan(encoded(portrait(), "PNG"), SCANS)
    assert refused.value.code == "wrong_type"


@pytest.mark.parametrize(
    "name", ["../../etc/passwd", "a/b.jpg", "..\\..\\boot.ini", "photo\x00.jpg", "x" * 300]
)
def test_a_hostile_file_name_is_refused(name: str) -> None:
    with pytest.raises(FileRefused) as refused:
        check_file_name(name)
    assert refused.value.code == "bad_name"


@pytest.mark.parametrize("name", ["证件照.jpg", "IMG_0001.JPG", "scan (2).pdf", None])
def test_an_ordinary_file_name_is_fine(name: str | None) -> None:
    check_file_name(name)


@pytest.mark.parametrize(
    ("head", "media"),
    [
        (b"\xff\xd8\xff\xe1....", MediaType.jpeg),
        (b"\x89PNG\r\n\x1a\n....", MediaType.png),
        (b"%PDF-1.7", MediaType.pdf),
        (b"GIF89a", None),
        (b"\xff\xd8", None),
    ],
)
def test_the_type_comes_from_the_first_bytes(head: bytes, media: MediaType | None) -> None:
    assert sniff(head) == media
