"""The first schema: chats, articles and their links, bot messages, feeds and the feed outbox.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None


def upgrade() -> None:
    op.create_table(
        "chats",
        sa.Column("id", sa.BigInteger, primary_key=True, autoincrement=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("length", sa.String(8), nullable=False),
        sa.Column("quotes", sa.Boolean, nullable=False),
        sa.Column("current_article_id", sa.Integer, nullable=True),
        sa.Column("auto_summary", sa.Boolean, nullable=False),
        sa.Column("created_at", sa.Float, nullable=False),
    )
    op.create_table(
        "articles",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("key", sa.Text, nullable=True, unique=True),
        sa.Column("data", sa.Text, nullable=False),
        sa.Column("fetched_at", sa.Float, nullable=False),
    )
    op.create_table(
        "article_links",
        sa.Column("url", sa.Text, primary_key=True),
        sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    )
    op.create_table(
        "chat_articles",
        sa.Column("chat_id", sa.BigInteger, primary_key=True, autoincrement=False),
        sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("read_at", sa.Float, nullable=False),
    )
    op.create_table(
        "messages",
        sa.Column("chat_id", sa.BigInteger, primary_key=True, autoincrement=False),
        sa.Column("message_id", sa.BigInteger, primary_key=True, autoincrement=False),
        sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    )
    op.create_table(
        "feeds",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("url", sa.Text, nullable=False, unique=True),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("etag", sa.Text, nullable=True),
        sa.Column("last_modified", sa.Text, nullable=True),
        sa.Column("content_hash", sa.String(64), nullable=True),
        sa.Column("failures", sa.Integer, nullable=False),
        sa.Column("failing_since", sa.Float, nullable=True),
        sa.Column("last_error", sa.Text, nullable=True),
        sa.Column("next_poll_at", sa.Float, nullable=False),
        sa.Column("paused", sa.Boolean, nullable=False),
        sa.Column("created_at", sa.Float, nullable=False),
    )
    op.create_index("ix_feeds_due", "feeds", ["paused", "next_poll_at"])
    op.create_table(
        "feed_subscriptions",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("chat_id", sa.BigInteger, nullable=False),
        sa.Column("feed_id", sa.Integer, sa.ForeignKey("feeds.id", ondelete="CASCADE"), nullable=False),
        sa.Column("include_words", sa.Text, nullable=False),
        sa.Column("exclude_words", sa.Text, nullable=False),
        sa.Column("created_at", sa.Float, nullable=False),
        sa.UniqueConstraint("chat_id", "feed_id"),
    )
    op.create_index("ix_feed_subscriptions_feed", "feed_subscriptions", ["feed_id"])
    op.create_table(
        "feed_chat_settings",
        sa.Column("chat_id", sa.BigInteger, primary_key=True, autoincrement=False),
        sa.Column("digest", sa.String(5), nullable=True),
        sa.Column("tz", sa.String(64), nullable=False),
    )
    op.create_table(
        "feed_items",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("feed_id", sa.Integer, sa.ForeignKey("feeds.id", ondelete="CASCADE"), nullable=False),
        sa.Column("guid", sa.Text, nullable=False),
        sa.Column("link", sa.Text, nullable=True),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("published", sa.Float, nullable=True),
        sa.Column("seen_at", sa.Float, nullable=False),
        sa.UniqueConstraint("feed_id", "guid"),
    )
    op.create_table(
        "feed_deliveries",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("chat_id", sa.BigInteger, nullable=False),
        sa.Column("subscription_id", sa.Integer,
                  sa.ForeignKey("feed_subscriptions.id", ondelete="CASCADE"), nullable=False),
        sa.Column("item_id", sa.Integer, sa.ForeignKey("feed_items.id", ondelete="CASCADE"), nullable=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("state", sa.String(8), nullable=False),
        sa.Column("for_digest", sa.Boolean, nullable=False),
        sa.Column("created_at", sa.Float, nullable=False),
        sa.Column("claimed_at", sa.Float, nullable=True),
        sa.Column("sent_at", sa.Float, nullable=True),
        sa.UniqueConstraint("chat_id", "item_id"),
    )
    op.create_index("ix_feed_deliveries_queue", "feed_deliveries", ["state", "for_digest", "chat_id"])
    op.create_index("ix_feed_deliveries_recent", "feed_deliveries", ["chat_id", "claimed_at"])
    op.create_index("ix_feed_deliveries_subscription", "feed_deliveries", ["subscription_id"])


def downgrade() -> None:
    for table in ("feed_deliveries", "feed_items", "feed_chat_settings", "feed_subscriptions", "feeds",
                  "messages", "chat_articles", "article_links", "articles", "chats"):
        op.drop_table(table)
