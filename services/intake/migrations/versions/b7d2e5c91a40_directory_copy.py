"""review's directory and route table, as last published

Revision ID: b7d2e5c91a40
Revises: ac4765e70e09
Create Date: 2026-12-01 21:55:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import shared.db.types


revision: str = 'b7d2e5c91a40'
down_revision: str | None = 'ac4765e70e09'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('directory_copy',
    sa.Column('name', sa.String(length=20), nullable=False),
    sa.Column('digest', sa.String(length=64), nullable=False),
    sa.Column('published_at', shared.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('received_at', shared.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('content', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('name', name=op.f('pk_directory_copy'))
    )


def downgrade() -> None:
    op.drop_table('directory_copy')
