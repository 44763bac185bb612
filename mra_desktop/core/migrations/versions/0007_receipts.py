"""Receipts: MRA's log of the receipts it wrote for partners, and at a partner the
receipts imported from MRA with, per meeting, MRA's review as the newest receipt told it.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-13
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0007'
down_revision: str | None = '0006'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('mra_receipt',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('written_at', sa.DateTime(), nullable=False),
    sa.Column('import_id', sa.String(length=36), nullable=False),
    sa.Column('organisation_id', sa.String(length=36), nullable=False),
    sa.Column('organisation_name', sa.Text(), nullable=False),
    sa.Column('file_name', sa.String(length=255), nullable=False),
    sa.Column('file_sha256', sa.String(length=64), nullable=False),
    sa.Column('meeting_count', sa.Integer(), nullable=False),
    sa.Column('recipients', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['import_id'], ['import_log.id'], name=op.f('fk_mra_receipt_import_id_import_log')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mra_receipt')),
    sa.UniqueConstraint('number', name=op.f('uq_mra_receipt_number'))
    )
    with op.batch_alter_table('mra_receipt', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mra_receipt_import_id'), ['import_id'], unique=False)

    op.create_table('partner_receipt',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('issued_at', sa.DateTime(), nullable=False),
    sa.Column('imported_at', sa.DateTime(), nullable=False),
    sa.Column('file_name', sa.String(length=255), nullable=False),
    sa.Column('file_sha256', sa.String(length=64), nullable=False),
    sa.Column('signer_key_id', sa.String(length=64), nullable=False),
    sa.Column('signer_fingerprint', sa.String(length=40), nullable=False),
    sa.Column('organisation_id', sa.String(length=36), nullable=False),
    sa.Column('for_import_id', sa.String(length=36), nullable=False),
    sa.Column('content', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_partner_receipt'))
    )
    with op.batch_alter_table('partner_receipt', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_partner_receipt_imported_at'), ['imported_at'], unique=False)

    op.create_table('partner_mra_review',
    sa.Column('meeting_id', sa.String(length=36), nullable=False),
    sa.Column('receipt_id', sa.String(length=36), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('issued_at', sa.DateTime(), nullable=False),
    sa.Column('signer_key_id', sa.String(length=64), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('state', sa.String(length=20), nullable=False),
    sa.Column('changed_since_review', sa.Boolean(), nullable=False),
    sa.Column('comment', sa.Text(), nullable=False),
    sa.Column('state_at', sa.DateTime(), nullable=True),
    sa.Column('national_msc', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['receipt_id'], ['partner_receipt.id'], name=op.f('fk_partner_mra_review_receipt_id_partner_receipt')),
    sa.PrimaryKeyConstraint('meeting_id', name=op.f('pk_partner_mra_review'))
    )
    with op.batch_alter_table('partner_mra_review', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_partner_mra_review_receipt_id'), ['receipt_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('partner_mra_review', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_partner_mra_review_receipt_id'))

    op.drop_table('partner_mra_review')
    with op.batch_alter_table('partner_receipt', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_partner_receipt_imported_at'))

    op.drop_table('partner_receipt')
    with op.batch_alter_table('mra_receipt', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mra_receipt_import_id'))

    op.drop_table('mra_receipt')
