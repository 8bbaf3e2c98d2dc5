"""The applicant's contact details (personal data from intake) and the per-application lock."""

import uuid
from datetime import datetime

from sqlalchemy import Table, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from services.notify.domain.notices import Contact
from services.notify.models import applicant_contact, application
from shared.db.statements import upsert_insert


class ContactRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    def _insert(self, table: Table) -> postgresql.Insert | sqlite.Insert:
        """An INSERT with ON CONFLICT clauses, in the session's dialect."""
        statement: postgresql.Insert | sqlite.Insert = upsert_insert(self._session)(table)
        return statement

    async def lock_application(self, application_id: uuid.UUID, now: datetime) -> None:
        """Holds the application's row until commit: a contact and a refusal of the same
        application are handled one after the other, never past each other."""
        statement = self._insert(application).values(
            application_id=application_id, last_heard_at=now
        )
        await self._session.execute(
            statement.on_conflict_do_update(
                index_elements=[application.c.application_id], set_={"last_heard_at": now}
            )
        )

    async def keep(
        self, application_id: uuid.UUID, submission: int, contact: Contact, provided_at: datetime
    ) -> None:
        values = {"name": contact.name, "phone": contact.phone, "email": contact.email}
        statement = self._insert(applicant_contact).values(
            application_id=application_id, submission=submission, provided_at=provided_at, **values
        )
        await self._session.execute(
            statement.on_conflict_do_update(
                index_elements=[applicant_contact.c.application_id, applicant_contact.c.submission],
                set_={**values, "provided_at": provided_at},
            )
        )

    async def for_submission(self, application_id: uuid.UUID, submission: int) -> Contact | None:
        """The contact given with this submission, or failing that with a later one."""
        row = (
            await self._session.execute(
                select(applicant_contact)
                .where(
                    applicant_contact.c.application_id == application_id,
                    applicant_contact.c.submission >= submission,
                )
                .order_by(applicant_contact.c.submission)
                .limit(1)
            )
        ).first()
        return Contact(row.name, row.phone, row.email) if row else None
