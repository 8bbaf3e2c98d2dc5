"""From intake's rows and the domain's results to what travels: forms (ID numbers masked),
check report, file references, and the events of a submission."""

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime

from services.intake.domain.actions import Submitted
from services.intake.domain.application import Draft, Photo
from services.intake.domain.consistency import Identity, Report
from services.intake.domain.employer import Employer, employer_of
from services.intake.domain.identity import parse_id_number
from services.intake.domain.problems import Problem
from services.intake.form_input import checked_form
from services.intake.repository.records import (
    AccountRecord,
    ApplicationRecord,
    StoredFileRecord,
    VersionRecord,
)
from shared.contracts import (
    ApplicantContactProvided,
    ApplicantIdentityProvided,
    ApplicantSummary,
    ApplicationSubmitted,
    EmployerFacts,
)
from shared.contracts.forms import FORM_MODELS, BasicInfo, FormsSnapshot
from shared.contracts.intake import CheckReport, CheckResult, FileRef
from shared.contracts.vocabulary import FileKind, FormKind, Role
from shared.json_object import JsonObject
from shared.privacy import mask_id_number


@dataclass(frozen=True)
class ParsedForms:
    """The stored forms: those complete and valid, and what is wrong with each of the others
    (saved as drafts while the applicant was still typing)."""

    valid: dict[FormKind, BasicInfo]
    incomplete: dict[FormKind, tuple[Problem, ...]]


def parsed_forms(stored: Mapping[FormKind, JsonObject]) -> ParsedForms:
    valid: dict[FormKind, BasicInfo] = {}
    incomplete: dict[FormKind, tuple[Problem, ...]] = {}
    for kind, data in stored.items():
        form, errors = checked_form(kind, FORM_MODELS[kind], data)
        if form is None:
            incomplete[kind] = tuple(Problem(path, message) for path, message in errors)
        else:
            valid[kind] = form
    return ParsedForms(valid, incomplete)


def draft_of(
    row: ApplicationRecord, forms: ParsedForms, files: Iterable[StoredFileRecord]
) -> Draft:
    """What the submission rules look at: forms as plain values (dates, enums)."""
    photos = [f for f in files if f.kind == FileKind.photo]
    return Draft(
        employer=employer_of(row.employer),
        forms={kind: form.model_dump() for kind, form in forms.valid.items()},
        photo=_photo(photos[0]) if photos else None,
        incomplete=forms.incomplete,
    )


def _photo(stored: StoredFileRecord) -> Photo:
    """The stored photo as measured when it was checked (every stored photo was)."""
    assert stored.width is not None, "a stored photo is measured"
    assert stored.height is not None, "a stored photo is measured"
    assert stored.sharpness is not None, "a stored photo is measured"
    return Photo(stored.width, stored.height, stored.sharpness)


def employer_facts(employer: Employer) -> EmployerFacts:
    return EmployerFacts(
        name=employer.name,
        ownership=employer.kind,
        level=employer.level,
        region_code=employer.region_code,
        provincial_unit=employer.unit_code if employer.unit_role == Role.provincial_unit else None,
        unit_code=employer.unit_code,
    )


def identity_of(account: AccountRecord, *, now: datetime) -> Identity:
    return Identity(account.name, parse_id_number(account.id_number, today=now.date()))


def snapshot(forms: Mapping[FormKind, BasicInfo], *, masked: bool) -> FormsSnapshot:
    def prepared(form: BasicInfo) -> BasicInfo:
        return form.model_copy(update={"id_number": mask_id_number(form.id_number)})

    return FormsSnapshot.model_validate(
        {kind.value: prepared(form) if masked else form for kind, form in forms.items()}
    )


def mask_forms(forms: FormsSnapshot) -> FormsSnapshot:
    """A kept (unmasked) snapshot as it may leave intake."""
    return FormsSnapshot.model_validate(
        {
            kind.value: getattr(forms, kind).model_copy(
                update={"id_number": mask_id_number(getattr(forms, kind).id_number)}
            )
            for kind in FormKind
        }
    )


def check_report(report: Report, *, checked_at: datetime) -> CheckReport:
    return CheckReport(
        passed=report.passed,
        checked_at=checked_at,
        results=[
            CheckResult(code=c.code, label=c.label, passed=c.passed, detail=c.detail)
            for c in report.results
        ],
    )


def file_refs(files: Iterable[StoredFileRecord]) -> list[FileRef]:
    return [
        FileRef(
            file_id=f.id,
            kind=FileKind(f.kind),
            title=f.title,
            media_type=f.media_type,
            size=f.size,
            sha256=f.sha256,
            width=f.width,
            height=f.height,
            sharpness=f.sharpness,
        )
        for f in files
    ]


def new_version(
    row: ApplicationRecord,
    submitted: Submitted,
    forms: Mapping[FormKind, BasicInfo],
    files: list[StoredFileRecord],
    *,
    correlation_id: uuid.UUID,
    idempotency_key: str | None,
) -> VersionRecord:
    """The submission as intake keeps it: forms unmasked, the applicant's own copy."""
    report = check_report(submitted.report, checked_at=submitted.at)
    assert row.employer is not None, "a submitted draft has its employer facts"
    return VersionRecord(
        application_id=row.id,
        submission=submitted.number,
        employer=row.employer,
        forms=snapshot(forms, masked=False).model_dump(mode="json"),
        check_report=report.model_dump(mode="json"),
        files=[ref.model_dump(mode="json") for ref in file_refs(files)],
        sequence=submitted.sequence,
        correlation_id=correlation_id,
        idempotency_key=idempotency_key,
        submitted_at=submitted.at,
    )


def submitted_event(
    row: ApplicationRecord,
    submitted: Submitted,
    *,
    account: AccountRecord,
    forms: Mapping[FormKind, BasicInfo],
    files: list[StoredFileRecord],
) -> ApplicationSubmitted:
    """What review gets: ID numbers masked, no phone."""
    return ApplicationSubmitted(
        application_id=row.id,
        submission=submitted.number,
        applicant=ApplicantSummary(
            name=account.name, id_number_masked=mask_id_number(account.id_number)
        ),
        employer=employer_facts(_stored_employer(row)),
        submitted_at=submitted.at,
        forms=snapshot(forms, masked=True),
        check_report=check_report(submitted.report, checked_at=submitted.at),
        files=file_refs(files),
    )


def _stored_employer(row: ApplicationRecord) -> Employer:
    employer = employer_of(row.employer)
    assert employer is not None, "a submitted draft has its employer facts"
    return employer


def contact_event(
    application_id: uuid.UUID, submitted: Submitted, account: AccountRecord
) -> ApplicantContactProvided:
    return ApplicantContactProvided(
        application_id=application_id,
        submission=submitted.number,
        applicant_name=account.name,
        phone=account.phone,
        email=account.email,
        provided_at=submitted.at,
    )


def identity_event(
    application_id: uuid.UUID, submitted: Submitted, account: AccountRecord
) -> ApplicantIdentityProvided:
    return ApplicantIdentityProvided(
        application_id=application_id,
        submission=submitted.number,
        id_number=account.id_number,
        provided_at=submitted.at,
    )
