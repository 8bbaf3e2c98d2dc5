"""employer kinds named by the route table; directory publications

Revision ID: e41c7a9b2f05
Revises: e47595a40e59
Create Date: 2026-12-01 21:50:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import shared.db.types


revision: str = 'e41c7a9b2f05'
down_revision: str | None = 'e47595a40e59'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# the two provincial "ownerships" the applicant used to choose are one kind now: the directory
# says where each unit sends its cases
PROVINCIAL = ('provincial_group_with_committee', 'provincial_group_without_committee')


def upgrade() -> None:
    op.create_table(
        'directory_publication',
        sa.Column('digest', sa.String(length=64), nullable=False),
        sa.Column('published_at', shared.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('digest', name=op.f('pk_directory_publication')),
    )
    with op.batch_alter_table('review_case', schema=None) as batch_op:
        batch_op.alter_column('ownership', new_column_name='kind', existing_type=sa.String(length=40), existing_nullable=False)
        batch_op.alter_column('provincial_unit', new_column_name='unit_code', existing_type=sa.String(length=60), existing_nullable=True)
    case = sa.table('review_case', sa.column('kind', sa.String))
    op.execute(case.update().where(case.c.kind.in_(PROVINCIAL)).values(kind='provincial_unit'))


def downgrade() -> None:
    with op.batch_alter_table('review_case', schema=None) as batch_op:
        batch_op.alter_column('unit_code', new_column_name='provincial_unit', existing_type=sa.String(length=60), existing_nullable=True)
        batch_op.alter_column('kind', new_column_name='ownership', existing_type=sa.String(length=40), existing_nullable=False)
    op.drop_table('directory_publication')
