"""The materials for departments: a submission's photo and scans, for an organisation that
holds the case at its stage or held it before — exactly those that may read the case in review.
Anyone else gets the same 404 as for a file that does not exist."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Path, Response

from services.intake.api.dependencies import DepartmentDep, ServicesDep
from services.intake.handlers.errors import FileNotFound
from shared.http import MAX_INTEGER, document

router = APIRouter(prefix="/materials", tags=["materials"])
_EXTENSIONS = {"application/pdf": "pdf", "image/png": "png"}


@router.get(
    "/{application_id}/{submission}/{file_id}",
    response_class=Response,
    responses={
        200: {"content": {"image/jpeg": {}, "image/png": {}, "application/pdf": {}}},
        404: {"description": "文件不存在（或本部门无权查看）"},
    },
)
async def open_material(
    application_id: uuid.UUID,
    submission: Annotated[int, Path(ge=1, le=MAX_INTEGER)],
    file_id: uuid.UUID,
    organisation: DepartmentDep,
    services: ServicesDep,
) -> Response:
    """One file of a submission, to look at in the page (inline, never cached)."""
    async with services.transaction() as uow:
        ref = await uow.materials.file_for(application_id, submission, file_id, organisation)
    if ref is None:
        raise FileNotFound(file_id)
    extension = _EXTENSIONS.get(ref.media_type, "jpg")
    content = await services.files.get(ref.sha256)
    return document(
        content, media_type=ref.media_type, filename=f"{file_id}.{extension}", inline=True
    )
