"""Meetings and their vote entries (never updated: the newest entry per case counts)."""

import uuid
from datetime import datetime

from sqlalchemy import ColumnElement, func, insert, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from services.committee.domain.meeting import Meeting, RecordedVote
from services.committee.domain.votes import Seats, Tally
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
                members_enrolled=new.seats.enrolled,
                members_attending=new.seats.attending,
                created_at=now,
            )
        )

    async def get(self, meeting_id: uuid.UUID) -> Meeting | None:
        found = await self._meetings(meeting.c.id == meeting_id)
        return found[0] if found else None

    async def of_office(self, office_code: str) -> list[Meeting]:
        """The office's meetings, newest first."""
        return await self._meetings(meeting.c.office_code == office_code)

    async def _meetings(self, where: ColumnElement[bool]) -> list[Meeting]:
        rows = list(
            await self._session.execute(
                select(meeting).where(where).order_by(meeting.c.held_on.desc(), meeting.c.id)
            )
        )
        cases: dict[uuid.UUID, list[uuid.UUID]] = {row.id: [] for row in rows}
        if rows:
            found = await self._session.execute(
                select(committee_case.c.meeting_id, committee_case.c.id)
                .where(committee_case.c.meeting_id.in_(list(cases)))
                .order_by(committee_case.c.handed_off_at, committee_case.c.id)
            )
            for meeting_id, case_id in found:
                cases[meeting_id].append(case_id)
        return [
            Meeting(
                row.id,
                row.office_code,
                row.held_on,
                Seats(row.members_enrolled, row.members_attending),
                tuple(cases[row.id]),
                row.confirmed_at,
            )
            for row in rows
        ]

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

    async def entries(self, meeting_id: uuid.UUID) -> list[RecordedVote]:
        """Every entry of the meeting, oldest first (corrections included)."""
        query = (
            select(vote_entry)
            .where(vote_entry.c.meeting_id == meeting_id)
            .order_by(vote_entry.c.case_id, vote_entry.c.entry_no)
        )
        return [
            RecordedVote(
                case_id=row.case_id,
                entry_no=row.entry_no,
                present=row.present,
                in_favour=row.in_favour,
                against=row.against,
                abstain=row.abstain,
                passed=bool(row.passed),
                correction_reason=row.correction_reason,
                recorded_at=row.recorded_at,
            )
            for row in await self._session.execute(query)
        ]
