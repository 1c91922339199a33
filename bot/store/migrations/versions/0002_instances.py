"""Several instances on one database: leases on feeds, and the updates already handled.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"


def upgrade() -> None:
    op.add_column("feeds", sa.Column("lease_owner", sa.String(64), nullable=True))
    op.add_column("feeds", sa.Column("lease_until", sa.Float, nullable=True))
    op.create_table(
        "processed_updates",
        sa.Column("update_id", sa.BigInteger, primary_key=True, autoincrement=False),
        sa.Column("owner", sa.String(64), nullable=False),
        sa.Column("lease_until", sa.Float, nullable=False),
        sa.Column("done", sa.Boolean, nullable=False),
        sa.Column("received_at", sa.Float, nullable=False),
    )
    op.create_index("ix_processed_updates_received", "processed_updates", ["received_at"])
    # Databases from before Alembic kept their version here; `migrate` stamped them as 0001.
    if sa.inspect(op.get_bind()).has_table("schema_version"):
        op.drop_table("schema_version")


def downgrade() -> None:
    op.drop_index("ix_processed_updates_received", "processed_updates")
    op.drop_table("processed_updates")
    op.drop_column("feeds", "lease_until")
    op.drop_column("feeds", "lease_owner")
