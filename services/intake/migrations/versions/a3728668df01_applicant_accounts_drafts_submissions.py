"""applicant accounts, drafts, submissions, files and timeline

The foundation's applications were anonymous (no account could own them) and only ever existed in
local development databases: the application table is recreated, not altered.

Revision ID: a3728668df01
Revises: cb4833ae2d3a
Create Date: 2026-11-28 22:26:21.074864
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import shared.db.types


revision: str = 'a3728668df01'
down_revision: str | None = 'cb4833ae2d3a'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.drop_table('application')
    op.create_table('applicant_account',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('name', sa.String(length=50), nullable=False),
    sa.Column('id_number', sa.String(length=18), nullable=False),
    sa.Column('phone', sa.String(length=11), nullable=False),
    sa.Column('email', sa.String(length=254), nullable=True),
    sa.Column('password_hash', sa.String(length=200), nullable=False),
    sa.Column('token_version', sa.Integer(), nullable=False),
    sa.Column('failed_logins', sa.Integer(), nullable=False),
    sa.Column('locked_until', shared.db.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('created_at', shared.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_applicant_account')),
    sa.UniqueConstraint('id_number', name=op.f('uq_applicant_account_id_number'))
    )
    op.create_table('application',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('account_id', sa.Uuid(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('submission', sa.Integer(), nullable=False),
    sa.Column('employer', sa.JSON(), nullable=True),
    sa.Column('stage', sa.JSON(), nullable=True),
    sa.Column('rejection', sa.JSON(), nullable=True),
    sa.Column('withdrawal', sa.JSON(), nullable=True),
    sa.Column('last_sequence', sa.Integer(), nullable=False),
    sa.Column('correlation_id', sa.Uuid(), nullable=True),
    sa.Column('created_at', shared.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', shared.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('submitted_at', shared.db.types.UTCDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['account_id'], ['applicant_account.id'], name=op.f('fk_application_account_id_applicant_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_application'))
    )
    with op.batch_alter_table('application', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_application_account_id'), ['account_id'], unique=False)
    op.create_table('application_form',
    sa.Column('application_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('data', sa.JSON(), nullable=False),
    sa.Column('updated_at', shared.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['application.id'], name=op.f('fk_application_form_application_id_application')),
    sa.PrimaryKeyConstraint('application_id', 'kind', name=op.f('pk_application_form'))
    )
    op.create_table('application_version',
    sa.Column('application_id', sa.Uuid(), nullable=False),
    sa.Column('submission', sa.Integer(), nullable=False),
    sa.Column('employer', sa.JSON(), nullable=False),
    sa.Column('forms', sa.JSON(), nullable=False),
    sa.Column('check_report', sa.JSON(), nullable=False),
    sa.Column('files', sa.JSON(), nullable=False),
    sa.Column('sequence', sa.Integer(), nullable=False),
    sa.Column('correlation_id', sa.Uuid(), nullable=False),
    sa.Column('idempotency_key', sa.String(length=200), nullable=True),
    sa.Column('submitted_at', shared.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['application.id'], name=op.f('fk_application_version_application_id_application')),
    sa.PrimaryKeyConstraint('application_id', 'submission', name=op.f('pk_application_version')),
    sa.UniqueConstraint('application_id', 'idempotency_key', name=op.f('uq_application_version_application_id_idempotency_key'))
    )
    op.create_table('stored_file',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('application_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('title', sa.String(length=50), nullable=False),
    sa.Column('media_type', sa.String(length=50), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('width', sa.Integer(), nullable=True),
    sa.Column('height', sa.Integer(), nullable=True),
    sa.Column('sharpness', sa.Float(), nullable=True),
    sa.Column('uploaded_at', shared.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['application.id'], name=op.f('fk_stored_file_application_id_application')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stored_file'))
    )
    with op.batch_alter_table('stored_file', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_stored_file_application_id'), ['application_id'], unique=False)

    op.create_table('timeline_entry',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('application_id', sa.Uuid(), nullable=False),
    sa.Column('submission', sa.Integer(), nullable=False),
    sa.Column('sequence', sa.Integer(), nullable=False),
    sa.Column('occurred_at', shared.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('organisation', sa.String(length=200), nullable=True),
    sa.Column('summary', sa.String(length=500), nullable=False),
    sa.Column('reasons', sa.JSON(), nullable=True),
    sa.ForeignKeyConstraint(['application_id'], ['application.id'], name=op.f('fk_timeline_entry_application_id_application')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_timeline_entry'))
    )
    with op.batch_alter_table('timeline_entry', schema=None) as batch_op:
        batch_op.create_index('ix_timeline_entry_application', ['application_id', 'submission', 'sequence'], unique=False)



def downgrade() -> None:
    op.drop_table('timeline_entry')
    op.drop_table('stored_file')
    op.drop_table('application_version')
    op.drop_table('application_form')
    op.drop_table('application')
    op.drop_table('applicant_account')
    op.create_table('application',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('submission', sa.Integer(), nullable=False),
    sa.Column('applicant_name', sa.String(length=50), nullable=False),
    sa.Column('id_number', sa.String(length=18), nullable=False),
    sa.Column('phone', sa.String(length=11), nullable=False),
    sa.Column('employer_name', sa.String(length=200), nullable=False),
    sa.Column('ownership', sa.String(length=40), nullable=False),
    sa.Column('level', sa.String(length=10), nullable=False),
    sa.Column('region_code', sa.String(length=6), nullable=False),
    sa.Column('provincial_unit', sa.String(length=60), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('stage', sa.JSON(), nullable=True),
    sa.Column('rejection', sa.JSON(), nullable=True),
    sa.Column('last_sequence', sa.Integer(), nullable=False),
    sa.Column('correlation_id', sa.Uuid(), nullable=False),
    sa.Column('idempotency_key', sa.String(length=200), nullable=True),
    sa.Column('request_fingerprint', sa.String(length=64), nullable=True),
    sa.Column('submitted_at', shared.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', shared.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_application')),
    sa.UniqueConstraint('idempotency_key', name=op.f('uq_application_idempotency_key'))
    )
