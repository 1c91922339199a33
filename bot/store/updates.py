"""Which Telegram updates were handled, so a redelivered update is answered once.

Telegram delivers an update again when it did not get a 200 in time, and behind a load balancer
the second delivery may reach another instance. Each instance claims an update before handling
it: the claim is one INSERT ... ON CONFLICT on the update id, taking the row when it is new or
when its holder's lease ran out without finishing (an instance that died mid-update). Rows are
kept for a few days, longer than Telegram keeps retrying, then pruned.
"""

from __future__ import annotations

from enum import Enum

from sqlalchemy import BigInteger, Boolean, Column, Float, Index, String, Table, delete, select
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.store.database import metadata, upsert, writing

processed_updates = Table(
    "processed_updates", metadata,
    Column("update_id", BigInteger, primary_key=True, autoincrement=False),
    Column("owner", String(64), nullable=False),
    Column("lease_until", Float, nullable=False),
    Column("done", Boolean, nullable=False),
    Column("received_at", Float, nullable=False),
    Index("ix_processed_updates_received", "received_at"),
)


class Claim(Enum):
    MINE = "mine"
    """Handle it now, then `finish` it."""
    DONE = "done"
    """Already handled (here or elsewhere): acknowledge and do nothing."""
    BUSY = "busy"
    """Another instance is handling it right now: ask Telegram to deliver it again later."""


class UpdateLedger:
    def __init__(self, engine: AsyncEngine, owner: str, lease_seconds: float) -> None:
        self.engine = engine
        self._owner = owner
        self._lease = lease_seconds

    async def claim(self, update_id: int, now: float) -> Claim:
        table = processed_updates
        async with writing(self.engine) as conn:
            row = upsert(conn, table).values(
                update_id=update_id, owner=self._owner, lease_until=now + self._lease, done=False,
                received_at=now,
            )
            taken = await conn.execute(row.on_conflict_do_update(
                index_elements=[table.c.update_id],
                set_={"owner": self._owner, "lease_until": now + self._lease},
                where=table.c.done.is_(False) & (table.c.lease_until < now),
            ))
            if taken.rowcount:
                return Claim.MINE
            done = (await conn.execute(select(table.c.done).where(table.c.update_id == update_id))).scalar()
        return Claim.DONE if done else Claim.BUSY

    async def finish(self, update_id: int) -> None:
        async with writing(self.engine) as conn:
            await conn.execute(processed_updates.update().where(
                processed_updates.c.update_id == update_id).values(done=True))

    async def release(self, update_id: int) -> None:
        """Handling failed: let the next delivery of this update take it at once."""
        async with writing(self.engine) as conn:
            await conn.execute(delete(processed_updates).where(
                processed_updates.c.update_id == update_id, processed_updates.c.owner == self._owner))

