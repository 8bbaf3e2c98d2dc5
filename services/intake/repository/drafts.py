"""A draft's forms and files in intake's database."""

import uuid
from datetime import datetime

from sqlalchemy import delete, insert, select
from sqlalchemy.ext.asyncio import AsyncSession

from services.intake.models import application_form, stored_file
from services.intake.repository.records import StoredFileRecord
from shared.contracts.vocabulary import FileKind, FormKind
from shared.db.statements import SelectRows, affected, upsert_insert
from shared.json_object import JsonObject


class DraftRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def save_form(
        self, application_id: uuid.UUID, kind: FormKind, data: JsonObject, now: datetime
    ) -> None:
        insert_ = upsert_insert(self._session)
        statement = insert_(application_form).values(
            application_id=application_id, kind=kind, data=data, updated_at=now
        )
        await self._session.execute(
            statement.on_conflict_do_update(
                index_elements=[application_form.c.application_id, application_form.c.kind],
                set_={"data": statement.excluded.data, "updated_at": statement.excluded.updated_at},
            )
        )

    async def forms(self, application_id: uuid.UUID) -> dict[FormKind, JsonObject]:
        rows = await self._session.execute(
            select(application_form.c.kind, application_form.c.data).where(
                application_form.c.application_id == application_id
            )
        )
        return {FormKind(row.kind): row.data for row in rows}

    async def add_file(self, **values: object) -> None:
        await self._session.execute(insert(stored_file).values(**values))

    async def files(self, application_id: uuid.UUID) -> list[StoredFileRecord]:
        rows = await self._session.execute(files_of(application_id))
        return [StoredFileRecord.of(row) for row in rows.mappings()]

    async def count_files(self, application_id: uuid.UUID, kind: FileKind) -> int:
        return sum(1 for row in await self.files(application_id) if row.kind == kind)

    async def remove_files(
        self, application_id: uuid.UUID, *, kind: FileKind, file_id: uuid.UUID | None = None
    ) -> int:
        """Forgets the draft's files of `kind` (one if `file_id`); their contents stay stored,
        since earlier submissions may refer to them."""
        query = delete(stored_file).where(
            stored_file.c.application_id == application_id, stored_file.c.kind == kind
        )
        if file_id is not None:
            query = query.where(stored_file.c.id == file_id)
        result = await self._session.execute(query)
        return affected(result)


def files_of(application_id: uuid.UUID) -> SelectRows:
    """The draft's files, oldest first."""
    return (
        select(stored_file)
        .where(stored_file.c.application_id == application_id)
        .order_by(stored_file.c.uploaded_at, stored_file.c.id)
    )
