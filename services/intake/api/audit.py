"""The operator reads intake's audit records: who registered an account, changed or reset its
password, when and from where (shared/audit.py)."""

from services.intake.api.dependencies import current_operator, get_services
from services.intake.models import audit
from shared.audit import audit_router

router = audit_router(
    audit,
    operator=current_operator,
    services=get_services,
    examples="e.g. account.register, account.change_password, account.reset_password",
)
