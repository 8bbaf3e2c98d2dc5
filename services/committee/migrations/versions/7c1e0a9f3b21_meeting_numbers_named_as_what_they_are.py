"""meeting numbers named as what they are: 在册委员人数 (membership) and 到会委员人数

Revision ID: 7c1e0a9f3b21
Revises: 5df5b6cd44cd
Create Date: 2026-12-01 21:50:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '7c1e0a9f3b21'
down_revision: str | None = '5df5b6cd44cd'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # the old column was the membership all along (the quorum used it so); who came is new and,
    # for meetings already recorded, taken to be everyone
    with op.batch_alter_table('meeting') as batch:
        batch.alter_column('members_seated', new_column_name='members_enrolled')
        batch.add_column(sa.Column('members_attending', sa.Integer(), nullable=True))
    op.execute('UPDATE meeting SET members_attending = members_enrolled')
    with op.batch_alter_table('meeting') as batch:
        batch.alter_column('members_attending', existing_type=sa.Integer(), nullable=False)


def downgrade() -> None:
    with op.batch_alter_table('meeting') as batch:
        batch.drop_column('members_attending')
        batch.alter_column('members_enrolled', new_column_name='members_seated')
