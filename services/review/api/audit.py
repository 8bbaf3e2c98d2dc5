"""The operator reads review's audit records: who did what to which account, and who saw a full
ID number (shared/audit.py)."""

from services.review.api.dependencies import current_admin, get_services
from services.review.models import audit
from shared.audit import audit_router

router = audit_router(
    audit,
    operator=current_admin,
    services=get_services,
    examples="e.g. account.create, account.disable, account.reset_password, id_number.reveal",
)
