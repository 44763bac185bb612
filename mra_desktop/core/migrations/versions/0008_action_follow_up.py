"""The follow-up of the previous meeting's action plan: for each of its action items, the
status recorded at the follow-up meeting and a comment.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-30
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0008'
down_revision: str | None = '0007'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('action_follow_up',
    sa.Column('action_item_id', sa.String(length=36), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=True),
    sa.Column('comment', sa.Text(), nullable=False),
    sa.Column('meeting_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('origin_import_id', sa.String(length=36), nullable=True),
    sa.Column('first_import_id', sa.String(length=36), nullable=True),
    sa.Column('change_seq', sa.Integer(), nullable=False, server_default='0'),
    sa.Column('demo', sa.Boolean(), nullable=False, server_default=sa.false()),
    sa.ForeignKeyConstraint(['action_item_id'], ['action_item.id'], name=op.f('fk_action_follow_up_action_item_id_action_item')),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_action_follow_up_meeting_id_meeting')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_action_follow_up'))
    )
    with op.batch_alter_table('action_follow_up', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_action_follow_up_action_item_id'), ['action_item_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_action_follow_up_change_seq'), ['change_seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_action_follow_up_deleted_at'), ['deleted_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_action_follow_up_meeting_id'), ['meeting_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('action_follow_up', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_action_follow_up_meeting_id'))
        batch_op.drop_index(batch_op.f('ix_action_follow_up_deleted_at'))
        batch_op.drop_index(batch_op.f('ix_action_follow_up_change_seq'))
        batch_op.drop_index(batch_op.f('ix_action_follow_up_action_item_id'))

    op.drop_table('action_follow_up')
