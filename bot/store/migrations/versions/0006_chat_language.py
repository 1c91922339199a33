"""The language a chat's feed posts are written in: its feeds' set-up person's, as their Telegram
app is set (NULL: not known, the bot's own).

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"


def upgrade() -> None:
    op.add_column("chats", sa.Column("language", sa.String(8), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("chats") as table:
        table.drop_column("language")
