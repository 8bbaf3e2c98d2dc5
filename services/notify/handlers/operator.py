"""What people do through notify's API: the operator resends, a department reads its messages.
Each takes the open unit of work its route opened (ServiceContext.transaction) and never
commits: a refusal rolls back the audit record with everything else."""

import structlog

from services.notify.commands import (
    EVERY_CHANNEL,
    MarkMessageRead,
    ResendFailedNotices,
    ResendNotice,
)
from services.notify.domain.refusals import MessageNotFound, NoticeNotFound, NotResendable
from services.notify.models import audit
from services.notify.unit_of_work import NotifyUnitOfWork
from shared.audit import AuditAction, Audited, record

log = structlog.get_logger(__name__)


async def resend_notice(uow: NotifyUnitOfWork, command: ResendNotice) -> None:
    """A failed notice becomes due now with its tries starting over."""
    done = Audited(
        str(command.by), AuditAction.notice_resend, str(command.notice_id), command.source
    )
    await record(uow.session, audit, done, at=uow.clock())
    if not await uow.notices.exists(command.notice_id):
        raise NoticeNotFound()
    if not await uow.notices.resend(command.notice_id, uow.clock()):
        raise NotResendable()
    log.info("notice_resend_requested", notice_id=str(command.notice_id))


async def resend_failed_notices(uow: NotifyUnitOfWork, command: ResendFailedNotices) -> int:
    """Every failed notice becomes due now, tries starting over; how many were queued."""
    target = command.channel.value if command.channel else EVERY_CHANNEL
    done = Audited(str(command.by), AuditAction.notice_resend_failed, target, command.source)
    await record(uow.session, audit, done, at=uow.clock())
    queued = await uow.notices.resend_failed(uow.clock(), command.channel)
    log.info("failed_notices_resend_requested", queued=queued, channel=command.channel)
    return queued


async def mark_message_read(uow: NotifyUnitOfWork, command: MarkMessageRead) -> None:
    """Marks the organisation's message read; MessageNotFound if it is not one of its own."""
    read = await uow.notices.mark_read(command.message_id, command.organisation_code, uow.clock())
    if not read:
        raise MessageNotFound()
