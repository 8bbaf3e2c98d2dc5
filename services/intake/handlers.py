"""One function per command: load, decide, save, emit, commit."""

import dataclasses
import hashlib
import json
import uuid
from collections.abc import Callable

import structlog
from sqlalchemy.exc import IntegrityError

from services.intake.commands import RecordProgress, SubmitApplication
from services.intake.domain.application import Submission, submit
from services.intake.unit_of_work import IntakeUnitOfWork
from shared.contracts import ApplicantSummary, ApplicationSubmitted, EmployerFacts
from shared.privacy import mask_id_number

log = structlog.get_logger(__name__)


class IdempotencyKeyReused(Exception):
    """The key was already used for a different request."""


class ApplicationNotFound(LookupError):
    pass


async def submit_application(
    uow_factory: Callable[[], IntakeUnitOfWork], command: SubmitApplication
) -> uuid.UUID:
    """Stores the checked application and its ApplicationSubmitted event in one transaction;
    a retry with the same idempotency key returns the first answer and changes nothing."""
    fingerprint = _fingerprint(command)
    async with uow_factory() as uow:
        if command.idempotency_key and (
            replay := await _replay(uow, command.idempotency_key, fingerprint)
        ):
            return replay
        accepted = submit(
            command.applicant,
            command.employer,
            now=uow.clock(),
            correlation_id=command.correlation_id or uuid.uuid4(),
        )
        try:
            await uow.applications.add(
                accepted, idempotency_key=command.idempotency_key, fingerprint=fingerprint
            )
            await uow.emit(
                _submitted_event(accepted),
                correlation_id=accepted.correlation_id,
                sequence=accepted.sequence,
            )
            await uow.commit()
        except IntegrityError:
            if not command.idempotency_key:
                raise
        else:
            log.info(
                "application_submitted",
                application_id=str(accepted.id),
                correlation_id=str(accepted.correlation_id),
            )
            return accepted.id
    # a concurrent request with the same key committed first: answer as it did
    async with uow_factory() as uow:
        replay = await _replay(uow, command.idempotency_key, fingerprint)
    if replay is None:
        raise RuntimeError("idempotency key conflict without a stored application")
    return replay


async def record_progress(uow: IntakeUnitOfWork, command: RecordProgress) -> None:
    """Applies review's news of the application unless newer news was applied already."""
    applied = await uow.applications.update_if_newer(
        command.application_id,
        submission=command.submission,
        sequence=command.sequence,
        at=command.at,
        status=command.status,
        stage=command.stage,
        rejection=command.rejection,
    )
    if applied:
        log.info(
            "progress_recorded", application_id=str(command.application_id), status=command.status
        )
    elif await uow.applications.exists(command.application_id):
        log.info("stale_event_ignored", application_id=str(command.application_id))
    else:  # retried, then dead-lettered: kept for an operator to look at
        raise ApplicationNotFound(f"no application {command.application_id}")


async def _replay(uow: IntakeUnitOfWork, key: str | None, fingerprint: str) -> uuid.UUID | None:
    if key is None:
        return None
    found = await uow.applications.find_by_idempotency_key(key)
    if found is None:
        return None
    application_id, first_fingerprint = found
    if first_fingerprint != fingerprint:
        raise IdempotencyKeyReused(key)
    return application_id


def _fingerprint(command: SubmitApplication) -> str:
    facts = {
        "applicant": dataclasses.asdict(command.applicant),
        "employer": dataclasses.asdict(command.employer),
    }
    canonical = json.dumps(facts, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(canonical.encode()).hexdigest()


def _submitted_event(accepted: Submission) -> ApplicationSubmitted:
    employer = accepted.employer
    return ApplicationSubmitted(
        application_id=accepted.id,
        submission=accepted.number,
        applicant=ApplicantSummary(
            name=accepted.applicant.name,
            id_number_masked=mask_id_number(accepted.applicant.id_number),
        ),
        employer=EmployerFacts(
            name=employer.name,
            ownership=employer.ownership,
            level=employer.level,
            region_code=employer.region_code,
            provincial_unit=employer.provincial_unit,
        ),
        submitted_at=accepted.submitted_at,
    )
