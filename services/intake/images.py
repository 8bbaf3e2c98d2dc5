"""Pillow at the edge: decode an upload safely, measure it, and re-encode what is stored, so no
EXIF, GPS or other metadata the applicant's camera wrote ever leaves intake."""

import io
import warnings
from collections.abc import Callable
from dataclasses import dataclass

from PIL import Image, ImageFilter, ImageOps, ImageStat

from services.intake.domain.files import (
    FileRefused,
    ImageFacts,
    MediaType,
    PhotoRules,
    ScanRules,
    check_photo_file,
    check_photo_quality,
    check_photo_size,
    check_scan_file,
    check_scan_pixels,
    damaged,
    sniff,
)

_LAPLACIAN = ImageFilter.Kernel((3, 3), [0, 1, 0, 1, -4, 1, 0, 1, 0], scale=1, offset=128)
_JPEG_QUALITY = 90


@dataclass(frozen=True)
class CheckedFile:
    """An upload that passed its checks: the bytes to store and what was measured."""

    content: bytes
    media_type: MediaType
    width: int | None = None
    height: int | None = None
    sharpness: float | None = None
    facts: ImageFacts | None = None  # a photo's measurements


def check_photo(content: bytes, rules: PhotoRules) -> CheckedFile:
    """The photo re-encoded as JPEG, or FileRefused naming the first rule it breaks."""
    check_photo_file(sniff(content), len(content), rules)
    image = _decode(content, ("JPEG", "PNG"), lambda w, h: check_photo_size(w, h, rules))
    grey = image.convert("L")
    facts = ImageFacts(
        width=image.width,
        height=image.height,
        spread=ImageStat.Stat(grey).stddev[0],
        sharpness=sharpness(grey, at_width=rules.min_width),
    )
    check_photo_quality(facts, rules)
    return CheckedFile(
        _jpeg(image), MediaType.jpeg, image.width, image.height, facts.sharpness, facts
    )


def check_scan(content: bytes, rules: ScanRules) -> CheckedFile:
    """A supporting scan: a PDF kept as it is, or a JPEG re-encoded; else FileRefused."""
    media = check_scan_file(sniff(content), len(content), rules)
    if media == MediaType.pdf:
        if b"%%EOF" not in content[-2048:]:  # a PDF ends with its trailer; a cut one does not
            raise damaged()
        return CheckedFile(content, media)
    image = _decode(content, ("JPEG",), lambda w, h: check_scan_pixels(w, h, rules))
    return CheckedFile(_jpeg(image), MediaType.jpeg, image.width, image.height)


def sharpness(grey: Image.Image, *, at_width: int) -> float:
    """Variance of the Laplacian, measured at `at_width` pixels wide (the size the photo is
    printed at), so a large photo is not called sharp merely for having more pixels."""
    if grey.width > at_width:
        grey = grey.resize((at_width, max(3, round(grey.height * at_width / grey.width))))
    # Pillow leaves a kernel's border pixels unfiltered: they are cut off, not measured
    edges = grey.filter(_LAPLACIAN).crop((1, 1, grey.width - 1, grey.height - 1))
    return float(ImageStat.Stat(edges).var[0])


def _decode(
    content: bytes, formats: tuple[str, ...], check_size: Callable[[int, int], None]
) -> Image.Image:
    """Reads the header, lets `check_size` refuse the dimensions, and only then decodes."""
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            with Image.open(io.BytesIO(content), formats=formats) as image:
                check_size(*image.size)
                image.load()
                return _upright_rgb(image)
        except FileRefused:
            raise
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
            raise FileRefused("too_many_pixels", "图片像素过多，请上传正常尺寸的图片") from exc
        except Exception as exc:  # whatever a hostile or cut file makes the decoder raise
            raise damaged() from exc


def _upright_rgb(image: Image.Image) -> Image.Image:
    upright = ImageOps.exif_transpose(image)
    if upright.mode in ("RGBA", "LA", "PA") or "transparency" in upright.info:
        background = Image.new("RGB", upright.size, (255, 255, 255))
        background.paste(upright.convert("RGBA"), mask=upright.convert("RGBA").getchannel("A"))
        return background
    return upright.convert("RGB")


def _jpeg(image: Image.Image) -> bytes:
    # no exif= and no icc_profile= argument: the new file carries pixels only
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=_JPEG_QUALITY, optimize=True)
    return buffer.getvalue()
