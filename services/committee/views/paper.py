"""The batch's 评审表 (and 申报简表 when asked) as one PDF to print: each applicant's forms with
the departments' opinions and the committee's votes."""

import asyncio
import uuid
from collections.abc import Sequence
from datetime import datetime

from services.committee.domain.batch import Batch
from services.committee.domain.meeting import Meeting, RecordedVote
from services.committee.repository.case_records import CaseRecord, batch_records
from services.committee.unit_of_work import CommitteeUnitOfWork
from services.committee.views.detail import submission
from services.committee.views.lists import stored
from shared.contracts.review import ReviewOpinion
from shared.paper import Paper, PaperKind, VoteLine, forms_pdf, printed_opinion


async def batch_paper(
    uow: CommitteeUnitOfWork, batch: Batch, kinds: Sequence[PaperKind], *, now: datetime
) -> bytes:
    rows = await batch_records(uow.session, batch.id)
    votes = _Votes(uow)  # each meeting read once, however many of its applicants are printed
    papers = [paper for row in rows if (paper := await _paper(row, votes)) is not None]
    return await asyncio.to_thread(forms_pdf, papers, kinds, printed_at=now)


async def case_paper(
    uow: CommitteeUnitOfWork, case_id: uuid.UUID, kinds: Sequence[PaperKind], *, now: datetime
) -> bytes | None:
    """One case's forms to print, with the opinions and any votes; None without forms."""
    paper = await _paper(await stored(uow.session, case_id), _Votes(uow))
    if paper is None:
        return None
    return await asyncio.to_thread(forms_pdf, [paper], kinds, printed_at=now)


async def _paper(row: CaseRecord, votes: "_Votes") -> Paper | None:
    submitted = submission(row)
    if submitted.forms is None:
        return None
    opinions = [printed_opinion(ReviewOpinion.model_validate(v)) for v in row.opinions]
    return Paper(
        forms=submitted.forms,
        reference=f"{str(row.application_id)[:8].upper()}-{row.submission}",
        opinions=opinions,
        votes=await votes.of(row),
    )


class _Votes:
    """The vote line of each printed applicant: the meeting and the entry that counts."""

    def __init__(self, uow: CommitteeUnitOfWork) -> None:
        self._uow = uow
        self._read: dict[uuid.UUID, tuple[Meeting | None, dict[uuid.UUID, RecordedVote]]] = {}

    async def _meeting(
        self, meeting_id: uuid.UUID
    ) -> tuple[Meeting | None, dict[uuid.UUID, RecordedVote]]:
        if meeting_id not in self._read:
            meeting = await self._uow.meetings.get(meeting_id)
            # entries come oldest first: each case's newest one stays
            latest = {e.case_id: e for e in await self._uow.meetings.entries(meeting_id)}
            self._read[meeting_id] = (meeting, latest)
        return self._read[meeting_id]

    async def of(self, row: CaseRecord) -> VoteLine | None:
        if row.meeting_id is None:
            return None
        meeting, latest = await self._meeting(row.meeting_id)
        last = latest.get(row.id)
        if meeting is None or last is None:
            return None
        return VoteLine(
            committee=row.office_name,
            held_on=meeting.held_on,
            members_enrolled=meeting.seats.enrolled,
            present=last.present,
            in_favour=last.in_favour,
            against=last.against,
            abstain=last.abstain,
            result_label="通过" if last.passed else "未通过",
        )
