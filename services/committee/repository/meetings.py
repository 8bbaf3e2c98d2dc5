"""Meetings and their vote entries (never updated: the newest entry per case counts)."""

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from services.committee.domain.meeting import Meeting
from services.committee.domain.votes import Tally
from services.committee.models import committee_case, meeting, vote_entry
from shared.db.statements import affected


class MeetingRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def add(self, new: Meeting, now: datetime) -> None:
        await self._session.execute(
            insert(meeting).values(
                id=new.id,
                office_code=new.office_code,
                held_on=new.held_on,
                members_seated=new.members_seated,
                created_at=now,
            )
        )

    async def get(self, meeting_id: uuid.UUID) -> Meeting | None:
        row = (
            await self._session.execute(select(meeting).where(meeting.c.id == meeting_id))
        ).first()
        if row is None:
            return None
        cases = await self._session.execute(
            select(committee_case.c.id)
            .where(committee_case.c.meeting_id == meeting_id)
            .order_by(committee_case.c.handed_off_at)
        )
        return Meeting(
            row.id,
            row.office_code,
            row.held_on,
            row.members_seated,
            tuple(cases.scalars()),
            row.confirmed_at,
        )

    async def of_office(self, office_code: str) -> list[Any]:
        query = (
            select(meeting)
            .where(meeting.c.office_code == office_code)
            .order_by(meeting.c.held_on.desc())
        )
        return list(await self._session.execute(query))

    async def confirm(self, meeting_id: uuid.UUID, now: datetime) -> bool:
        """Locks the votes; False if they already were (a concurrent confirmation won)."""
        result = await self._session.execute(
            update(meeting)
            .where(meeting.c.id == meeting_id, meeting.c.confirmed_at.is_(None))
            .values(confirmed_at=now)
        )
        return bool(affected(result))

    async def add_vote(
        self,
        meeting_id: uuid.UUID,
        case_id: uuid.UUID,
        tally: Tally,
        *,
        passed: bool,
        reason: str | None,
        by: uuid.UUID,
        now: datetime,
    ) -> None:
        last = await self._session.scalar(
            select(func.max(vote_entry.c.entry_no)).where(vote_entry.c.case_id == case_id)
        )
        await self._session.execute(
            insert(vote_entry).values(
                meeting_id=meeting_id,
                case_id=case_id,
                entry_no=(last or 0) + 1,
                present=tally.present,
                in_favour=tally.in_favour,
                against=tally.against,
                abstain=tally.abstain,
                passed=int(passed),
                correction_reason=reason,
                recorded_by=by,
                recorded_at=now,
            )
        )

    async def tallies(self, meeting_id: uuid.UUID) -> dict[uuid.UUID, Tally]:
        """The newest entry of each case of the meeting (entries come oldest first)."""
        return {
            row.case_id: Tally(row.present, row.in_favour, row.against, row.abstain)
            for row in await self.entries(meeting_id)
        }

    async def entries(self, meeting_id: uuid.UUID) -> list[Any]:
        """Every entry of the meeting, oldest first (corrections included)."""
        query = (
            select(vote_entry)
            .where(vote_entry.c.meeting_id == meeting_id)
            .order_by(vote_entry.c.case_id, vote_entry.c.entry_no)
        )
        return list(await self._session.execute(query))
