"""The applicant's full ID number, and every time a department asked to see it."""

import uuid
from datetime import datetime

from sqlalchemy import insert, select
from sqlalchemy.ext.asyncio import AsyncSession

from services.review.domain.actions import Actor
from services.review.models import applicant_identity, id_number_reveal
from shared.db.statements import upsert_insert


class IdentityRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def keep(
        self, application_id: uuid.UUID, submission: int, id_number: str, at: datetime
    ) -> None:
        insert_ = upsert_insert(self._session)
        await self._session.execute(
            insert_(applicant_identity)
            .values(
                application_id=application_id,
                submission=submission,
                id_number=id_number,
                provided_at=at,
            )
            .on_conflict_do_nothing()
        )

    async def full_number(self, application_id: uuid.UUID, submission: int) -> str | None:
        query = select(applicant_identity.c.id_number).where(
            applicant_identity.c.application_id == application_id,
            applicant_identity.c.submission == submission,
        )
        return (await self._session.execute(query)).scalar_one_or_none()

    async def record_reveal(
        self, case_id: uuid.UUID, position: int, actor: Actor, at: datetime
    ) -> None:
        await self._session.execute(
            insert(id_number_reveal).values(
                case_id=case_id,
                position=position,
                organisation_code=actor.organisation_code,
                actor_account_id=actor.account_id,
                actor_name=actor.name,
                at=at,
            )
        )
