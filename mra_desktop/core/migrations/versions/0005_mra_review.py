"""MRA's own records: meeting reviews and their history, exemplary changes, cell
summaries of the consolidation matrix, and the national Most Significant Change round.

Revision ID: 0005
Revises: 0003
Create Date: 2026-11-29
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0005'
down_revision: str | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('mra_cell_summary',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('row_axis', sa.String(length=20), nullable=False),
    sa.Column('row_key', sa.String(length=200), nullable=False),
    sa.Column('column_axis', sa.String(length=20), nullable=False),
    sa.Column('column_key', sa.String(length=200), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('author', sa.String(length=200), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mra_cell_summary')),
    sa.UniqueConstraint('row_axis', 'row_key', 'column_axis', 'column_key', name=op.f('uq_mra_cell_summary_row_axis'))
    )
    op.create_table('mra_msc_round',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('period_from', sa.Date(), nullable=True),
    sa.Column('period_to', sa.Date(), nullable=True),
    sa.Column('domain_axis', sa.String(length=20), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=200), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mra_msc_round'))
    )
    op.create_table('mra_meeting_review',
    sa.Column('meeting_id', sa.String(length=36), nullable=False),
    sa.Column('state', sa.String(length=20), nullable=False),
    sa.Column('comment', sa.Text(), nullable=False),
    sa.Column('reviewer', sa.String(length=200), nullable=False),
    sa.Column('state_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_mra_meeting_review_meeting_id_meeting')),
    sa.PrimaryKeyConstraint('meeting_id', name=op.f('pk_mra_meeting_review'))
    )
    with op.batch_alter_table('mra_meeting_review', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mra_meeting_review_state'), ['state'], unique=False)

    op.create_table('mra_review_event',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('meeting_id', sa.String(length=36), nullable=False),
    sa.Column('state', sa.String(length=20), nullable=False),
    sa.Column('comment', sa.Text(), nullable=False),
    sa.Column('reviewer', sa.String(length=200), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_mra_review_event_meeting_id_meeting')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mra_review_event'))
    )
    with op.batch_alter_table('mra_review_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mra_review_event_meeting_id'), ['meeting_id'], unique=False)

    op.create_table('mra_change_flag',
    sa.Column('change_id', sa.String(length=36), nullable=False),
    sa.Column('exemplary', sa.Boolean(), nullable=False),
    sa.Column('flagged_by', sa.String(length=200), nullable=False),
    sa.Column('flagged_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['change_id'], ['change.id'], name=op.f('fk_mra_change_flag_change_id_change')),
    sa.PrimaryKeyConstraint('change_id', name=op.f('pk_mra_change_flag'))
    )
    op.create_table('mra_msc_choice',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('round_id', sa.String(length=36), nullable=False),
    sa.Column('domain_key', sa.String(length=200), nullable=False),
    sa.Column('change_id', sa.String(length=36), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('dissent', sa.Text(), nullable=False),
    sa.Column('chosen_by', sa.String(length=200), nullable=False),
    sa.Column('chosen_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['change_id'], ['change.id'], name=op.f('fk_mra_msc_choice_change_id_change')),
    sa.ForeignKeyConstraint(['round_id'], ['mra_msc_round.id'], name=op.f('fk_mra_msc_choice_round_id_mra_msc_round')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mra_msc_choice')),
    sa.UniqueConstraint('round_id', 'domain_key', name=op.f('uq_mra_msc_choice_round_id'))
    )
    with op.batch_alter_table('mra_msc_choice', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mra_msc_choice_round_id'), ['round_id'], unique=False)

    # the consolidation matrix reads these indexes alone (mra_desktop.core.consolidation)
    op.create_index(
        'ix_change_consolidation', 'change',
        ['meeting_id', 'sector', 'subtheme', 'change_kind', 'change_class', 'obligations'],
        unique=False,
        sqlite_where=sa.text('deleted_at IS NULL'),
        postgresql_where=sa.text('deleted_at IS NULL'),
    )
    op.create_index(
        'ix_participant_consolidation', 'participant', ['meeting_id', 'count'],
        unique=False,
        sqlite_where=sa.text('deleted_at IS NULL'),
        postgresql_where=sa.text('deleted_at IS NULL'),
    )


def downgrade() -> None:
    op.drop_index('ix_participant_consolidation', table_name='participant')
    op.drop_index('ix_change_consolidation', table_name='change')
    with op.batch_alter_table('mra_msc_choice', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mra_msc_choice_round_id'))

    op.drop_table('mra_msc_choice')
    op.drop_table('mra_change_flag')
    with op.batch_alter_table('mra_review_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mra_review_event_meeting_id'))

    op.drop_table('mra_review_event')
    with op.batch_alter_table('mra_meeting_review', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mra_meeting_review_state'))

    op.drop_table('mra_meeting_review')
    op.drop_table('mra_msc_round')
    op.drop_table('mra_cell_summary')
