"""Retention: old bookkeeping goes, in batches, and no feed item is ever posted twice because of it.

Runs on SQLite and PostgreSQL (the feeds conftest's `database` fixture)."""

from __future__ import annotations

import time
from dataclasses import replace

from sqlalchemy import func, select

from bot.feeds.service import FeedService
from bot.reader import pipeline
from bot.store import UpdateLedger, open_store
from bot.store.feeds import feed_deliveries, feed_items
from bot.store.retention import DAY, Pruned, Retention, prune
from bot.store.updates import processed_updates
from tests.e2e import articles
from tests.feeds.test_service import INTERVAL, follow, posted
from tests.support.feeds import LiveFeed, items

KEEP = Retention(feed_items_days=30, sent_posts_days=30, processed_updates_days=3, unasked_articles_days=30)


async def count(service: FeedService, table) -> int:
    async with service.store.engine.connect() as conn:
        return (await conn.execute(select(func.count()).select_from(table))).scalar_one()


async def guids(service: FeedService) -> set[str]:
    async with service.store.engine.connect() as conn:
        return set((await conn.execute(select(feed_items.c.guid))).scalars())


async def test_old_items_go_once_their_feed_drops_them_and_nothing_is_posted_twice(
    service, pages_server, clock,
) -> None:
    feed = LiveFeed(items(3))
    await follow(service, pages_server, feed)
    first = await guids(service)
    assert len(first) == 3

    clock.advance(40 * DAY)
    feed.entries = items(3, start=1)  # story 0 drops out; stories 1 and 2, 40 days old, are still listed
    await service.poll_due(clock.now)
    assert await posted(service) == ["Story 3 about news"]
    pruned = await prune(service.store.engine, KEEP, clock.now)
    assert pruned.feed_items == 1
    assert first - await guids(service) == {items(1)[0].guid}

    # The feed lists stories 1-3 for months: they stay, and polling never posts them again.
    for _ in range(3):
        clock.advance(40 * DAY)
        feed.entries = [*items(3, start=1)]
        await service.poll_due(clock.now)
        assert await posted(service) == []
        await prune(service.store.engine, KEEP, clock.now)
    assert len(await guids(service)) == 3
    assert await count(service, feed_deliveries) == 0, "the sent post's record went after 30 days"

    # A feed that answers 304 for months has not dropped anything either.
    feed.add(*items(1, start=4))
    await service.poll_due(clock.advance(INTERVAL))
    assert await posted(service) == ["Story 4 about news"]
    clock.advance(60 * DAY)
    await service.poll_due(clock.now)
    await prune(service.store.engine, KEEP, clock.now)
    assert len(await guids(service)) == 4
    await service.poll_due(clock.advance(INTERVAL))
    assert await posted(service) == []


async def test_waiting_posts_and_recent_records_stay(service, pages_server, clock) -> None:
    feed = LiveFeed(items(2))
    await follow(service, pages_server, feed)
    feed.entries = items(2, start=2)
    await service.poll_due(clock.advance(INTERVAL))
    clock.advance(40 * DAY)
    feed.entries = items(1, start=10)  # stories 2 and 3 drop out while their posts still wait
    await service.poll_due(clock.now)
    await prune(service.store.engine, KEEP, clock.now)
    assert {"Story 2 about news", "Story 3 about news"} <= set(await posted(service))
    await prune(service.store.engine, KEEP, clock.now)
    assert await count(service, feed_deliveries) == 3, "posts sent today are kept, however old their items"
    assert await prune(service.store.engine, Retention(0, 0, 0, 0), clock.now + 400 * DAY) == Pruned(0, 0, 0, 0)
    assert await count(service, feed_deliveries) == 3 and len(await guids(service)) == 3, "0 keeps forever"


async def test_processed_updates_go_in_small_batches(database) -> None:
    store = await open_store(database)
    try:
        ledger = UpdateLedger(store, "test", 300)
        now = time.time()
        for update_id in range(7):
            await ledger.claim(update_id, now - 5 * DAY)
            await ledger.finish(update_id)
        await ledger.claim(100, now - DAY)
        pruned = await prune(store.engine, KEEP, now, batch=2)
        assert pruned.processed_updates == 7
        async with store.engine.connect() as conn:
            left = (await conn.execute(select(processed_updates.c.update_id))).scalars().all()
        assert left == [100]
    finally:
        await store.close()


async def test_articles_nobody_asked_about_go_with_their_messages(database) -> None:
    store = await open_store(database)
    try:
        read = await store.save_article(pipeline.read_text(articles.PASTED))
        unasked = await store.save_article(pipeline.read_text(articles.PASTED))
        await store.note_read(5, read.id)
        await store.link_message(-100, 77, unasked.id)  # a feed post showing it
        later = time.time() + 31 * DAY
        assert (await prune(store.engine, KEEP, time.time())).articles == 0, "recent ones stay"
        assert (await prune(store.engine, KEEP, later)).articles == 1
        assert await store.article(unasked.id) is None
        assert await store.article_of_message(-100, 77) is None
        assert await store.article(read.id) is not None
        assert (await prune(store.engine, replace(KEEP, unasked_articles_days=0), later + 365 * DAY)).articles == 0
    finally:
        await store.close()
