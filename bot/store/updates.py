"""Which Telegram updates were handled, so a redelivered update is answered once.

Telegram delivers an update again when it did not get a 200 in time, and behind a load balancer
the second delivery may reach another instance. Each instance claims an update before handling
it: the claim is one INSERT ... ON CONFLICT on the update id, taking the row when it is new or
when its holder's lease ran out without finishing (an instance that died mid-update). Rows are
kept for a few days, longer than Telegram keeps retrying, then pruned.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from functools import cache

from sqlalchemy import (
    BigInteger, Boolean, Column, Connection, Float, Index, String, Table, bindparam, delete, select, update,
)

from bot.store.database import Store, insert_for, metadata

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
    """Claims, finishes and releases updates through the store, each one statement committed
    alone: on PostgreSQL past the engine (`Store.direct`), on SQLite on the store's thread with its
    other calls of the same loop turn."""

    def __init__(self, store: Store, owner: str, lease_seconds: float) -> None:
        self.store = store
        self._owner = owner
        self._lease = lease_seconds

    async def claim(self, update_id: int, now: float) -> Claim:
        direct = self.store.direct
        if direct is None:
            return await self.store.write(_claim, update_id, self._owner, now + self._lease, now)
        statements = ledger_statements("postgresql")
        if await direct.execute(statements.claim, **_claim_row(update_id, self._owner, now + self._lease, now)):
            return Claim.MINE
        return _claimed_by_another(await direct.fetchval(statements.is_done, update_id=update_id))

    async def finish(self, update_id: int) -> None:
        if self.store.direct is None:
            await self.store.write(_finish, update_id)
        else:
            await self.store.direct.execute(ledger_statements("postgresql").finish, handled=update_id)

    async def release(self, update_id: int) -> None:
        """Handling failed: let the next delivery of this update take it at once."""
        if self.store.direct is None:
            await self.store.write(_release, update_id, self._owner)
        else:
            await self.store.direct.execute(ledger_statements("postgresql").release, update_id=update_id,
                                            owner=self._owner)


@dataclass(frozen=True)
class LedgerStatements:
    """Built once per database kind, like `bot.store.database.LinkStatements`: one of each per update."""

    claim: object
    """Insert the claim, or take over one whose holder's lease ran out unfinished."""
    is_done: object
    finish: object
    release: object


@cache
def ledger_statements(dialect: str) -> LedgerStatements:
    table = processed_updates
    taking = insert_for(dialect, table)
    return LedgerStatements(
        claim=taking.on_conflict_do_update(
            index_elements=[table.c.update_id],
            set_={"owner": taking.excluded.owner, "lease_until": taking.excluded.lease_until},
            where=table.c.done.is_(False) & (table.c.lease_until < bindparam("now")),
        ),
        is_done=select(table.c.done).where(table.c.update_id == bindparam("update_id")),
        finish=update(table).where(table.c.update_id == bindparam("handled")).values(done=True),
        release=delete(table).where(table.c.update_id == bindparam("update_id"),
                                    table.c.owner == bindparam("owner")),
    )


def _claim_row(update_id: int, owner: str, lease_until: float, now: float) -> dict[str, object]:
    return {"update_id": update_id, "owner": owner, "lease_until": lease_until, "done": False,
            "received_at": now, "now": now}


def _claimed_by_another(done: bool | None) -> Claim:
    return Claim.DONE if done else Claim.BUSY


def _claim(conn: Connection, update_id: int, owner: str, lease_until: float, now: float) -> Claim:
    statements = ledger_statements(conn.dialect.name)
    if conn.execute(statements.claim, _claim_row(update_id, owner, lease_until, now)).rowcount:
        return Claim.MINE
    return _claimed_by_another(conn.execute(statements.is_done, {"update_id": update_id}).scalar())


def _finish(conn: Connection, update_id: int) -> None:
    conn.execute(ledger_statements(conn.dialect.name).finish, {"handled": update_id})


def _release(conn: Connection, update_id: int, owner: str) -> None:
    conn.execute(ledger_statements(conn.dialect.name).release, {"update_id": update_id, "owner": owner})
