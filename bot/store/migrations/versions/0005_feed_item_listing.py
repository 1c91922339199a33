"""Retention: when a feed last listed each item, so an item is pruned only once its feed dropped it.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"


def upgrade() -> None:
    op.add_column("feed_items", sa.Column("listed_at", sa.Float, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("feed_items") as table:
        table.drop_column("listed_at")
