"""Hostile files for the upload tests: JPEGs whose header claims more than they hold, PDFs with
scripts, embedded files, metadata and a second format glued on, and a JPEG segment reader to see
exactly what a stored copy carries."""

import io
import struct
import zipfile
import zlib

import pikepdf
from PIL import Image, ImageCms

from tests.support.applications import encoded, portrait

SECRET_ID = "11010519491231002X"
SCRIPT = "<script>alert(document.cookie)</script>"
# what a clean baseline JPEG is made of: start, JFIF header, tables, frame, scan, end
CLEAN_JPEG_MARKERS = frozenset(
    {0xD8, 0xE0, 0xDB, 0xC4, 0xC0, 0xC1, 0xC2, 0xDD, 0xDA, 0xD9}
)  # fmt: skip


_IN_SCAN = frozenset({0x00, *range(0xD0, 0xD8)})  # a stuffed 0xFF, restart markers


def jpeg_markers(content: bytes) -> list[int]:
    """The marker of every segment of a JPEG, in order, up to the first scan and its end."""
    assert content[:2] == b"\xff\xd8", "not a JPEG"
    markers, position = [0xD8], 2
    while position < len(content):
        assert content[position] == 0xFF, f"no marker at {position}"
        marker = content[position + 1]
        markers.append(marker)
        if marker == 0xD9:
            break
        (length,) = struct.unpack(">H", content[position + 2 : position + 4])
        position += 2 + length
        if marker == 0xDA:  # entropy-coded data until the next non-RST marker
            while not (
                content[position] == 0xFF
                and content[position + 1] not in (0x00, *range(0xD0, 0xD8))
            ):
                position += 1
    return markers


def jpeg_with_everything(image: Image.Image) -> bytes:
    """A JPEG carrying a comment (COM) with a script and an ID number, XMP, an ICC profile with
    text of its own, and EXIF: all of which a stored copy must lose."""
    icc = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    exif = Image.Exif()
    exif[0x010F] = "SomeCamera"
    exif[0x010E] = f"ImageDescription {SECRET_ID}"
    return encoded(
        image,
        "JPEG",
        comment=f"{SCRIPT} {SECRET_ID}".encode(),
        xmp=f'<x:xmpmeta xmlns:x="adobe:ns:meta/">XMP-{SECRET_ID}</x:xmpmeta>'.encode(),
        icc_profile=icc + f"ICC-{SECRET_ID}".encode(),
        exif=exif.tobytes(),
    )


def png_with_text(image: Image.Image) -> bytes:
    """A PNG with tEXt, zTXt and iTXt chunks holding personal data and a script."""
    from PIL import PngImagePlugin

    info = PngImagePlugin.PngInfo()
    info.add_text("Comment", f"{SCRIPT} tEXt-{SECRET_ID}")
    info.add_text("Author", f"zTXt-{SECRET_ID}", zip=True)
    info.add_itxt("Description", f"iTXt-{SECRET_ID}", lang="zh", tkey="说明")
    return encoded(image, "PNG", pnginfo=info)


def jpeg_claiming(width: int, height: int) -> bytes:
    """A small real JPEG whose frame header (SOF) claims `width` × `height`: its header says
    millions of pixels, and decoding it would allocate them all."""
    content = bytearray(encoded(portrait(64, 64), "JPEG"))
    position = 2
    while content[position + 1] not in (0xC0, 0xC1, 0xC2):
        (length,) = struct.unpack(">H", content[position + 2 : position + 4])
        position += 2 + length
    struct.pack_into(">HH", content, position + 5, height, width)
    return bytes(content)


def _page_pdf() -> pikepdf.Pdf:
    pdf = pikepdf.new()
    pdf.add_blank_page(page_size=(595, 842))
    page = pdf.pages[0]
    page.obj.Contents = pdf.make_stream(b"BT /F1 24 Tf 72 720 Td (Diploma) Tj ET")
    return pdf


def _saved(pdf: pikepdf.Pdf) -> bytes:
    out = io.BytesIO()
    pdf.save(
        out,
        compress_streams=False,
        object_stream_mode=pikepdf.ObjectStreamMode.disable,
        fix_metadata_version=False,
    )
    return out.getvalue()


def plain_pdf() -> bytes:
    return _saved(_page_pdf())


