"""花名册 of a batch and 得票情况 of a meeting, as Excel workbooks (XlsxWriter)."""

import io
from collections.abc import Sequence
from typing import Any

import xlsxwriter

from services.committee.domain.meeting import Meeting
from services.committee.unit_of_work import CommitteeUnitOfWork
from services.committee.views.detail import batch_detail, case_votes, meeting_detail

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
GENDER_LABELS = {"male": "男", "female": "女"}
ROSTER_COLUMNS = [
    "序号",
    "姓名",
    "性别",
    "工作单位",
    "现从事专业",
    "现专业技术资格",
    "申报资格",
    "出席",
    "赞成",
    "反对",
    "弃权",
]
VOTE_COLUMNS = [
    "序号",
    "姓名",
    "性别",
    "工作单位",
    "现从事专业",
    "出席",
    "赞成",
    "反对",
    "弃权",
    "结果",
    "更正理由",
]


def workbook(title: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> bytes:
    """One sheet: a title line, the header, the rows."""
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})
    sheet = book.add_worksheet("Sheet1")
    bold = book.add_format({"bold": True})
    sheet.write(0, 0, title, book.add_format({"bold": True, "font_size": 14}))
    for col, name in enumerate(columns):
        sheet.write(2, col, name, bold)
        sheet.set_column(col, col, 6 if name == "序号" else 16)
    for r, values in enumerate(rows, start=3):
        for col, value in enumerate(values):
            sheet.write(r, col, value)
    book.close()
    return buffer.getvalue()


def roster_row(number: int, case: Any, votes: dict[str, Any] | None) -> list[Any]:
    tally = (
        [votes[k] for k in ("present", "in_favour", "against", "abstain")]
        if votes
        else ["", "", "", ""]
    )
    return [
        number,
        case["applicant_name"],
        GENDER_LABELS.get(case["gender"] or "", ""),
        case["employer_name"],
        case["current_profession"] or "",
        case["current_title"] or "",
        case["applied_title"] or "",
        *tally,
    ]


def vote_row(number: int, case: Any, votes: dict[str, Any] | None) -> list[Any]:
    if votes is None:
        return [
            number,
            case["applicant_name"],
            "",
            case["employer_name"],
            "",
            "",
            "",
            "",
            "",
            "未录入",
            "",
        ]
    return [
        number,
        case["applicant_name"],
        GENDER_LABELS.get(case["gender"] or "", ""),
        case["employer_name"],
        case["current_profession"] or "",
        votes["present"],
        votes["in_favour"],
        votes["against"],
        votes["abstain"],
        "通过" if votes["passed"] else "未通过",
        votes["correction_reason"] or "",
    ]


async def batch_roster(uow: CommitteeUnitOfWork, batch: Any) -> bytes:
    """The batch's 花名册, with each applicant's confirmed votes."""
    detail = await batch_detail(uow, batch)
    rows = []
    for number, case in enumerate(detail["cases"], start=1):
        votes = await case_votes(uow.meetings, case["meeting_id"], case["case_id"])
        rows.append(roster_row(number, case, votes[-1] if votes else None))
    title = f"网上送审花名册（{batch.sent_at:%Y-%m-%d}，共 {batch.case_count} 人）"
    return workbook(title, ROSTER_COLUMNS, rows)


async def meeting_votes(uow: CommitteeUnitOfWork, meeting: Meeting) -> bytes:
    """The meeting's 得票情况: the votes that count, with any correction's reason."""
    detail = await meeting_detail(uow, meeting.id)
    rows = [vote_row(n, case, case["votes"]) for n, case in enumerate(detail["cases"], start=1)]
    title = (
        f"中评委评审会得票情况（{meeting.held_on:%Y-%m-%d}，到会委员 {meeting.members_seated} 人）"
    )
    return workbook(title, VOTE_COLUMNS, rows)
