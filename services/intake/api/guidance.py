"""What the portal states before the applicant starts (no login needed): the four forms' fields
with their labels, widgets, limits and shared-field rules, and the photo and scan rules."""

from fastapi import APIRouter

from services.intake.api.deps import ServicesDep
from services.intake.domain.files import MediaType
from services.intake.schemas.guidance import (
    FormsLayoutOut,
    PhotoRulesOut,
    ScanRulesOut,
    UploadRulesOut,
)
from services.intake.views.form_layout import forms_layout

router = APIRouter(tags=["guidance"])


@router.get("/form-layout", response_model=FormsLayoutOut)
async def read_form_layout() -> FormsLayoutOut:
    """The four forms (申报简表, 综合表, 评审表, 花名册): each field's Chinese label, widget
    (年月 where the form says 年月), limits and choices; and the fields the forms share, which the
    portal has typed once and the check compares."""
    return forms_layout()


@router.get("/upload-rules", response_model=UploadRulesOut)
async def read_upload_rules(services: ServicesDep) -> UploadRulesOut:
    """The photo's and the scans' rules, as this intake enforces them (its settings)."""
    photo, scans = services.photo_rules, services.scan_rules
    return UploadRulesOut(
        photo=PhotoRulesOut(
            media_types=[MediaType.jpeg, MediaType.png],
            max_bytes=photo.max_bytes,
            min_width=photo.min_width,
            min_height=photo.min_height,
            min_sharpness=photo.min_sharpness,
            statements=photo.statements(),
        ),
        scans=ScanRulesOut(
            media_types=[MediaType.pdf, MediaType.jpeg],
            max_bytes=scans.max_bytes,
            max_count=scans.max_per_application,
            max_title_length=scans.max_title_length,
            statements=scans.statements(),
        ),
    )
