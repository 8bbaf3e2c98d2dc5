"""Cases and the organisation directory in review's database."""

from sqlalchemy import insert, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from services.review.domain.case import Case
from services.review.domain.directory import Directory
from services.review.models import organisation, review_case, route_stage


class CaseRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def add(self, case: Case) -> None:
        application = case.application
        employer = application.employer
        await self._session.execute(
            insert(review_case).values(
                id=case.id,
                application_id=application.application_id,
                submission=application.submission,
                applicant_name=application.applicant_name,
                id_number_masked=application.id_number_masked,
                employer_name=application.employer_name,
                ownership=employer.ownership,
                level=employer.level,
                region_code=employer.region_code,
                provincial_unit=employer.provincial_unit,
                position=case.position,
                stage_count=len(case.route),
                state=case.state,
                sequence=case.sequence,
                version=case.version,
                correlation_id=application.correlation_id,
                opened_at=case.opened_at,
                stage_entered_at=case.stage_entered_at,
            )
        )
        await self._session.execute(
            insert(route_stage),
            [
                {
                    "case_id": case.id,
                    "position": stop.position,
                    "role": stop.role,
                    "organisation_code": stop.organisation_code,
                }
                for stop in case.route
            ],
        )


async def sync_directory(session: AsyncSession, directory: Directory) -> None:
    """Makes the organisation table match the directory file; organisations no longer listed
    stay (cases refer to them) but are marked inactive."""
    dialect = session.get_bind().dialect.name
    insert_ = postgresql.insert if dialect == "postgresql" else sqlite.insert
    await session.execute(update(organisation).values(active=False))
    rows = [
        {
            "code": org.code,
            "name": org.name,
            "role": org.role,
            "region_code": org.region_code,
            "sends_to": org.sends_to,
            "active": True,
        }
        for org in directory
    ]
    statement = insert_(organisation)
    await session.execute(
        statement.on_conflict_do_update(
            index_elements=[organisation.c.code],
            set_={
                k: statement.excluded[k]
                for k in ("name", "role", "region_code", "sends_to", "active")
            },
        ),
        rows,
    )
