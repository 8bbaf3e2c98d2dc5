"""Committee cases, saved with optimistic concurrency, and their append-only events."""

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import RowMapping, insert, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from services.committee.domain.case import CommitteeCase, Origin, Stage, Status, Unit
from services.committee.models import case_event, committee_case
from shared.contracts import CaseHandedOff, StageRef
from shared.db.statements import affected


@dataclass(frozen=True)
class HistoryEntry:
    at: datetime
    action: str  # a HistoryAction's value (older entries may carry one no longer made)
    organisation_code: str | None
    text: str | None


class CaseRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def take(self, event: CaseHandedOff, *, sequence: int, correlation_id: uuid.UUID) -> None:
        """Opens the case review handed off, waiting to be received (待接收材料)."""
        application = event.application
        roster = application.forms.roster if application.forms else None
        await self._session.execute(
            insert(committee_case).values(
                id=event.case_id,
                application_id=event.application_id,
                submission=event.submission,
                office_code=event.office.code,
                office_name=event.office.name,
                office_email=event.office.email,
                office_stage=event.stage.model_dump(mode="json"),
                sent_by_code=event.sent_by.code,
                sent_by_name=event.sent_by.name,
                sent_by_email=event.sent_by.email,
                applicant_name=application.applicant.name,
                id_number_masked=application.applicant.id_number_masked,
                gender=roster.gender.value if roster else None,
                employer_name=application.employer.name,
                current_profession=roster.current_profession if roster else None,
                current_title=roster.current_title if roster else None,
                applied_title=roster.applied_title if roster else None,
                submitted=application.model_dump(mode="json"),
                opinions=[o.model_dump(mode="json") for o in event.opinions],
                status=Status.pending_receipt,
                sequence=sequence,
                version=1,
                correlation_id=correlation_id,
                handed_off_at=event.handed_off_at,
                updated_at=event.handed_off_at,
            )
        )

    async def exists(self, case_id: uuid.UUID) -> bool:
        query = select(committee_case.c.id).where(committee_case.c.id == case_id)
        return (await self._session.execute(query)).first() is not None

    async def get(self, case_id: uuid.UUID) -> CommitteeCase | None:
        query = select(committee_case).where(committee_case.c.id == case_id)
        row = (await self._session.execute(query)).mappings().first()
        return _case(row) if row else None

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
        return [_case(row) for row in rows.mappings()]

    async def in_meeting(self, meeting_id: uuid.UUID) -> list[CommitteeCase]:
        query = select(committee_case).where(committee_case.c.meeting_id == meeting_id)
        return [_case(row) for row in (await self._session.execute(query)).mappings()]

    async def in_batch(self, batch_id: uuid.UUID) -> list[CommitteeCase]:
        query = select(committee_case).where(committee_case.c.batch_id == batch_id)
        return [_case(row) for row in (await self._session.execute(query)).mappings()]

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

    async def events(self, case_id: uuid.UUID) -> list[HistoryEntry]:
        """The case's history, oldest first."""
        query = (
            select(case_event).where(case_event.c.case_id == case_id).order_by(case_event.c.version)
        )
        return [
            HistoryEntry(row.at, row.action, row.organisation_code, row.text)
            for row in await self._session.execute(query)
        ]


def _case(row: RowMapping) -> CommitteeCase:
    return CommitteeCase(
        id=row["id"],
        application_id=row["application_id"],
        submission=row["submission"],
        office_code=row["office_code"],
        status=Status(row["status"]),
        senior_committee=row["senior_committee"],
        meeting_id=row["meeting_id"],
        batch_id=row["batch_id"],
        sequence=row["sequence"],
        version=row["version"],
        updated_at=row["updated_at"],
    )
