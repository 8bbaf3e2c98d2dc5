"""Earlier submissions as they were sent, and what changed between two of them."""

import uuid

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from services.intake.models import application_version, stored_file
from services.intake.repository.drafts import DraftRepository
from services.intake.repository.history import HistoryRepository
from services.intake.schemas.applications import SubmissionRead
from services.intake.views.employer import employer_out
from services.intake.views.owned import owned
from services.intake.views.timeline import timeline
from shared.contracts.forms import FormsSnapshot
from shared.contracts.intake import CheckReport, FileRef
from shared.refusals import NotFound


class NoSuchVersion(NotFound):
    """The submission does not exist, or the draft is not complete enough to compare (404)."""


async def submission_view(
    session: AsyncSession, account_id: uuid.UUID, application_id: uuid.UUID, submission: int
) -> SubmissionRead | None:
    if await owned(session, account_id, application_id) is None:
        return None
    row = await HistoryRepository(session).version(application_id, submission)
    if row is None:
        return None
    employer = employer_out(row.employer)
    assert employer is not None, "a submission always has its employer facts"
    return SubmissionRead(
        submission=row.submission,
        submitted_at=row.submitted_at,
        employer=employer,
        forms=FormsSnapshot.model_validate(row.forms),
        check_report=CheckReport.model_validate(row.check_report),
        files=[FileRef.model_validate(f) for f in row.files],
        timeline=await timeline(session, application_id, row.submission),
    )


async def forms_of(
    session: AsyncSession, application_id: uuid.UUID, submission: int | None
) -> FormsSnapshot:
    """A submission's forms, or the draft's (None); NoSuchVersion if there are none to show."""
    if submission is not None:
        row = await HistoryRepository(session).version(application_id, submission)
        if row is None:
            raise NoSuchVersion(f"没有第 {submission} 次提交")
        return FormsSnapshot.model_validate(row.forms)
    forms = await DraftRepository(session).forms(application_id)
    if len(forms) < len(FormsSnapshot.model_fields):
        raise NoSuchVersion("草稿尚未填写全部四张表，无法比较")
    return FormsSnapshot.model_validate(forms)


async def file_of(
    session: AsyncSession, application_id: uuid.UUID, file_id: uuid.UUID
) -> tuple[str, str] | None:
    """(sha256, media type) of a file of the draft or of any earlier submission: a photo since
    replaced stays readable with the submission that carried it."""
    row = (
        await session.execute(
            select(stored_file.c.sha256, stored_file.c.media_type).where(
                stored_file.c.application_id == application_id, stored_file.c.id == file_id
            )
        )
    ).first()
    if row is not None:
        return row.sha256, row.media_type
    versions = await session.execute(
        select(application_version.c.files).where(
            application_version.c.application_id == application_id
        )
    )
    refs = [FileRef.model_validate(f) for files in versions.scalars() for f in files]
    return next(((r.sha256, r.media_type) for r in refs if r.file_id == file_id), None)
