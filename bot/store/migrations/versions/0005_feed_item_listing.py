"""Retention: when a feed last listed each item, so an item is pruned only once its feed dropped it;
indexes for finding old items and an item's posts (which deleting an item cascades to).

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"


def upgrade() -> None:
    op.add_column("feed_items", sa.Column("listed_at", sa.Float, nullable=True))
    op.create_index("ix_feed_items_seen", "feed_items", ["seen_at"])
    op.create_index("ix_feed_deliveries_item", "feed_deliveries", ["item_id"])


def downgrade() -> None:
    op.drop_index("ix_feed_deliveries_item", "feed_deliveries")
    op.drop_index("ix_feed_items_seen", "feed_items")
    with op.batch_alter_table("feed_items") as table:
        table.drop_column("listed_at")
