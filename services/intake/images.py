"""Pillow at the edge: decode an upload safely, measure it upright, and store a clean re-encode:
pixels only, so no EXIF, GPS, XMP, ICC profile, JPEG comment or PNG text the applicant's camera or
editor wrote ever leaves intake. PDF scans are rewritten by services.intake.pdfs."""

import io
import warnings
from collections.abc import Callable
from dataclasses import dataclass

from PIL import Image, ImageCms, ImageFile, ImageFilter, ImageOps, ImageStat

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
    upright_size,
)

_LAPLACIAN = ImageFilter.Kernel((3, 3), [0, 1, 0, 1, -4, 1, 0, 1, 0], scale=1, offset=128)
_JPEG_QUALITY = 90
_ORIENTATION = 0x0112
# grey images of more than 8 bits a sample: Pillow opens 16-bit PNGs in one of these
_DEEP_GREY = frozenset({"I", "I;16", "I;16B", "I;16L", "I;16N"})
_SRGB = ImageCms.createProfile("sRGB")


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
    """A supporting scan: a PDF rewritten without active content, or a JPEG re-encoded; else
    FileRefused."""
    media = check_scan_file(sniff(content), len(content), rules)
    if media == MediaType.pdf:
        # pikepdf (qpdf) is loaded by the first PDF scan, not by every start of intake
        from services.intake.pdfs import rewrite_pdf

        return CheckedFile(rewrite_pdf(content, rules), media)
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
    """Reads the header, lets `check_size` refuse the upright dimensions, and only then decodes."""
    # a cut file must fail to decode: WeasyPrint, imported in the same process by the printable
    # forms, switches Pillow to loading truncated images for the whole interpreter
    ImageFile.LOAD_TRUNCATED_IMAGES = False
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            with Image.open(io.BytesIO(content), formats=formats) as image:
                check_size(*upright_size(image.width, image.height, _orientation(image)))
                image.load()
                return _upright_srgb(image)
        except FileRefused:
            raise
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
            raise FileRefused("too_many_pixels", "图片像素过多，请上传正常尺寸的图片") from exc
        except Exception as exc:  # whatever a hostile or cut file makes the decoder raise
            raise damaged() from exc


def _orientation(image: Image.Image) -> int | None:
    """The EXIF orientation, read from the header only: a PNG whose eXIf chunk comes after its
    pixels would have Pillow decode them all to find it, so such a late one is not looked for."""
    if image.format == "PNG" and "exif" not in image.info:
        return None
    orientation = image.getexif().get(_ORIENTATION)
    return orientation if isinstance(orientation, int) else None


def _upright_srgb(image: Image.Image) -> Image.Image:
    """8-bit RGB as the viewer sees it: orientation applied, colour profile converted to sRGB,
    16-bit grey scaled down (not clipped to white), transparency on white."""
    upright = ImageOps.exif_transpose(image)
    if upright.mode in _DEEP_GREY:
        upright = _eight_bit_grey(upright)
    upright = _in_srgb(upright)
    if upright.mode in ("RGBA", "LA", "PA") or "transparency" in upright.info:
        rgba = upright.convert("RGBA")
        background = Image.new("RGB", upright.size, (255, 255, 255))
        background.paste(rgba, mask=rgba.getchannel("A"))
        return background
    return upright.convert("RGB")


def _eight_bit_grey(image: Image.Image) -> Image.Image:
    """A 16-bit grey image as 8-bit grey, 0–65535 mapped onto 0–255 (a plain convert clips every
    value above 255 to white and the photo looks blank)."""
    return image.convert("I").point(lambda value: value * (1 / 257)).convert("L")


def _in_srgb(image: Image.Image) -> Image.Image:
    """The pixels converted from the file's embedded colour profile, if any, to sRGB; the profile
    itself (which can carry any text) is not kept."""
    icc = image.info.get("icc_profile")
    if not icc or image.mode not in ("RGB", "RGBA", "L", "CMYK"):
        return image
    try:
        source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        mode = "RGBA" if image.mode == "RGBA" else "RGB"
        converted = ImageCms.profileToProfile(image, source, _SRGB, outputMode=mode)
    except (ImageCms.PyCMSError, OSError, ValueError):
        return image  # an unreadable profile: the pixels as they are, the profile dropped
    return converted if converted is not None else image


def _jpeg(image: Image.Image) -> bytes:
    """The pixels alone, in a new image that has no `info` to carry anything along: Pillow would
    otherwise write a source JPEG's comment (COM) back into the copy."""
    pixels = Image.frombytes("RGB", image.size, image.convert("RGB").tobytes())
    buffer = io.BytesIO()
    pixels.save(buffer, "JPEG", quality=_JPEG_QUALITY, optimize=True)
    return buffer.getvalue()
