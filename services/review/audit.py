"""Review's audit records (shared/audit.py): account actions by the operator, on the command
line and by the holders themselves, and every reveal of a full ID number."""

import getpass
import socket

from services.review.models import audit as audit_record
from services.review.unit_of_work import ReviewUnitOfWork
from shared.audit import AuditAction, Audited, record


async def audit(uow: ReviewUnitOfWork, entry: Audited) -> None:
    """Into the unit of work's transaction: kept only if the action commits."""
    await record(uow.session, audit_record, entry, at=uow.clock())


def on_the_command_line(action: AuditAction, target: str) -> Audited:
    """An action taken with `python -m services.review accounts …`: by the system user, there."""
    return Audited(f"cli:{getpass.getuser()}", action, target, socket.gethostname())
