"""The update ledger on a real database (SQLite and PostgreSQL): a Telegram update delivered again,
to this instance or another, is handled once, and one whose handler died is handled again."""

from __future__ import annotations

import asyncio

from bot.store import UpdateLedger, open_store
from bot.store.updates import Claim

LEASE = 300.0


async def test_a_redelivered_update_is_handled_once_and_a_dead_handlers_is_taken_over(database_url: str) -> None:
    store = await open_store(database_url)
    here, there = UpdateLedger(store, "here", LEASE), UpdateLedger(store, "there", LEASE)
    try:
        assert await here.claim(1, 1000.0) is Claim.MINE
        assert await there.claim(1, 1001.0) is Claim.BUSY, "still being handled here"
        await here.finish(1)
        assert await there.claim(1, 1002.0) is Claim.DONE
        assert await here.claim(1, 1000.0 + 2 * LEASE) is Claim.DONE, "done stays done after the lease"

        assert await here.claim(2, 1000.0) is Claim.MINE
        assert await there.claim(2, 1000.0 + LEASE + 1) is Claim.MINE, "its handler's lease ran out unfinished"
        assert await here.claim(2, 1000.0 + LEASE + 2) is Claim.BUSY

        assert await here.claim(3, 1000.0) is Claim.MINE
        await here.release(3)
        assert await there.claim(3, 1001.0) is Claim.MINE, "a failed update is taken again at once"
    finally:
        await store.close()


async def test_claims_race_for_one_update_and_one_instance_wins(database_url: str) -> None:
    first, second = await asyncio.gather(open_store(database_url), open_store(database_url))
    ledgers = [UpdateLedger(store, f"instance {n}", LEASE) for n, store in enumerate((first, second, first, second))]
    try:
        for update_id in range(10):
            claims = await asyncio.gather(*(ledger.claim(update_id, 1000.0) for ledger in ledgers))
            assert claims.count(Claim.MINE) == 1 and claims.count(Claim.BUSY) == 3
    finally:
        await first.close()
        await second.close()
