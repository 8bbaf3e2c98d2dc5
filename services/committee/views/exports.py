"""花名册 of a batch and 得票情况 of a meeting, as Excel workbooks ready to print."""

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from services.committee.domain.batch import Batch
from services.committee.domain.meeting import Meeting, RecordedVote
from services.committee.domain.senior_committees import SeniorCommittees
from services.committee.models import committee_case
from services.committee.repository.case_records import CaseRecord, batch_records, case_records
from services.committee.unit_of_work import CommitteeUnitOfWork
from services.committee.views.detail import submission
from services.committee.views.lists import GENDER_LABELS
from shared.contracts.forms import RosterRow
from shared.privacy import mask_id_number
from shared.spreadsheets import XLSX, Cell, Column, Kind, workbook

__all__ = ["XLSX", "batch_roster", "meeting_votes"]

T, N, D = Kind.text, Kind.number, Kind.date
ROSTER_COLUMNS = [
    Column("序号", N, 6), Column("姓名", T, 10), Column("性别", T, 6), Column("出生日期", D, 12),
    Column("身份证号码", T, 21), Column("工作单位", T, 26), Column("推荐单位", T, 24),
    Column("学历", T, 10), Column("评审系列", T, 18), Column("现从事专业", T, 16),
    Column("现专业技术资格", T, 14), Column("取得时间", D, 12), Column("从事本专业年限", N, 10),
    Column("申报资格", T, 14), Column("评审会日期", D, 12), Column("出席人数", N, 8),
    Column("赞成票", N, 8), Column("反对票", N, 8), Column("弃权票", N, 8), Column("备注", T, 24),
]  # fmt: skip
VOTE_COLUMNS = [
    Column("序号", N, 6), Column("姓名", T, 10), Column("性别", T, 6),
    Column("身份证号码", T, 21), Column("工作单位", T, 26), Column("推荐单位", T, 24),
    Column("评审系列", T, 18), Column("现从事专业", T, 16), Column("申报资格", T, 14),
    Column("出席人数", N, 8), Column("赞成票", N, 8), Column("反对票", N, 8),
    Column("弃权票", N, 8), Column("结果", T, 8), Column("更正理由", T, 24),
    Column("更正前得票", T, 30),
]  # fmt: skip


@dataclass(frozen=True)
class _FromRecord:
    """The 花名册 fields the case record alone has: the name, the unit and the number."""

    name: str
    employer: str
    id_number: str
    gender: None = None
    birth_date: None = None
    education: None = None
    series: None = None
    current_profession: None = None
    current_title: None = None
    current_title_obtained_on: None = None
    profession_years: None = None
    applied_title: None = None
    remark: None = None


def _roster_form(row: CaseRecord) -> RosterRow | _FromRecord:
    """The applicant's 花名册 form as submitted. A submission announced without forms (intake
    always sends them now) keeps the case record's name, unit and number, the rest empty."""
    forms = submission(row).forms
    if forms is not None:
        return forms.roster
    return _FromRecord(row.applicant_name, row.employer_name, row.id_number_masked)


def _tally(entry: RecordedVote | None) -> list[Cell]:
    if entry is None:
        return [None, None, None, None]
    return [entry.present, entry.in_favour, entry.against, entry.abstain]


def roster_row(
    number: int, row: CaseRecord, held_on: date | None, entry: RecordedVote | None
) -> list[Cell]:
    """One applicant as their 花名册 form has them (every field of it, the ID number masked),
    with the unit that recommended them, the meeting's date and the votes that count."""
    form = _roster_form(row)
    return [
        number,
        form.name,
        GENDER_LABELS.get(form.gender or "", ""),
        form.birth_date,
        mask_id_number(form.id_number),
        form.employer,
        row.sent_by_name,
        form.education,
        form.series,
        form.current_profession,
        form.current_title,
        form.current_title_obtained_on,
        form.profession_years,
        form.applied_title,
        held_on,
        *_tally(entry),
        form.remark or None,
    ]


def vote_row(number: int, row: CaseRecord, entries: list[RecordedVote]) -> list[Cell]:
    """One applicant's vote, named as their 花名册 form names them: the entry that counts, and
    what a correction replaced."""
    form = _roster_form(row)
    latest = entries[-1] if entries else None
    result = "未录入" if latest is None else "通过" if latest.passed else "未通过"
    earlier = "；".join(
        f"第{e.entry_no}次：出席{e.present} 赞成{e.in_favour} 反对{e.against} 弃权{e.abstain}"
        for e in entries[:-1]
        if latest is not None and latest.correction_reason
    )
    return [
        number,
        form.name,
        GENDER_LABELS.get(form.gender or "", ""),
        mask_id_number(form.id_number),
        form.employer,
        row.sent_by_name,
        form.series,
        form.current_profession,
        form.applied_title,
        *_tally(latest),
        result,
        latest.correction_reason if latest else None,
        earlier or None,
    ]


async def _entries_by_case(
    uow: CommitteeUnitOfWork, meeting_ids: set[uuid.UUID]
) -> dict[uuid.UUID, list[RecordedVote]]:
    entries: dict[uuid.UUID, list[RecordedVote]] = defaultdict(list)
    for meeting_id in meeting_ids:
        for entry in await uow.meetings.entries(meeting_id):
            entries[entry.case_id].append(entry)
    return entries


async def batch_roster(
    uow: CommitteeUnitOfWork, batch: Batch, committees: SeniorCommittees
) -> bytes:
    """The batch's 花名册: every column of the roster form, the votes that count."""
    rows = await batch_records(uow.session, batch.id)
    meeting_ids = {r.meeting_id for r in rows if r.meeting_id}
    meetings = {m: await uow.meetings.get(m) for m in meeting_ids}
    entries = await _entries_by_case(uow, meeting_ids)
    lines = []
    for number, row in enumerate(rows, start=1):
        meeting = meetings.get(row.meeting_id) if row.meeting_id else None
        own = entries.get(row.id)
        held_on = meeting.held_on if meeting else None
        lines.append(roster_row(number, row, held_on, own[-1] if own else None))
    committee = committees.get(batch.senior_committee)
    office = rows[0].office_name if rows else batch.office_code
    dates = "、".join(sorted(f"{m.held_on:%Y-%m-%d}" for m in meetings.values() if m))
    title = (
        f"{office}网上送审花名册（推荐至{committee.name if committee else batch.senior_committee}，"
        f"评审会日期 {dates or '—'}，送审日期 {batch.sent_at:%Y-%m-%d}，共 {batch.case_count} 人）"
    )
    return workbook("花名册", title, ROSTER_COLUMNS, lines)


async def meeting_votes(uow: CommitteeUnitOfWork, meeting: Meeting) -> bytes:
    """The meeting's 得票情况: the votes that count, any correction's reason and old figures."""
    rows = await case_records(
        uow.session,
        select(committee_case)
        .where(committee_case.c.meeting_id == meeting.id)
        .order_by(committee_case.c.handed_off_at, committee_case.c.id),
    )
    entries = await _entries_by_case(uow, {meeting.id})
    lines = [vote_row(n, row, entries.get(row.id, [])) for n, row in enumerate(rows, start=1)]
    office = rows[0].office_name if rows else meeting.office_code
    title = (
        f"{office}中评委评审会得票情况（评审会日期 {meeting.held_on:%Y-%m-%d}，"
        f"在册委员 {meeting.seats.enrolled} 人，到会委员 {meeting.seats.attending} 人）"
    )
    return workbook("得票情况", title, VOTE_COLUMNS, lines)
