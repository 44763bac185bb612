"""Trusted sync: enrolled partner devices, the change sequence, demo marks, undoable
imports, and what an import log and a conflict say about signatures and revisions.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01

Existing rows: every record gets change sequence 0 and the counter starts at 0 (the first
``--since-last`` export after the upgrade sends everything, since the earlier exports
were anchored on the clock); the records of the demo dataset are marked as demo records,
so that they never leave the database; earlier imports were of format 1.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0004'
down_revision: str | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SYNCED_TABLES = ('organisation', 'meeting', 'participant', 'change', 'action_item', 'note')


def upgrade() -> None:
    op.create_table('change_counter',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('value', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_change_counter'))
    )
    op.execute("INSERT INTO change_counter (id, value) VALUES (1, 0)")

    op.create_table('partner_device',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('key_id', sa.String(length=64), nullable=False),
    sa.Column('public_key', sa.String(length=64), nullable=False),
    sa.Column('fingerprint', sa.String(length=40), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('organisation_id', sa.String(length=36), nullable=False),
    sa.Column('organisation_name', sa.Text(), nullable=False),
    sa.Column('enrolled_at', sa.DateTime(), nullable=False),
    sa.Column('revoked_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_partner_device')),
    sa.UniqueConstraint('key_id', name=op.f('uq_partner_device_key_id'))
    )
    with op.batch_alter_table('partner_device', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_partner_device_organisation_id'), ['organisation_id'], unique=False)

    op.create_table('import_before_image',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('import_id', sa.String(length=36), nullable=False),
    sa.Column('record_type', sa.String(length=30), nullable=False),
    sa.Column('record_id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['import_id'], ['import_log.id'], name=op.f('fk_import_before_image_import_id_import_log')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_import_before_image'))
    )
    with op.batch_alter_table('import_before_image', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_import_before_image_import_id'), ['import_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_import_before_image_record_id'), ['record_id'], unique=False)

    # Columns with a constant default, added in place: copying these tables would have to
    # drop tables that others refer to.
    for table in SYNCED_TABLES:
        op.add_column(table, sa.Column('first_import_id', sa.String(length=36), nullable=True))
        op.add_column(table, sa.Column('change_seq', sa.Integer(), nullable=False, server_default='0'))
        op.add_column(table, sa.Column('demo', sa.Boolean(), nullable=False, server_default=sa.text('0')))
        op.create_index(op.f(f'ix_{table}_change_seq'), table, ['change_seq'], unique=False)

    with op.batch_alter_table('import_log', schema=None) as batch_op:
        batch_op.add_column(sa.Column('format_version', sa.Integer(), nullable=False, server_default='1'))
        batch_op.add_column(sa.Column('signer_key_id', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('signer_fingerprint', sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column('source_organisation_id', sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column('sequence', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('recipient_fingerprint', sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column('reverted_at', sa.DateTime(), nullable=True))
        batch_op.create_index(batch_op.f('ix_import_log_signer_key_id'), ['signer_key_id'], unique=False)

    with op.batch_alter_table('export_log', schema=None) as batch_op:
        batch_op.add_column(sa.Column('sequence', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('since_sequence', sa.Integer(), nullable=True))

    with op.batch_alter_table('sync_conflict', schema=None) as batch_op:
        batch_op.add_column(sa.Column('reason', sa.String(length=20), nullable=False, server_default='same_revision'))
        batch_op.add_column(sa.Column('resolved_by_import_id', sa.String(length=36), nullable=True))

    _mark_demo_records()


def _mark_demo_records() -> None:
    """The demo dataset's ids are derived from its keys, so they can be found again."""
    from mra_desktop.core.demo import demo_record_ids

    connection = op.get_bind()
    for table, ids in demo_record_ids().items():
        statement = sa.text(f'UPDATE "{table}" SET demo = 1 WHERE id IN :ids').bindparams(
            sa.bindparam('ids', expanding=True)
        )
        connection.execute(statement, {'ids': sorted(ids)})


def downgrade() -> None:
    with op.batch_alter_table('sync_conflict', schema=None) as batch_op:
        batch_op.drop_column('resolved_by_import_id')
        batch_op.drop_column('reason')

    with op.batch_alter_table('export_log', schema=None) as batch_op:
        batch_op.drop_column('since_sequence')
        batch_op.drop_column('sequence')

    with op.batch_alter_table('import_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_import_log_signer_key_id'))
        batch_op.drop_column('reverted_at')
        batch_op.drop_column('recipient_fingerprint')
        batch_op.drop_column('sequence')
        batch_op.drop_column('source_organisation_id')
        batch_op.drop_column('signer_fingerprint')
        batch_op.drop_column('signer_key_id')
        batch_op.drop_column('format_version')

    for table in reversed(SYNCED_TABLES):
        op.drop_index(op.f(f'ix_{table}_change_seq'), table_name=table)
        op.drop_column(table, 'demo')
        op.drop_column(table, 'change_seq')
        op.drop_column(table, 'first_import_id')

    with op.batch_alter_table('import_before_image', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_import_before_image_record_id'))
        batch_op.drop_index(batch_op.f('ix_import_before_image_import_id'))
    op.drop_table('import_before_image')

    with op.batch_alter_table('partner_device', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_partner_device_organisation_id'))
    op.drop_table('partner_device')
    op.drop_table('change_counter')
