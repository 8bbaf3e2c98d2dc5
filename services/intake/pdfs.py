"""pikepdf (qpdf) at the edge: every PDF scan is parsed and written anew, so what is stored is a
plain document of pages. What does not parse is refused; actions (OpenAction, AA, JavaScript,
Launch …), annotations, forms, embedded files, metadata (Info, XMP) and everything after the last
object (where a ZIP or HTML polyglot keeps its second self) are not written; every stream is
compressed again, so no uploaded byte sequence reaches the stored copy as it came."""

import io

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


def rewrite_pdf(content: bytes, rules: ScanRules) -> bytes:
    """The PDF as a new file of its pages only, or FileRefused (damaged, encrypted, too long)."""
    try:
        with pikepdf.open(io.BytesIO(content)) as pdf:
            check_pdf_pages(len(pdf.pages), rules)
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
