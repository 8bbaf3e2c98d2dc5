"""Review hands a case to its mid-committee office: it waits there to be received (待接收材料)."""

from typing import Any

import structlog

from services.committee.domain.case import Status
from services.committee.unit_of_work import CommitteeUnitOfWork
from shared.contracts import CaseHandedOff, Envelope
from shared.messaging import required_sequence

log = structlog.get_logger(__name__)


async def take_case(uow: CommitteeUnitOfWork, event: CaseHandedOff, envelope: Envelope) -> None:
    """Opens the committee's case; its events continue the application's sequence."""
    if await uow.cases.exists(event.case_id):
        return
    await uow.cases.add(_row(event, envelope, sequence=required_sequence(envelope)))
    log.info("case_taken", case_id=str(event.case_id), office=event.office.code)


def _row(event: CaseHandedOff, envelope: Envelope, *, sequence: int) -> dict[str, Any]:
    application = event.application
    roster = application.forms.roster if application.forms else None
    return {
        "id": event.case_id,
        "application_id": event.application_id,
        "submission": event.submission,
        "office_code": event.office.code,
        "office_name": event.office.name,
        "office_email": event.office.email,
        "office_stage": event.stage.model_dump(mode="json"),
        "sent_by_code": event.sent_by.code,
        "sent_by_name": event.sent_by.name,
        "sent_by_email": event.sent_by.email,
        "applicant_name": application.applicant.name,
        "id_number_masked": application.applicant.id_number_masked,
        "gender": roster.gender.value if roster else None,
        "employer_name": application.employer.name,
        "current_profession": roster.current_profession if roster else None,
        "current_title": roster.current_title if roster else None,
        "applied_title": roster.applied_title if roster else None,
        "submitted": application.model_dump(mode="json"),
        "opinions": [o.model_dump(mode="json") for o in event.opinions],
        "status": Status.pending_receipt,
        "sequence": sequence,
        "version": 1,
        "correlation_id": envelope.correlation_id,
        "handed_off_at": event.handed_off_at,
        "updated_at": event.handed_off_at,
    }
