"""退回补正: what the department asked to correct, kept on the application

Revision ID: d4f8a2c61e09
Revises: e5722f3cb858
Create Date: 2026-12-02 07:20:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = 'd4f8a2c61e09'
down_revision: str | None = 'e5722f3cb858'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('application') as batch:
        batch.add_column(sa.Column('correction', sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('application') as batch:
        batch.drop_column('correction')
