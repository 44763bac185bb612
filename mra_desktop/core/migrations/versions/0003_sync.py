"""Sync files: import log, export log, conflicts, and each record's origin import.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0003'
down_revision: str | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SYNCED_TABLES = ('organisation', 'meeting', 'participant', 'change', 'action_item', 'note')


def upgrade() -> None:
    op.create_table('import_log',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('imported_at', sa.DateTime(), nullable=False),
    sa.Column('file_name', sa.String(length=255), nullable=False),
    sa.Column('file_sha256', sa.String(length=64), nullable=False),
    sa.Column('file_size', sa.Integer(), nullable=False),
    sa.Column('source_organisation', sa.Text(), nullable=False),
    sa.Column('source_device_id', sa.String(length=36), nullable=False),
    sa.Column('exported_at', sa.DateTime(), nullable=False),
    sa.Column('app_version', sa.String(length=40), nullable=False),
    sa.Column('encrypted', sa.Boolean(), nullable=False),
    sa.Column('new_count', sa.Integer(), nullable=False),
    sa.Column('updated_count', sa.Integer(), nullable=False),
    sa.Column('unchanged_count', sa.Integer(), nullable=False),
    sa.Column('conflict_count', sa.Integer(), nullable=False),
    sa.Column('deleted_count', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_import_log'))
    )
    with op.batch_alter_table('import_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_import_log_file_sha256'), ['file_sha256'], unique=False)

    op.create_table('export_log',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('exported_at', sa.DateTime(), nullable=False),
    sa.Column('file_name', sa.String(length=255), nullable=False),
    sa.Column('file_sha256', sa.String(length=64), nullable=False),
    sa.Column('scope', sa.String(length=20), nullable=False),
    sa.Column('since', sa.DateTime(), nullable=True),
    sa.Column('record_count', sa.Integer(), nullable=False),
    sa.Column('deleted_count', sa.Integer(), nullable=False),
    sa.Column('encrypted', sa.Boolean(), nullable=False),
    sa.Column('recipient_fingerprint', sa.String(length=40), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_export_log'))
    )
    with op.batch_alter_table('export_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_export_log_exported_at'), ['exported_at'], unique=False)

    op.create_table('sync_conflict',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('record_type', sa.String(length=30), nullable=False),
    sa.Column('record_id', sa.String(length=36), nullable=False),
    sa.Column('import_id', sa.String(length=36), nullable=False),
    sa.Column('detected_at', sa.DateTime(), nullable=False),
    sa.Column('local_revision', sa.Integer(), nullable=False),
    sa.Column('incoming_revision', sa.Integer(), nullable=False),
    sa.Column('local_device_id', sa.String(length=36), nullable=False),
    sa.Column('incoming_device_id', sa.String(length=36), nullable=False),
    sa.Column('local_content_hash', sa.String(length=64), nullable=False),
    sa.Column('incoming_content_hash', sa.String(length=64), nullable=False),
    sa.Column('local_version', sa.JSON(), nullable=False),
    sa.Column('incoming_version', sa.JSON(), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('resolution', sa.String(length=20), nullable=True),
    sa.Column('resolved_at', sa.DateTime(), nullable=True),
    sa.Column('resolved_revision', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['import_id'], ['import_log.id'], name=op.f('fk_sync_conflict_import_id_import_log')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_conflict'))
    )
    with op.batch_alter_table('sync_conflict', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_conflict_import_id'), ['import_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_sync_conflict_record_id'), ['record_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_sync_conflict_status'), ['status'], unique=False)

    # A nullable column without a foreign key: SQLite adds it in place, no table copy.
    for table in SYNCED_TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column('origin_import_id', sa.String(length=36), nullable=True))



def downgrade() -> None:
    for table in reversed(SYNCED_TABLES):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column('origin_import_id')

    with op.batch_alter_table('sync_conflict', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_conflict_status'))
        batch_op.drop_index(batch_op.f('ix_sync_conflict_record_id'))
        batch_op.drop_index(batch_op.f('ix_sync_conflict_import_id'))

    op.drop_table('sync_conflict')
    with op.batch_alter_table('export_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_export_log_exported_at'))

    op.drop_table('export_log')
    with op.batch_alter_table('import_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_import_log_file_sha256'))

    op.drop_table('import_log')
