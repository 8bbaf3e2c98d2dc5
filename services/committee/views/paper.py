"""The batch's 评审表 (and 申报简表 when asked) as one PDF to print: each applicant's forms with
the departments' opinions and the committee's votes."""

import asyncio
import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import select

from services.committee.domain.batch import Batch
from services.committee.models import committee_case
from services.committee.unit_of_work import CommitteeUnitOfWork
from services.committee.views.detail import DECISIONS, submission
from services.committee.views.lists import stored
from shared.contracts.review import ReviewOpinion
from shared.paper import Opinion, Paper, PaperKind, VoteLine, forms_pdf


async def batch_paper(
    uow: CommitteeUnitOfWork, batch: Batch, kinds: Sequence[PaperKind], *, now: datetime
) -> bytes:
    rows = list(
        await uow.session.execute(
            select(committee_case)
            .where(committee_case.c.batch_id == batch.id)
            .order_by(committee_case.c.handed_off_at, committee_case.c.id)
        )
    )
    papers = [paper for row in rows if (paper := await _paper(uow, row)) is not None]
    return await asyncio.to_thread(forms_pdf, papers, kinds, printed_at=now)


async def case_paper(
    uow: CommitteeUnitOfWork, case_id: uuid.UUID, kinds: Sequence[PaperKind], *, now: datetime
) -> bytes | None:
    """One case's forms to print, with the opinions and any votes; None without forms."""
    paper = await _paper(uow, await stored(uow.session, case_id))
    if paper is None:
        return None
    return await asyncio.to_thread(forms_pdf, [paper], kinds, printed_at=now)


async def _paper(uow: CommitteeUnitOfWork, row: Any) -> Paper | None:
    submitted = submission(row)
    if submitted.forms is None:
        return None
    opinions = [
        Opinion(
            organisation=o.organisation.name,
            decision_label=DECISIONS.get(o.decision, o.decision),
            text=o.text,
            signer=o.signer,
            signed_on=o.signed_at.date(),
        )
        for o in (ReviewOpinion.model_validate(v) for v in row.opinions)
    ]
    return Paper(
        forms=submitted.forms,
        reference=f"{str(row.application_id)[:8].upper()}-{row.submission}",
        opinions=opinions,
        votes=await _votes(uow, row),
    )


async def _votes(uow: CommitteeUnitOfWork, row: Any) -> VoteLine | None:
    if row.meeting_id is None:
        return None
    meeting = await uow.meetings.get(row.meeting_id)
    entries = [e for e in await uow.meetings.entries(row.meeting_id) if e.case_id == row.id]
    if meeting is None or not entries:
        return None
    last = entries[-1]
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
