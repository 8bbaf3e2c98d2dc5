"""What an uploaded file must be: its type by content (magic bytes, never the name), its size,
and for the photo (网上照片) the resolution, blankness and sharpness of a clear 1-inch ID photo."""

import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from shared.refusals import InvalidInput

MIB = 1024 * 1024


class MediaType(StrEnum):
    jpeg = "image/jpeg"
    png = "image/png"
    pdf = "application/pdf"


_MAGIC = (
    (b"\xff\xd8\xff", MediaType.jpeg),
    (b"\x89PNG\r\n\x1a\n", MediaType.png),
    (b"%PDF-", MediaType.pdf),
)


def sniff(content: bytes) -> MediaType | None:
    """The file's type from its first bytes, or None if it is none we accept."""
    return next((media for magic, media in _MAGIC if content.startswith(magic)), None)


class FileRefused(InvalidInput):
    """An upload that breaks a rule (422 on the field `file`); `code` names the rule, `reason`
    says it in Chinese."""

    def __init__(self, code: str, reason: str) -> None:
        super().__init__([("file", reason)])
        self.code = code
        self.reason = reason


@dataclass(frozen=True)
class ImageFacts:
    width: int
    height: int
    spread: float
    sharpness: float


@dataclass(frozen=True)
class PhotoRules:
    max_bytes: int = 2 * MIB
    # a 1-inch ID photo is 25 × 35 mm; at the 300 dpi of a print that is 295 × 413 pixels
    min_width: int = 295
    min_height: int = 413
    # checked from the header before decoding: a small file must not unpack into gigabytes
    max_pixels: int = 24_000_000
    # standard deviation of the grey levels: below it the image is one flat colour
    min_spread: float = 6.0
    # variance of the Laplacian at 295 px wide; calibrated on generated portraits: sharp ones
    # score in the hundreds, a Gaussian blur of radius 1.5 px falls near 10
    min_sharpness: float = 20.0

    def statements(self) -> list[str]:
        """The rules as the portal states them before the upload, in the order they are checked."""
        return [
            "格式：JPEG 或 PNG 图片（按文件内容判断，不看扩展名）",
            f"大小：不超过 {self.max_bytes // MIB} MB",
            f"分辨率：一寸证件照，不低于 {self.min_width}×{self.min_height} 像素（宽×高）",
            f"清晰度：不低于 {self.min_sharpness:.0f}"
            "（按一寸照片的打印尺寸测量，模糊的照片会被退回）",
            "内容：本人近期免冠证件照，不能为空白或纯色图片",
        ]


def photo_verdict(facts: ImageFacts, rules: PhotoRules) -> str:
    """What the applicant reads at once about a photo that passed."""
    return (
        f"照片合格：{facts.width}×{facts.height} 像素，清晰度 {facts.sharpness:.1f}"
        f"（应不低于 {rules.min_sharpness:.0f}）"
    )


# an A4 page (210 × 297 mm) scanned at 300 dpi: what a legible certificate or diploma needs
A4_AT_300_DPI = (2480, 3508)


@dataclass(frozen=True)
class ScanRules:
    max_bytes: int = 10 * MIB
    # read from the header and refused before decoding: a 2 MB JPEG can claim 59 Mpx and cost
    # hundreds of MiB decoded; an A4 page at 300 dpi is 8.7 Mpx (a US Letter page fits too)
    max_pixels: int = A4_AT_300_DPI[0] * A4_AT_300_DPI[1]
    max_per_application: int = 30
    max_title_length: int = 50
    # a PDF scan of one certificate runs to a few pages; more is not a scan of one document
    max_pdf_pages: int = 50

    def statements(self) -> list[str]:
        return [
            "格式：PDF 或 JPEG（按文件内容判断，不看扩展名）",
            f"大小：每份不超过 {self.max_bytes // MIB} MB",
            f"份数：最多 {self.max_per_application} 份；PDF 每份不超过 {self.max_pdf_pages} 页",
            f"图片：不超过 {self.max_pixels // 1_000_000} 百万像素（A4 纸 300 dpi 扫描即可）",
            f"材料名称：必填，不超过 {self.max_title_length} 个字符，如 学历证书、职称证书",
        ]


def check_file_name(name: str | None) -> None:
    """The name is never used to store anything, but one that tries to climb out of a directory
    or hide control characters is hostile: refused."""
    if name is None:
        return
    if (
        len(name) > 255
        or any(part in name for part in ("/", "\\", ".."))
        or any(unicodedata.category(ch).startswith("C") for ch in name)
    ):
        raise FileRefused("bad_name", "文件名不合法（不能包含路径或控制字符）")


def check_photo_file(media: MediaType | None, size: int, rules: PhotoRules) -> None:
    if media not in (MediaType.jpeg, MediaType.png):
        raise FileRefused("wrong_type", "照片应为 JPEG 或 PNG 格式的图片")
    if size > rules.max_bytes:
        raise FileRefused("too_large", f"照片文件不能超过 {rules.max_bytes // MIB} MB")


def check_photo_size(width: int, height: int, rules: PhotoRules) -> None:
    if width * height > rules.max_pixels:
        raise FileRefused("too_many_pixels", "照片像素过多，请上传正常尺寸的证件照")
    if width < rules.min_width or height < rules.min_height:
        raise FileRefused(
            "too_small",
            f"照片分辨率过低（{width}×{height} 像素），"
            f"一寸证件照应不低于 {rules.min_width}×{rules.min_height} 像素",
        )


def check_photo_quality(facts: ImageFacts, rules: PhotoRules) -> None:
    if facts.spread < rules.min_spread:
        raise FileRefused("blank", "照片为空白或纯色，请上传本人证件照")
    if facts.sharpness < rules.min_sharpness:
        raise FileRefused(
            "blurred",
            f"照片不清晰（清晰度 {facts.sharpness:.1f}，应不低于 {rules.min_sharpness:.0f}），"
            "请上传清晰的证件照",
        )


def check_scan_file(media: MediaType | None, size: int, rules: ScanRules) -> MediaType:
    if media not in (MediaType.pdf, MediaType.jpeg):
        raise FileRefused("wrong_type", "证明材料应为 PDF 或 JPEG 格式")
    if size > rules.max_bytes:
        raise FileRefused("too_large", f"证明材料文件不能超过 {rules.max_bytes // MIB} MB")
    return media


def check_scan_pixels(width: int, height: int, rules: ScanRules) -> None:
    if width * height > rules.max_pixels:
        a4_width, a4_height = A4_AT_300_DPI
        raise FileRefused(
            "too_many_pixels",
            f"图片像素过多（{width}×{height} 像素），请按 300 dpi 扫描，"
            f"A4 页面不超过 {a4_width}×{a4_height} 像素",
        )


def check_pdf_pages(pages: int, rules: ScanRules) -> None:
    if pages < 1:
        raise damaged()
    if pages > rules.max_pdf_pages:
        raise FileRefused(
            "too_many_pages", f"PDF 证明材料不能超过 {rules.max_pdf_pages} 页（现为 {pages} 页）"
        )


# EXIF orientations 5–8 turn the picture a quarter: its upright width is the stored height
_QUARTER_TURNS = frozenset({5, 6, 7, 8})


def upright_size(width: int, height: int, orientation: int | None) -> tuple[int, int]:
    """The size the picture has once its EXIF orientation is applied, as the viewer sees it."""
    return (height, width) if orientation in _QUARTER_TURNS else (width, height)


def damaged() -> FileRefused:
    return FileRefused("damaged", "文件已损坏或不完整，请重新上传")
