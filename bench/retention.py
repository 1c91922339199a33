"""Retention: the database size over a simulated run of many feed items a day, with and without pruning.

    python -m bench.retention [--data DIR] [--days 90] [--items-per-day 5000] [--feeds 50]

Each day, every feed is polled four times and lists its newest 50 items (a usual feed window), a
quarter of its day's items new at each poll; one chat follows every feed and every post is marked
sent. With pruning, the retention job runs once a simulated day with the default settings. The
feed store is driven directly (no HTTP, no Telegram): this measures what the bookkeeping costs on
disk, and checks that no item was ever posted twice. Sizes are SQLite's pages in use (the file
itself keeps freed pages for reuse). `--data` is accepted like everywhere but not read.
"""

from __future__ import annotations

import asyncio
import tempfile
import time
from pathlib import Path

from sqlalchemy import func, select, text, update

from bench.data import argument_parser
from bot.store import open_store
from bot.store.feeds import SENT, FeedStore, FeedUpdate, feed_deliveries, feed_items
from bot.store.records import FeedEntry, WordFilter
from bot.store.retention import DAY, Retention, prune

POLLS_PER_DAY = 4
FEED_WINDOW = 50
START = 1_700_000_000.0


def entry(feed: int, number: int) -> FeedEntry:
    return FeedEntry(guid=f"https://news{feed}.example/story/{number}", link=f"https://news{feed}.example/story/{number}",
                     title=f"Story {number} of feed {feed}", summary="", published=None)


async def simulate(folder: Path, days: int, per_day: int, feeds: int, pruning: bool) -> tuple[list[int], int, int]:
    """Pages in use at the end of each 30 days, items ever posted, and posts made."""
    store = await open_store(f"sqlite:///{folder / ('pruned' if pruning else 'kept')}.sqlite3")
    feed_store = FeedStore(store.engine)
    per_poll = max(1, per_day // feeds // POLLS_PER_DAY)
    ids = []
    for feed in range(feeds):
        found = FeedUpdate(feed_id=0, next_poll_at=START, ok=True, entries=())
        subscription = await feed_store.subscribe(1, f"https://news{feed}.example/feed", found,
                                                  WordFilter((), ()), START, max_feeds=feeds)
        ids.append(subscription.feed_id)
    sizes, posts, latest = [], 0, 0
    for day in range(days):
        for poll in range(POLLS_PER_DAY):
            now = START + day * DAY + poll * DAY / POLLS_PER_DAY
            latest += per_poll
            listed = range(latest - 1, max(-1, latest - 1 - FEED_WINDOW), -1)
            updates = [FeedUpdate(feed_id=feed_id, next_poll_at=now, ok=True,
                                  entries=tuple(entry(feed, n) for n in listed))
                       for feed, feed_id in enumerate(ids)]
            posts += (await feed_store.record(updates, now)).deliveries
            async with store.engine.begin() as conn:
                await conn.execute(update(feed_deliveries).where(feed_deliveries.c.state != SENT).values(
                    state=SENT, claimed_at=now, sent_at=now))
        if pruning:
            await prune(store.engine, Retention(), START + (day + 1) * DAY)
        if (day + 1) % 30 == 0 or day + 1 == days:
            async with store.engine.connect() as conn:
                pages = (await conn.execute(text("PRAGMA page_count"))).scalar_one()
                free = (await conn.execute(text("PRAGMA freelist_count"))).scalar_one()
                size = (await conn.execute(text("PRAGMA page_size"))).scalar_one()
            sizes.append((pages - free) * size)
    async with store.engine.connect() as conn:
        items = (await conn.execute(select(func.count()).select_from(feed_items))).scalar_one()
    await store.close()
    return sizes, posts, items


def main() -> None:
    parser = argument_parser(__doc__)
    parser.add_argument("--days", type=int, default=90)
    parser.add_argument("--items-per-day", type=int, default=5000)
    parser.add_argument("--feeds", type=int, default=50)
    args = parser.parse_args()
    expected = args.days * args.feeds * POLLS_PER_DAY * max(1, args.items_per_day // args.feeds // POLLS_PER_DAY)
    with tempfile.TemporaryDirectory() as folder:
        for pruning in (False, True):
            began = time.perf_counter()
            sizes, posts, items = asyncio.run(simulate(Path(folder), args.days, args.items_per_day, args.feeds,
                                                       pruning))
            shown = ", ".join(f"{mb / 1e6:.1f} MB" for mb in sizes)
            print(f"{'with' if pruning else 'without'} pruning: {shown} (every 30 days); {items} items kept; "
                  f"{posts} posts for {expected} items, each posted once: {posts == expected}; "
                  f"{time.perf_counter() - began:.0f} s")


if __name__ == "__main__":
    main()