def active_pdf() -> bytes:
    """A one-page PDF that runs JavaScript on opening, on the page, from a link and from the
    document's name tree, embeds a file, and describes its author (Info and XMP)."""
    pdf = _page_pdf()

    def javascript(code: str) -> pikepdf.Dictionary:
        return pikepdf.Dictionary(S=pikepdf.Name.JavaScript, JS=pikepdf.String(code))

    pdf.Root.OpenAction = javascript("app.alert('OpenAction-JS')")
    pdf.Root.AA = pikepdf.Dictionary(WC=javascript("app.alert('Catalog-AA-JS')"))
    page = pdf.pages[0]
    page.obj.AA = pikepdf.Dictionary(O=javascript("app.alert('Page-AA-JS')"))
    link = pikepdf.Dictionary(
        Type=pikepdf.Name.Annot,
        Subtype=pikepdf.Name.Link,
        Rect=[72, 72, 300, 100],
        A=javascript("app.launchURL('http://evil.invalid/Link-JS')"),
    )
    page.obj.Annots = pdf.make_indirect(pikepdf.Array([pdf.make_indirect(link)]))
    embedded = pdf.make_stream(b"MZ EMBEDDED-PAYLOAD")
    embedded.Type = pikepdf.Name.EmbeddedFile
    spec = pikepdf.Dictionary(
        Type=pikepdf.Name.Filespec,
        F=pikepdf.String("payload.exe"),
        EF=pikepdf.Dictionary(F=embedded),
    )
    pdf.Root.Names = pikepdf.Dictionary(
        JavaScript=pikepdf.Dictionary(
            Names=[pikepdf.String("init"), pdf.make_indirect(javascript("NameTree-JS"))]
        ),
        EmbeddedFiles=pikepdf.Dictionary(Names=[pikepdf.String("payload.exe"), spec]),
    )
    pdf.trailer.Info = pdf.make_indirect(
        pikepdf.Dictionary(Author=pikepdf.String(f"Info-{SECRET_ID}"))
    )
    xmp = pdf.make_stream(f"<x:xmpmeta>XMP-{SECRET_ID}</x:xmpmeta>".encode())
    xmp.Type, xmp.Subtype = pikepdf.Name.Metadata, pikepdf.Name.XML
    pdf.Root.Metadata = xmp
    return _saved(pdf)


ACTIVE_MARKERS = (
    b"OpenAction-JS",
    b"Catalog-AA-JS",
    b"Page-AA-JS",
    b"Link-JS",
    b"NameTree-JS",
    b"EMBEDDED-PAYLOAD",
    b"payload.exe",
    SECRET_ID.encode(),
    b"/JavaScript",
    b"/OpenAction",
    b"/EmbeddedFile",
)


def pdf_zip_polyglot() -> bytes:
    """A PDF with a ZIP archive after its end: a PDF to a reader, an archive to unzip."""
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("evil.html", SCRIPT)
    return plain_pdf() + archive.getvalue()


def pdf_html_polyglot() -> bytes:
    """A PDF whose comment and content stream hold an HTML page a sniffing browser would run."""
    pdf = _page_pdf()
    pdf.pages[0].obj.Contents = pdf.make_stream(
        f"% <html><body>{SCRIPT}</body></html>\nBT /F1 24 Tf 72 720 Td (Diploma) Tj ET".encode()
    )
    content = _saved(pdf)
    header_end = content.index(b"\n") + 1
    return content[:header_end] + f"%<html>{SCRIPT}</html>\n".encode() + content[header_end:]


def encrypted_pdf() -> bytes:
    out = io.BytesIO()
    _page_pdf().save(out, encryption=pikepdf.Encryption(user="secret", owner="secret"))
    return out.getvalue()


def stream_bomb_pdf(megabytes_inflated: int) -> bytes:
    """A one-page PDF whose content stream is that many MiB of zeros, deflated (~1/1000 of it):
    tiny on the wire, gigabytes once decoded."""
    deflate = zlib.compressobj(9)
    zeros = b"\0" * (1 << 20)
    data = b"".join(deflate.compress(zeros) for _ in range(megabytes_inflated)) + deflate.flush()
    pdf = _page_pdf()
    bomb = pikepdf.Stream(pdf, data)
    bomb.stream_dict.Filter = pikepdf.Name.FlateDecode
    pdf.pages[0].obj.Contents = pdf.make_indirect(bomb)
    return _saved(pdf)


def lzw_pdf() -> bytes:
    """A one-page PDF with a stream that says it is LZW-coded (whose expansion has no bound)."""
    pdf = _page_pdf()
    coded = pikepdf.Stream(pdf, b"\x80\x0b\x60\x50\x22\x0c\x0c\x85\x01")
    coded.stream_dict.Filter = pikepdf.Name.LZWDecode
    pdf.pages[0].obj.Contents = pdf.make_indirect(coded)
    return _saved(pdf)
