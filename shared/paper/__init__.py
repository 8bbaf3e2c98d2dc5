"""The paper that travels beside every application: the 申报简表 and the 评审表 as printable PDFs
(A4, Chinese fonts embedded), from the forms as submitted.

HTML from Jinja2 templates (autoescaped: applicant text is text), laid out by WeasyPrint with the
Noto CJK fonts (Debian's fonts-noto-cjk). Rendering is CPU work: call it off the event loop."""

from shared.paper.forms import Opinion, Paper, PaperKind, VoteLine, forms_pdf, printed_opinion

PDF = "application/pdf"

__all__ = ["PDF", "Opinion", "Paper", "PaperKind", "VoteLine", "forms_pdf", "printed_opinion"]
