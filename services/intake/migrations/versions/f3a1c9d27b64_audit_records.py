"""audit records: applicants' registrations and password resets

Revision ID: f3a1c9d27b64
Revises: d4f8a2c61e09
Create Date: 2026-12-03 08:00:00.000000
"""

from collections.abc import Sequence

from shared.audit import create_audit_table, drop_audit_table


revision: str = 'f3a1c9d27b64'
down_revision: str | None = 'd4f8a2c61e09'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    create_audit_table()


def downgrade() -> None:
    drop_audit_table()
