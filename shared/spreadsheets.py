"""Lists as Excel workbooks ready to print: a title line, a frozen header row with filters, the
header repeated on every printed page, A4 landscape fitted to the page width.

Every text is written as a string, never as a formula or a link: an applicant's `=HYPERLINK(…)`,
`+1`, `-1` or `@x` stays the text it is (no formula injection)."""

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from typing import Any

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
A4 = 9  # Excel's paper code
_TITLE_ROW, _HEADER_ROW = 0, 2
Cell = str | int | date | None


class Kind(Enum):
    text = "text"
    number = "number"
    date = "date"


@dataclass(frozen=True)
class Column:
    name: str
    kind: Kind = Kind.text
    width: float = 16


def workbook(
    sheet_name: str, title: str, columns: Sequence[Column], rows: Sequence[Sequence[Cell]]
) -> bytes:
    """One sheet: the title, the header, the rows; cells typed by their column."""
    import xlsxwriter  # loaded by the first export, not by every start of the services exporting

    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(
        buffer,
        {
            "in_memory": True,
            "strings_to_formulas": False,
            "strings_to_urls": False,
            "strings_to_numbers": False,
        },
    )
    sheet = book.add_worksheet(sheet_name)
    formats = {
        "title": book.add_format({"bold": True, "font_size": 14}),
        "header": book.add_format(
            {
                "bold": True,
                "border": 1,
                "bg_color": "#EEF1F6",
                "text_wrap": True,
                "valign": "vcenter",
            }
        ),
        Kind.text: book.add_format({"border": 1, "text_wrap": True, "valign": "top"}),
        Kind.number: book.add_format({"border": 1, "valign": "top"}),
        Kind.date: book.add_format({"border": 1, "valign": "top", "num_format": "yyyy-mm-dd"}),
    }
    sheet.write_string(_TITLE_ROW, 0, title, formats["title"])
    for col, column in enumerate(columns):
        sheet.write_string(_HEADER_ROW, col, column.name, formats["header"])
        sheet.set_column(col, col, column.width)
    for r, values in enumerate(rows, start=_HEADER_ROW + 1):
        for col, (column, value) in enumerate(zip(columns, values, strict=True)):
            _write(sheet, r, col, column.kind, value, formats[column.kind])
    last_row = _HEADER_ROW + max(len(rows), 1)
    sheet.freeze_panes(_HEADER_ROW + 1, 0)
    sheet.autofilter(_HEADER_ROW, 0, last_row, len(columns) - 1)
    sheet.repeat_rows(_HEADER_ROW)
    sheet.set_landscape()
    sheet.set_paper(A4)
    sheet.fit_to_pages(1, 0)
    sheet.set_margins(left=0.4, right=0.4, top=0.6, bottom=0.6)
    sheet.set_footer("&C第 &P 页，共 &N 页")
    book.close()
    return buffer.getvalue()


def _write(writer: Any, row: int, col: int, kind: Kind, value: Cell, fmt: Any) -> None:
    """xlsxwriter has no type hints: `writer` is its Worksheet, `fmt` its Format."""
    if value is None or value == "":
        writer.write_blank(row, col, None, fmt)
    elif kind is Kind.date and isinstance(value, date):
        moment = (
            value if isinstance(value, datetime) else datetime(value.year, value.month, value.day)
        )
        writer.write_datetime(row, col, moment.replace(tzinfo=None), fmt)
    elif kind is Kind.number and isinstance(value, int):
        writer.write_number(row, col, value, fmt)
    else:
        writer.write_string(row, col, str(value), fmt)
