"""A committee case as stored, column for column: what the lists, pages, exports and paper
show of it (the aggregate, domain/case.CommitteeCase, keeps only what the rules need)."""

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from services.committee.models import committee_case
from shared.db.statements import SelectRows
from shared.json_object import JsonObject


@dataclass(frozen=True)
class CaseRecord:
    id: uuid.UUID  # the review case it was handed off as
    application_id: uuid.UUID
    submission: int
    office_code: str
    office_name: str
    office_email: str | None
    office_stage: JsonObject  # a StageRef
    sent_by_code: str
    sent_by_name: str
    sent_by_email: str | None
    applicant_name: str
    id_number_masked: str
    gender: str | None
    employer_name: str
    current_profession: str | None
    current_title: str | None
    applied_title: str | None
    submitted: JsonObject  # an ApplicationSubmitted
    opinions: list[JsonObject]  # ReviewOpinion each
    status: str
    senior_committee: str | None
    meeting_id: uuid.UUID | None
    batch_id: uuid.UUID | None
    sequence: int
    version: int
    correlation_id: uuid.UUID
    handed_off_at: datetime
    updated_at: datetime


async def case_records(session: AsyncSession, query: SelectRows) -> list[CaseRecord]:
    """The cases `query` selects (every column of committee_case), in its order."""
    return [CaseRecord(**row) for row in (await session.execute(query)).mappings()]


async def batch_records(session: AsyncSession, batch_id: uuid.UUID) -> list[CaseRecord]:
    """A batch's cases in the order they were handed off: for its page, roster and paper."""
    return await case_records(
        session,
        select(committee_case)
        .where(committee_case.c.batch_id == batch_id)
        .order_by(committee_case.c.handed_off_at, committee_case.c.id),
    )
