"""The operator reads notify's audit records: who resent which notice (shared/audit.py)."""

from services.notify.api.dependencies import current_admin, get_services
from services.notify.models import audit
from shared.audit import audit_router

router = audit_router(
    audit, operator=current_admin, services=get_services, examples="e.g. notice.resend"
)
