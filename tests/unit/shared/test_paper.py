"""The paper copy: the 申报简表 and 评审表 rendered to PDF by WeasyPrint with the Noto CJK fonts,
read back with pypdf (every field's text, page count, fonts embedded) and drawn to PNG."""

import io
import re
import subprocess
from datetime import date, datetime
from pathlib import Path

import pypdf
import pypdfium2
import pytest

from shared.paper import Opinion, Paper, PaperKind, VoteLine, forms_pdf
from shared.privacy import mask_id_number
from tests.support.forms import forms_snapshot

SCREENSHOTS = Path(__file__).parents[3] / "docs" / "screenshots"
NOW = datetime(2026, 12, 1, 9, 30)
OPINION = Opinion(
    "杭州市人力资源和社会保障局", "同意", "材料齐全，同意报送", "王芳", date(2026, 11, 2)
)
VOTES = VoteLine("杭州市建设工程专业中评委", date(2026, 11, 20), 11, 9, 7, 1, 1, "通过")


@pytest.fixture(scope="module", autouse=True)
def _chinese_fonts() -> None:
    """The forms print in Noto CJK; without it WeasyPrint falls back to boxes, so say so."""
    families = subprocess.run(
        ["fc-list", ":lang=zh", "family"], capture_output=True, text=True, check=False
    ).stdout
    if "Noto Serif CJK SC" not in families:
        pytest.fail("the Noto CJK fonts are missing: apt-get install fonts-noto-cjk", pytrace=False)


def _paper(name: str = "张三") -> Paper:
    forms = forms_snapshot(name=name)
    summary = forms.summary.model_copy(update={"achievements_summary": "主持杭州地铁某标段施工。"})
    return Paper(
        forms=forms.model_copy(update={"summary": summary}),
        reference="1A2B3C4D-1",
        opinions=[OPINION],
        votes=VOTES,
    )


def _text(pdf: pypdf.PdfReader, page: int) -> str:
    """The page's text with layout spaces removed (CJK text is extracted glyph run by run)."""
    return re.sub(r"\s+", "", pdf.pages[page].extract_text())


@pytest.fixture(scope="module")
def content() -> bytes:
    pdf = forms_pdf([_paper()], [PaperKind.summary, PaperKind.review], printed_at=NOW)
    assert pdf.startswith(b"%PDF-")
    return pdf


@pytest.fixture(scope="module")
def printed(content: bytes) -> pypdf.PdfReader:
    return pypdf.PdfReader(io.BytesIO(content))


def test_each_form_is_a_page_of_its_own(printed: pypdf.PdfReader) -> None:
    assert len(printed.pages) == 2
    assert "浙江省高级专业技术资格评审申报简表" in _text(printed, 0)
    assert "浙江省高级专业技术资格评审表" in _text(printed, 1)
    assert "第1页，共2页" in _text(printed, 0)
    assert "打印时间2026-12-0109:30" in _text(printed, 1)


def test_the_summary_form_shows_every_field(printed: pypdf.PdfReader) -> None:
    text = _text(printed, 0)
    for expected in (
        "姓名张三", "性别男", "出生日期1985年3月", mask_id_number("330106********1234"),
        "工作单位某某建设有限公司", "现从事专业建筑工程施工", "申报资格高级工程师",
        "学历大学本科", "毕业院校浙江大学", "所学专业土木工程", "毕业时间2007年6月",
        "现专业技术资格工程师", "取得时间2015年6月", "从事本专业年限17年",
        "主要业绩主持杭州地铁某标段施工。", "评审系列：工程技术（建设工程）",
        "申报编号：1A2B3C4D-1",
    ):  # fmt: skip
        assert expected in text, expected


def test_the_review_form_shows_the_forms_the_opinions_and_the_votes(
    printed: pypdf.PdfReader,
) -> None:
    text = _text(printed, 1)
    for expected in (
        "姓名张三", "出生日期1985年3月", mask_id_number("330106********1234"),
        "现专业技术资格工程师", "取得时间2015年6月", "申报资格高级工程师",
        "任现职以来专业技术工作总结主持完成多项工程项目。", "单位推荐意见",
        "杭州市人力资源和社会保障局", "同意。材料齐全，同意报送", "签名：王芳2026年11月2日",
        "评审会日期2026年11月20日", "在册委员人数11", "出席人数9", "赞成票7", "反对票1",
        "弃权票1", "评审结果通过", "杭州市建设工程专业中评委",
    ):  # fmt: skip
        assert expected in text, expected


def test_the_chinese_fonts_are_embedded(printed: pypdf.PdfReader) -> None:
    fonts = {}
    for page in printed.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            described = descendants[0].get_object() if descendants else font
            descriptor = described["/FontDescriptor"].get_object()
            fonts[str(font["/BaseFont"])] = any(
                key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")
            )
    assert any("CJK" in name for name in fonts), fonts
    assert all(fonts.values()), f"not embedded: {[n for n, e in fonts.items() if not e]}"


def test_applicant_text_is_printed_as_text_not_markup() -> None:
    content = forms_pdf([_paper(name="<b>李四</b>")], [PaperKind.summary], printed_at=NOW)
    reader = pypdf.PdfReader(io.BytesIO(content))
    assert "<b>李四</b>" in _text(reader, 0)


def test_a_batch_prints_every_applicants_form() -> None:
    papers = [_paper(name=n) for n in ("甲", "乙", "丙")]
    reader = pypdf.PdfReader(io.BytesIO(forms_pdf(papers, [PaperKind.review], printed_at=NOW)))
    assert len(reader.pages) == 3
    assert [re.search(r"姓名(.)", _text(reader, i)).group(1) for i in range(3)] == [
        "甲",
        "乙",
        "丙",
    ]  # type: ignore[union-attr]


def test_the_review_form_draws_as_a_page_to_look_at(content: bytes) -> None:
    """Renders page 2 to PNG (docs/screenshots/paper-review-form.png): a person looks at it."""
    document = pypdfium2.PdfDocument(content)
    width, height = document[1].get_size()
    assert (round(width), round(height)) == (595, 842)  # A4 in points
    image = document[1].render(scale=150 / 72).to_pil().convert("L")
    dark = image.point(lambda value: 255 if value < 128 else 0).histogram()[255]
    assert dark > 0.01 * image.width * image.height, "the page is (nearly) blank"
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    image.save(SCREENSHOTS / "paper-review-form.png")


def test_the_summary_form_draws_as_a_page_to_look_at(content: bytes) -> None:
    """Renders page 1, the 申报简表 (docs/screenshots/paper-summary-form.png): a person looks at
    it; its title and the applicant's name are on it, as the text layer says."""
    document = pypdfium2.PdfDocument(content)
    width, height = document[0].get_size()
    assert (round(width), round(height)) == (595, 842)
    text = re.sub(r"\s+", "", document[0].get_textpage().get_text_range())
    assert "浙江省高级专业技术资格评审申报简表" in text
    assert "姓名张三" in text
    image = document[0].render(scale=150 / 72).to_pil().convert("L")
    dark = image.point(lambda value: 255 if value < 128 else 0).histogram()[255]
    assert dark > 0.01 * image.width * image.height, "the page is (nearly) blank"
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    image.save(SCREENSHOTS / "paper-summary-form.png")
