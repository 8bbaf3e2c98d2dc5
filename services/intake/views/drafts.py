"""The draft as the applicant left it: employer facts, forms, photo and scans."""

import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from services.intake.domain.application import EDITABLE, Status
from services.intake.form_input import checked_form
from services.intake.models import application_form, stored_file
from services.intake.schemas.drafts import DraftRead, FieldProblemOut, FileOut
from services.intake.views.employer import employer_out
from services.intake.views.owned import owned
from shared.contracts.forms import FORM_MODELS
from shared.contracts.vocabulary import FileKind, FormKind


async def draft_view(
    session: AsyncSession, account_id: uuid.UUID, application_id: uuid.UUID
) -> DraftRead | None:
    row = await owned(session, account_id, application_id)
    if row is None:
        return None
    forms = await session.execute(
        select(application_form.c.kind, application_form.c.data).where(
            application_form.c.application_id == application_id
        )
    )
    saved = {FormKind(kind): data for kind, data in forms}
    errors = {
        kind: [
            FieldProblemOut(field=path, message=message)
            for path, message in checked_form(kind, FORM_MODELS[kind], data)[1]
        ]
        for kind, data in saved.items()
    }
    files = [_file_out(f) for f in await stored_files(session, application_id)]
    photos = [f for f in files if f.kind == FileKind.photo]
    return DraftRead(
        application_id=row.id,
        editable=Status(row.status) in EDITABLE,
        employer=employer_out(row.employer),
        forms={kind: saved.get(kind) for kind in FormKind},
        form_errors={kind: errors.get(kind, []) for kind in FormKind},
        photo=photos[0] if photos else None,
        attachments=[f for f in files if f.kind == FileKind.attachment],
        updated_at=row.updated_at,
    )


async def stored_files(session: AsyncSession, application_id: uuid.UUID) -> list[Any]:
    rows = await session.execute(
        select(stored_file)
        .where(stored_file.c.application_id == application_id)
        .order_by(stored_file.c.uploaded_at, stored_file.c.id)
    )
    return list(rows)


def _file_out(row: Any) -> FileOut:
    return FileOut(
        id=row.id,
        kind=row.kind,
        title=row.title,
        media_type=row.media_type,
        size=row.size,
        width=row.width,
        height=row.height,
        sharpness=row.sharpness,
        uploaded_at=row.uploaded_at,
        url=file_url(row.application_id, row.id),
        preview_url=file_url(row.application_id, row.id, inline=True),
    )


def file_url(application_id: uuid.UUID, file_id: uuid.UUID, *, inline: bool = False) -> str:
    url = f"/applications/{application_id}/files/{file_id}"
    return f"{url}?inline=true" if inline else url
