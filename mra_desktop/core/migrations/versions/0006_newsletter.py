"""The partner's consent on each change (may be quoted, anonymise) and MRA's newsletter
issues and items.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0006'
down_revision: str | None = '0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # every change recorded so far has neither consent: off is the safe default
    with op.batch_alter_table('change', schema=None) as batch_op:
        batch_op.add_column(
            sa.Column('may_be_quoted', sa.Boolean(), server_default=sa.false(), nullable=False)
        )
        batch_op.add_column(
            sa.Column('anonymise', sa.Boolean(), server_default=sa.false(), nullable=False)
        )

    op.create_table('mra_newsletter_issue',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('number', sa.Integer(), nullable=True),
    sa.Column('language', sa.String(length=2), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('editorial', sa.Text(), nullable=False),
    sa.Column('period_from', sa.Date(), nullable=False),
    sa.Column('period_to', sa.Date(), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('figures', sa.JSON(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=200), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('published_at', sa.DateTime(), nullable=True),
    sa.Column('published_by', sa.String(length=200), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mra_newsletter_issue')),
    sa.UniqueConstraint('number', name=op.f('uq_mra_newsletter_issue_number'))
    )
    with op.batch_alter_table('mra_newsletter_issue', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mra_newsletter_issue_status'), ['status'], unique=False)

    op.create_table('mra_newsletter_item',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('issue_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('change_id', sa.String(length=36), nullable=True),
    sa.Column('source_revision', sa.Integer(), nullable=True),
    sa.Column('source_anonymise', sa.Boolean(), nullable=False),
    sa.Column('highlight', sa.String(length=10), nullable=False),
    sa.Column('sector', sa.String(length=30), nullable=True),
    sa.Column('partner', sa.String(length=200), nullable=False),
    sa.Column('meeting_date', sa.Date(), nullable=True),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('lead', sa.Text(), nullable=False),
    sa.Column('before', sa.Text(), nullable=False),
    sa.Column('now', sa.Text(), nullable=False),
    sa.Column('decided', sa.Text(), nullable=False),
    sa.Column('results', sa.Text(), nullable=False),
    sa.Column('why', sa.Text(), nullable=False),
    sa.Column('place', sa.Text(), nullable=False),
    sa.Column('edited', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['change_id'], ['change.id'], name=op.f('fk_mra_newsletter_item_change_id_change')),
    sa.ForeignKeyConstraint(['issue_id'], ['mra_newsletter_issue.id'], name=op.f('fk_mra_newsletter_item_issue_id_mra_newsletter_issue')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mra_newsletter_item'))
    )
    with op.batch_alter_table('mra_newsletter_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mra_newsletter_item_issue_id'), ['issue_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('mra_newsletter_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mra_newsletter_item_issue_id'))

    op.drop_table('mra_newsletter_item')
    with op.batch_alter_table('mra_newsletter_issue', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mra_newsletter_issue_status'))

    op.drop_table('mra_newsletter_issue')
    with op.batch_alter_table('change', schema=None) as batch_op:
        batch_op.drop_column('anonymise')
        batch_op.drop_column('may_be_quoted')
