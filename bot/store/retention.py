"""Retention: bookkeeping older than its setting is deleted, a small batch at a time.

A bot left running for months would otherwise keep every feed item, every sent post and every
update id forever. What goes, and what stays because something still needs it:

- processed updates (the webhook ledger) received before the cutoff: Telegram stops redelivering
  an update within a day, so a few days is plenty;
- feed posts sent (or skipped) before the cutoff; posts still waiting or being sent stay. The
  hourly allowance only looks at the last hour;
- feed items first seen before the cutoff, *no longer in their feed's latest listing* and with no
  post record left. An item the feed still lists stays however old it is: its guid is what tells
  the next poll "already posted", so deleting it would post it again.
- articles fetched before the cutoff that no chat read, asked about or has open (typically the
  articles read to render feed posts), with the links and messages pointing at them.

Each batch is one short transaction (`DELETE ... WHERE id IN (SELECT ... LIMIT n)`, which SQLite
and PostgreSQL both run), and the event loop gets a turn between batches, so chats never wait
behind a long delete and no lock is held for long.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

from sqlalchemy import Column, Select, delete, exists, func, select
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.settings import Settings
from bot.store.database import articles, chat_articles, chat_turns, chats, writing
from bot.store.feeds import SENT, SKIPPED, feed_deliveries, feed_items
from bot.store.updates import processed_updates

DAY = 86_400.0
BATCH_ROWS = 500


@dataclass(frozen=True)
class Retention:
    """How long each kind of record is kept, in days (0 = forever)."""

    feed_items_days: float = 30
    sent_posts_days: float = 30
    processed_updates_days: float = 3
    unasked_articles_days: float = 30

    @classmethod
    def from_settings(cls, settings: Settings) -> Retention:
        return cls(settings.KEEP_FEED_ITEMS_DAYS, settings.KEEP_SENT_POSTS_DAYS,
                   settings.KEEP_PROCESSED_UPDATES_DAYS, settings.KEEP_UNASKED_ARTICLES_DAYS)


@dataclass(frozen=True)
class Pruned:
    """Rows deleted, by kind."""

    processed_updates: int
    sent_posts: int
    feed_items: int
    articles: int


async def prune(engine: AsyncEngine, retention: Retention, now: float, batch: int = BATCH_ROWS) -> Pruned:
    """Delete what `retention` no longer keeps; every kind in batches of `batch` rows.

    Posts go before items, so an item whose last post record just went can go in the same run."""
    return Pruned(
        processed_updates=await _in_batches(engine, processed_updates.c.update_id, _old_updates(retention, now),
                                            batch),
        sent_posts=await _in_batches(engine, feed_deliveries.c.id, _old_posts(retention, now), batch),
        feed_items=await _in_batches(engine, feed_items.c.id, _dropped_items(retention, now), batch),
        articles=await _in_batches(engine, articles.c.id, _unasked_articles(retention, now), batch),
    )


def _cutoff(days: float, now: float) -> float | None:
    return now - days * DAY if days > 0 else None


def _old_updates(retention: Retention, now: float) -> Select | None:
    cutoff = _cutoff(retention.processed_updates_days, now)
    u = processed_updates.c
    return None if cutoff is None else select(u.update_id).where(u.received_at < cutoff)


def _old_posts(retention: Retention, now: float) -> Select | None:
    cutoff = _cutoff(retention.sent_posts_days, now)
    d = feed_deliveries.c
    finished_at = func.coalesce(d.sent_at, d.claimed_at, d.created_at)
    return None if cutoff is None else select(d.id).where(d.state.in_((SENT, SKIPPED)), finished_at < cutoff)


def _dropped_items(retention: Retention, now: float) -> Select | None:
    cutoff = _cutoff(retention.feed_items_days, now)
    if cutoff is None:
        return None
    item = feed_items.c
    listing = feed_items.alias("listing")
    latest = select(listing.c.feed_id, func.max(func.coalesce(listing.c.listed_at, listing.c.seen_at)).label("at")
                    ).group_by(listing.c.feed_id).subquery("latest")
    posted = exists().where(feed_deliveries.c.item_id == item.id)
    return select(item.id).join(latest, latest.c.feed_id == item.feed_id).where(
        item.seen_at < cutoff, func.coalesce(item.listed_at, item.seen_at) < latest.c.at, ~posted)


def _unasked_articles(retention: Retention, now: float) -> Select | None:
    cutoff = _cutoff(retention.unasked_articles_days, now)
    if cutoff is None:
        return None
    article = articles.c.id
    return select(article).where(
        articles.c.fetched_at < cutoff,
        ~exists().where(chat_articles.c.article_id == article),
        ~exists().where(chat_turns.c.article_id == article),
        ~exists().where(chats.c.current_article_id == article),
    )


async def _in_batches(engine: AsyncEngine, key: Column, chosen: Select | None, batch: int) -> int:
    """Delete the rows whose `key` `chosen` selects, `batch` at a time, each batch its own transaction."""
    if chosen is None:
        return 0
    # Not correlated to the DELETE's own table: each batch is chosen by a select of its own.
    some = chosen.limit(batch).correlate(None).scalar_subquery()
    deleted = 0
    while True:
        async with writing(engine) as conn:
            count = (await conn.execute(delete(key.table).where(key.in_(some)))).rowcount
        deleted += count
        if count < batch:
            return deleted
        await asyncio.sleep(0)
