"""A department's list as an Excel workbook (its 汇总, with the screen's filters applied), and
the paper of one of its cases (申报简表 and 评审表) as a PDF."""

import asyncio
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from services.review.domain.case import Case
from services.review.unit_of_work import ReviewUnitOfWork
from services.review.views.case_schemas import CaseListItem
from services.review.views.labels import LIST_LABELS, CaseList
from services.review.views.lists import Filters, case_list
from shared.paper import Paper, PaperKind, forms_pdf, printed_opinion
from shared.spreadsheets import Cell, Column, Kind, workbook

EXPORT_LIMIT = 5000  # more than a department's season; the export says when it is cut
T, N, D = Kind.text, Kind.number, Kind.date
LIST_COLUMNS = [
    Column("序号", N, 6), Column("姓名", T, 10), Column("身份证号码", T, 21),
    Column("工作单位", T, 28), Column("现从事专业", T, 16), Column("来自", T, 12),
    Column("状态", T, 18), Column("到达时间", D, 12), Column("处理时间", D, 12),
    Column("处理结果", T, 12), Column("纸质材料已核对", T, 10),
]  # fmt: skip


def _filter_text(filters: Filters) -> str:
    parts = [
        f"{label}：{value}"
        for label, value in (
            ("姓名", filters.applicant_name),
            ("现从事专业", filters.current_profession),
            ("单位", filters.employer),
            ("起始", f"{filters.date_from:%Y-%m-%d}" if filters.date_from else None),
            ("截止", f"{filters.date_to:%Y-%m-%d}" if filters.date_to else None),
        )
        if value
    ]
    return "；".join(parts) or "无"


async def list_workbook(
    session: AsyncSession,
    organisation: tuple[str, str],
    which: CaseList,
    filters: Filters,
    *,
    sort: str,
    now: datetime,
) -> bytes:
    """Every case of the list that the filters keep (up to EXPORT_LIMIT), in the screen's order."""
    code, name = organisation
    total, items = await case_list(
        session, code, which, filters, sort=sort, limit=EXPORT_LIMIT, offset=0, now=now
    )
    menu, label = LIST_LABELS[which]
    cut = f"，仅导出前 {EXPORT_LIMIT} 条" if total > EXPORT_LIMIT else ""
    title = (
        f"{name}　{menu}／{label}（筛选条件：{_filter_text(filters)}；"
        f"共 {total} 条{cut}；导出时间 {now:%Y-%m-%d %H:%M}）"
    )
    rows = [_row(n, i) for n, i in enumerate(items, start=1)]
    return workbook(label, title, LIST_COLUMNS, rows)


def _row(number: int, i: CaseListItem) -> list[Cell]:
    return [
        number,
        i.applicant_name,
        i.id_number_masked,
        i.employer_name,
        i.current_profession,
        i.source_label,
        i.status_label,
        i.arrived_at,
        i.left_at,
        i.outcome_label,
        "是" if i.paper_checked else "否",
    ]


async def case_paper(
    uow: ReviewUnitOfWork, case: Case, kinds: list[PaperKind], *, now: datetime
) -> bytes | None:
    """The case's forms as printed (None when the submission carried no forms)."""
    submitted = await uow.cases.submitted(case.id)
    if submitted.forms is None:
        return None
    opinions = [printed_opinion(o) for o in await uow.cases.opinions(case)]
    paper = Paper(
        forms=submitted.forms,
        reference=f"{str(submitted.application_id)[:8].upper()}-{submitted.submission}",
        opinions=opinions,
    )
    return await asyncio.to_thread(forms_pdf, [paper], kinds, printed_at=now)
