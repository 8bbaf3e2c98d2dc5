"""Review hands a case to its mid-committee office: it waits there to be received (待接收材料)."""

import structlog

from services.committee.unit_of_work import CommitteeUnitOfWork
from shared.contracts import CaseHandedOff, Envelope
from shared.messaging import required_sequence

log = structlog.get_logger(__name__)


async def take_case(uow: CommitteeUnitOfWork, event: CaseHandedOff, envelope: Envelope) -> None:
    """Opens the committee's case; its events continue the application's sequence."""
    if await uow.cases.exists(event.case_id):
        return
    sequence = required_sequence(envelope)
    await uow.cases.take(event, sequence=sequence, correlation_id=envelope.correlation_id)
    log.info("case_taken", case_id=str(event.case_id), office=event.office.code)
