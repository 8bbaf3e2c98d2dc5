"""What the portal states before the applicant starts (no login needed): the four forms' fields
with their labels, widgets, limits and shared-field rules, the photo and scan rules, and the
password's."""

import asyncio

from fastapi import APIRouter, UploadFile

from services.intake.api.dependencies import ApplicantDep, ServicesDep
from services.intake.domain.account import PASSWORD_MAX, PASSWORD_MIN, password_statements
from services.intake.domain.files import (
    FileRefused,
    MediaType,
    PhotoRules,
    check_file_name,
    photo_verdict,
)
from services.intake.images import check_photo
from services.intake.schemas.guidance import (
    FormsLayoutOut,
    PasswordRulesOut,
    PhotoRulesOut,
    PhotoVerdictOut,
    ScanRulesOut,
    UploadRulesOut,
)
from services.intake.views.form_layout import forms_layout
from shared.body_limit import MULTIPART_FRAMING, max_body

router = APIRouter(tags=["guidance"])


@router.get("/form-layout", response_model=FormsLayoutOut)
async def read_form_layout() -> FormsLayoutOut:
    """The four forms (申报简表, 综合表, 评审表, 花名册): each field's Chinese label, widget
    (年月 where the form says 年月), limits and choices; and the fields the forms share, which the
    portal has typed once and the check compares."""
    return forms_layout()


@router.get("/password-rules", response_model=PasswordRulesOut)
async def read_password_rules() -> PasswordRulesOut:
    """The rules a new password must meet (注册, 找回密码), as intake checks them."""
    return PasswordRulesOut(
        min_length=PASSWORD_MIN, max_length=PASSWORD_MAX, statements=password_statements()
    )


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


@router.post(
    "/photo-check",
    response_model=PhotoVerdictOut,
    openapi_extra=max_body(PhotoRules.max_bytes + MULTIPART_FRAMING),
)
async def check_a_photo(
    file: UploadFile, _account: ApplicantDep, services: ServicesDep
) -> PhotoVerdictOut:
    """The verdict on a photo, stored nowhere: the portal asks it before PUT …/photo, so that the
    applicant reads at once why a photo is refused (and its clarity figure) and nothing fails."""
    rules = services.photo_rules
    content = await file.read(rules.max_bytes + 1)
    try:
        check_file_name(file.filename)
        checked = await asyncio.to_thread(check_photo, content, rules)
    except FileRefused as refused:
        return PhotoVerdictOut(
            passed=False,
            rule=refused.code,
            verdict=refused.reason,
            min_sharpness=rules.min_sharpness,
        )
    assert checked.facts is not None, "check_photo measures every photo it passes"
    return PhotoVerdictOut(
        passed=True,
        rule=None,
        verdict=photo_verdict(checked.facts, rules),
        width=checked.facts.width,
        height=checked.facts.height,
        sharpness=checked.facts.sharpness,
        min_sharpness=rules.min_sharpness,
    )
