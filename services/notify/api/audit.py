"""The operator reads notify's audit records: who resent which notice (shared/audit.py), the
notices named by whom they were for and on which channel."""

from services.notify.api.dependencies import current_admin, get_services
from services.notify.models import audit
from services.notify.views.audit import notice_targets
from shared.audit import AuditAction, audit_router

router = audit_router(
    audit,
    operator=current_admin,
    services=get_services,
    examples="e.g. notice.resend",
    actions=(AuditAction.notice_resend, AuditAction.notice_resend_failed),
    targets=notice_targets,
)
