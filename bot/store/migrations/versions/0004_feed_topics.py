"""Feeds in forum topics: the topic (message thread) a subscription posts to.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"


def upgrade() -> None:
    op.add_column("feed_subscriptions", sa.Column("message_thread_id", sa.BigInteger, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("feed_subscriptions") as table:
        table.drop_column("message_thread_id")
