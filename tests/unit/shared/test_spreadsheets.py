"""Every user text goes into a workbook as a string: whatever it starts with (= + - @, the
characters a spreadsheet reads as the start of a formula), it is never a formula cell."""

import io

import openpyxl
import pytest

from shared.spreadsheets import Column, Kind, workbook

INJECTIONS = [
    '=HYPERLINK("http://evil.example","点击")',
    "+1+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "+8613812345678",
    "-",
]


@pytest.mark.parametrize("text", INJECTIONS)
def test_a_text_that_looks_like_a_formula_stays_a_string(text: str) -> None:
    columns = [Column("姓名"), Column("工作单位"), Column("得票", Kind.number)]
    data = workbook("名单", "标题", columns, [["张三", text, text]])
    sheet = openpyxl.load_workbook(io.BytesIO(data))["名单"]
    cells = [c for row in sheet.iter_rows(min_row=3) for c in row if c.value == text]
    assert len(cells) == 2, "the text is kept as it was, in a text and in a number column"
    assert all(c.data_type == "s" for c in cells), [c.data_type for c in cells]
