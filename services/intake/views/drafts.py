"""The draft as the applicant left it: employer facts, forms, photo and scans."""

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from services.intake.domain.application import EDITABLE, Status
from services.intake.form_input import checked_form
from services.intake.repository.drafts import DraftRepository
from services.intake.repository.records import StoredFileRecord
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
    saved = await DraftRepository(session).forms(application_id)
    errors = {
        kind: [
            FieldProblemOut(field=path, message=message)
            for path, message in checked_form(kind, FORM_MODELS[kind], data)[1]
        ]
        for kind, data in saved.items()
    }
    files = [_file_out(f) for f in await DraftRepository(session).files(application_id)]
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


def _file_out(row: StoredFileRecord) -> FileOut:
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
