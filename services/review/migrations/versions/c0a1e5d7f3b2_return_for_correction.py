"""退回补正: the status a returned case comes back to, and history details (items, diff)

Revision ID: c0a1e5d7f3b2
Revises: 7c696a2ca48e
Create Date: 2026-12-02 07:10:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = 'c0a1e5d7f3b2'
down_revision: str | None = '7c696a2ca48e'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('review_case') as batch:
        batch.add_column(sa.Column('returned_from', sa.String(length=30), nullable=True))
    with op.batch_alter_table('case_history') as batch:
        batch.add_column(sa.Column('details', sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('case_history') as batch:
        batch.drop_column('details')
    with op.batch_alter_table('review_case') as batch:
        batch.drop_column('returned_from')
