"""Committee cases, saved with optimistic concurrency, and their append-only events."""

import uuid
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from services.committee.domain.case import CommitteeCase, Origin, Stage, Status, Unit
from services.committee.models import case_event, committee_case
from shared.contracts import StageRef
from shared.db.statements import affected


class CaseRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def add(self, row: dict[str, Any]) -> None:
        await self._session.execute(insert(committee_case).values(**row))

    async def exists(self, case_id: uuid.UUID) -> bool:
        query = select(committee_case.c.id).where(committee_case.c.id == case_id)
        return (await self._session.execute(query)).first() is not None

    async def get(self, case_id: uuid.UUID) -> CommitteeCase | None:
        row = (
            await self._session.execute(
                select(committee_case).where(committee_case.c.id == case_id)
            )
        ).first()
        return _case(row) if row else None

    async def row(self, case_id: uuid.UUID) -> Any:
        """Everything stored of the case (for announcements and screens)."""
        query = select(committee_case).where(committee_case.c.id == case_id)
        return (await self._session.execute(query)).one()

    async def origin(self, case_id: uuid.UUID) -> Origin:
        """Whose the case is, who sent it up and to which office (for its announcements)."""
        query = select(committee_case).where(committee_case.c.id == case_id)
        row = (await self._session.execute(query)).one()
        stage = StageRef.model_validate(row.office_stage)
        return Origin(
            applicant_name=row.applicant_name,
            office=Unit(row.office_code, row.office_name, row.office_email),
            sent_by=Unit(row.sent_by_code, row.sent_by_name, row.sent_by_email),
            office_stage=Stage(
                stage.position,
                stage.stage_count,
                stage.role,
                Unit(stage.organisation.code, stage.organisation.name, stage.organisation.email),
            ),
            correlation_id=row.correlation_id,
        )

    async def names(self, case_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, str]:
        """Each case's applicant's name."""
        ids = list(case_ids)
        query = select(committee_case.c.id, committee_case.c.applicant_name).where(
            committee_case.c.id.in_(ids)
        )
        return {case_id: name for case_id, name in await self._session.execute(query)}

    async def of_office(self, office_code: str, *statuses: Status) -> list[CommitteeCase]:
        query = select(committee_case).where(committee_case.c.office_code == office_code)
        if statuses:
            query = query.where(committee_case.c.status.in_([s.value for s in statuses]))
        rows = await self._session.execute(query.order_by(committee_case.c.handed_off_at))
        return [_case(row) for row in rows]

    async def in_meeting(self, meeting_id: uuid.UUID) -> list[CommitteeCase]:
        query = select(committee_case).where(committee_case.c.meeting_id == meeting_id)
        return [_case(row) for row in await self._session.execute(query)]

    async def in_batch(self, batch_id: uuid.UUID) -> list[CommitteeCase]:
        query = select(committee_case).where(committee_case.c.batch_id == batch_id)
        return [_case(row) for row in await self._session.execute(query)]

    async def save(self, case: CommitteeCase, *, expected_version: int) -> bool:
        """Writes the case unless someone changed it since `expected_version`."""
        result = await self._session.execute(
            update(committee_case)
            .where(committee_case.c.id == case.id, committee_case.c.version == expected_version)
            .values(
                status=case.status,
                senior_committee=case.senior_committee,
                meeting_id=case.meeting_id,
                batch_id=case.batch_id,
                sequence=case.sequence,
                version=case.version,
                updated_at=case.updated_at,
            )
        )
        return bool(affected(result))

    async def record(
        self,
        case: CommitteeCase,
        action: str,
        *,
        at: datetime,
        organisation_code: str | None = None,
        actor: uuid.UUID | None = None,
        text: str | None = None,
    ) -> None:
        await self._session.execute(
            insert(case_event).values(
                case_id=case.id,
                version=case.version,
                action=action,
                organisation_code=organisation_code,
                actor_account_id=actor,
                text=text,
                at=at,
            )
        )

    async def events(self, case_id: uuid.UUID) -> Sequence[Any]:
        query = (
            select(case_event).where(case_event.c.case_id == case_id).order_by(case_event.c.version)
        )
        return (await self._session.execute(query)).all()


def _case(row: Any) -> CommitteeCase:
    return CommitteeCase(
        id=row.id,
        application_id=row.application_id,
        submission=row.submission,
        office_code=row.office_code,
        status=Status(row.status),
        senior_committee=row.senior_committee,
        meeting_id=row.meeting_id,
        batch_id=row.batch_id,
        sequence=row.sequence,
        version=row.version,
        updated_at=row.updated_at,
    )
