"""audit records

Revision ID: beae8552698b
Revises: 4ca87229af5e
Create Date: 2026-12-02 01:53:06.078659
"""

from collections.abc import Sequence

from shared.audit import create_audit_table, drop_audit_table


revision: str = 'beae8552698b'
down_revision: str | None = '4ca87229af5e'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    create_audit_table()


def downgrade() -> None:
    drop_audit_table()
