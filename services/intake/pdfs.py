"""pikepdf (qpdf) at the edge: every PDF scan is parsed and written anew, so what is stored is a
plain document of pages. What does not parse is refused; actions (OpenAction, AA, JavaScript,
Launch …), annotations, forms, embedded files, metadata (Info, XMP) and everything after the last
object (where a ZIP or HTML polyglot keeps its second self) are not written; every stream is
compressed again, so no uploaded byte sequence reaches the stored copy as it came.

Before anything is decoded, each stream's decoded size is bounded: a Flate stream is inflated
piecewise and refused past MAX_STREAM_BYTES (all streams together: MAX_DECODED_BYTES), so a
small file whose stream inflates to gigabytes (a stream bomb) costs neither the memory nor the
minutes, nor reaches a reader's pdf.js. Filters whose expansion cannot be bounded that way (LZW,
RunLength, or Flate behind another filter) are refused; scanners write Flate and JPEG."""

import io
import zlib

import pikepdf

from services.intake.domain.files import FileRefused, ScanRules, check_pdf_pages, damaged

# keys of the document catalogue that run, embed, describe or decorate rather than show pages
_CATALOGUE_DROPS = (
    "/OpenAction",
    "/AA",
    "/Names",  # the JavaScript and EmbeddedFiles name trees (and named destinations)
    "/AcroForm",  # form fields carry their own actions; XFA carries scripts
    "/Metadata",
    "/Outlines",  # bookmarks are actions too
    "/URI",
    "/PieceInfo",
    "/OutputIntents",  # its ICC profile is free text as far as a reader is concerned
    "/Threads",
    "/Collection",
    "/Perms",
    "/Legal",
    "/SpiderInfo",
)
_PAGE_DROPS = ("/AA", "/Annots", "/Metadata", "/PieceInfo", "/Thumb", "/B")
# keys that mean active content or metadata wherever they are (resources, XObjects, images)
_ANYWHERE_DROPS = ("/JS", "/JavaScript", "/AA", "/OpenAction", "/Metadata", "/PieceInfo")


# an A4 page at 300 dpi, 16-bit RGB, undecoded, is 52 MB: no stream of a scan needs more
MAX_STREAM_BYTES = 64 * 1024 * 1024
MAX_DECODED_BYTES = 256 * 1024 * 1024
# decoded by qpdf at the generalized level, each within a fixed factor of its raw length
_BOUNDED_FILTERS = {"/ASCIIHexDecode", "/AHx", "/ASCII85Decode", "/A85"}
# left encoded (images): their decoded size is the image's, checked where images are
_IMAGE_FILTERS = {"/DCTDecode", "/DCT", "/JPXDecode", "/CCITTFaxDecode", "/CCF", "/JBIG2Decode"}
_FLATE = {"/FlateDecode", "/Fl"}


def too_large() -> FileRefused:
    return FileRefused("too_large_decoded", "PDF 文件解压后过大，不像扫描件，请重新扫描后上传")


def rewrite_pdf(content: bytes, rules: ScanRules) -> bytes:
    """The PDF as a new file of its pages only, or FileRefused (damaged, encrypted, too long,
    a stream that inflates past the bounds)."""
    try:
        with pikepdf.open(io.BytesIO(content)) as pdf:
            check_pdf_pages(len(pdf.pages), rules)
            _check_decoded_sizes(pdf)
            _strip(pdf)
            out = io.BytesIO()
            pdf.save(
                out,
                fix_metadata_version=False,
                compress_streams=True,
                recompress_flate=True,
                stream_decode_level=pikepdf.StreamDecodeLevel.generalized,
                object_stream_mode=pikepdf.ObjectStreamMode.generate,
                deterministic_id=True,
            )
    except FileRefused:
        raise
    except pikepdf.PasswordError as exc:
        raise FileRefused("encrypted", "PDF 文件已加密，请上传未加密的扫描件") from exc
    except Exception as exc:  # qpdf's parse errors, and whatever a hostile file makes it raise
        raise damaged() from exc
    return out.getvalue()


def _check_decoded_sizes(pdf: pikepdf.Pdf) -> None:
    total = 0
    for thing in pdf.objects:
        if isinstance(thing, pikepdf.Stream):
            total += _decoded_size(thing)
            if total > MAX_DECODED_BYTES:
                raise too_large()


def _decoded_size(stream: pikepdf.Stream) -> int:
    """At most MAX_STREAM_BYTES: what qpdf would decode the stream to, never decoded whole."""
    found = stream.stream_dict.get("/Filter")
    filters = [str(f) for f in found] if isinstance(found, pikepdf.Array) else []
    if isinstance(found, pikepdf.Name):
        filters = [str(found)]
    raw = stream.read_raw_bytes()
    if not filters or filters[0] in _IMAGE_FILTERS:
        return len(raw)
    if filters[0] in _FLATE and all(f in _IMAGE_FILTERS for f in filters[1:]):
        return _inflated_size(raw)
    if all(f in _BOUNDED_FILTERS for f in filters):
        return len(raw) * 5 // 4
    raise FileRefused("unsupported_filter", "PDF 文件使用了不支持的压缩方式，请重新扫描后上传")


def _inflated_size(raw: bytes) -> int:
    inflater = zlib.decompressobj()
    size, rest = 0, raw
    while True:  # a megabyte of output at a time; b"" drains what the inflater still holds
        chunk = inflater.decompress(rest, 1 << 20)
        size += len(chunk)
        if size > MAX_STREAM_BYTES:
            raise too_large()
        rest = inflater.unconsumed_tail
        if inflater.eof or not (rest or chunk):
            return size


def _strip(pdf: pikepdf.Pdf) -> None:
    if pdf.is_encrypted:
        raise FileRefused("encrypted", "PDF 文件已加密，请上传未加密的扫描件")
    for key in _CATALOGUE_DROPS:
        if key in pdf.Root:
            del pdf.Root[key]
    if "/Info" in pdf.trailer:
        del pdf.trailer["/Info"]
    for page in pdf.pages:
        for key in _PAGE_DROPS:
            if key in page.obj:
                del page.obj[key]
    for thing in pdf.objects:
        dictionary = thing.stream_dict if isinstance(thing, pikepdf.Stream) else thing
        if isinstance(dictionary, pikepdf.Dictionary):
            for key in _ANYWHERE_DROPS:
                if key in dictionary:
                    del dictionary[key]
