"""audit records

Revision ID: 3a5ba81caf2e
Revises: f153b914b4a9
Create Date: 2026-12-02 01:53:07.326841
"""

from collections.abc import Sequence

from shared.audit import create_audit_table, drop_audit_table


revision: str = '3a5ba81caf2e'
down_revision: str | None = 'f153b914b4a9'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    create_audit_table()


def downgrade() -> None:
    drop_audit_table()
