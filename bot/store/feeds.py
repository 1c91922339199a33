"""Feeds, subscriptions, the items we have seen and the outbox of posts to make.

The tables live on the same `metadata` as the rest of the store, so `open_store` creates them.

The outbox (`feed_deliveries`) is what makes delivery exactly-once: a new item and one pending
delivery per chat that wants it are written in ONE transaction, so a crash between fetching a feed
and posting loses nothing; the sender then moves each delivery pending -> sending -> sent.

Several instances share one database. Feeds are leased (`lease_owner`, `lease_until`) with a
conditional UPDATE, so each feed is polled by one instance at a time, portably on SQLite and
PostgreSQL (on PostgreSQL the second UPDATE re-checks the lease after the first commits and skips
the row). Deliveries are claimed the same way (pending -> sending), and a "sending" claim older
than the lease goes back to pending: its instance died mid-send. New items are inserted with ON
CONFLICT DO NOTHING, so even two polls of one feed create each item and its deliveries once. Every
write transaction here starts with a write statement, so with SQLite it holds the write lock from
its first statement and never has to upgrade a read snapshot (which SQLite refuses when another
writer got in between).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from sqlalchemy import (
    BigInteger, Boolean, Column, Float, ForeignKey, Index, Integer, String, Table, Text,
    UniqueConstraint, bindparam, delete, exists, func, insert, literal, or_, select, update,
)
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from bot.store.records import FeedEntry, WordFilter
from bot.errors import AlreadyFollowing, TooManyFeeds
from bot.store.database import metadata, upsert, writing

feeds = Table(
    "feeds", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("url", Text, nullable=False, unique=True),
    Column("title", Text, nullable=False, default=""),
    Column("etag", Text, nullable=True),
    Column("last_modified", Text, nullable=True),
    Column("content_hash", String(64), nullable=True),
    Column("failures", Integer, nullable=False, default=0),
    Column("failing_since", Float, nullable=True),
    Column("last_error", Text, nullable=True),
    Column("next_poll_at", Float, nullable=False),
    Column("paused", Boolean, nullable=False, default=False),
    Column("created_at", Float, nullable=False),
    # Which instance is polling the feed, until when; null when nobody is.
    Column("lease_owner", String(64), nullable=True),
    Column("lease_until", Float, nullable=True),
    Index("ix_feeds_due", "paused", "next_poll_at"),
)

feed_subscriptions = Table(
    "feed_subscriptions", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("chat_id", BigInteger, nullable=False),
    Column("feed_id", Integer, ForeignKey("feeds.id", ondelete="CASCADE"), nullable=False),
    Column("include_words", Text, nullable=False, default="[]"),
    Column("exclude_words", Text, nullable=False, default="[]"),
    Column("created_at", Float, nullable=False),
    # The forum topic the feed posts to; null for the General topic or a chat without topics.
    Column("message_thread_id", BigInteger, nullable=True),
    UniqueConstraint("chat_id", "feed_id"),
    Index("ix_feed_subscriptions_feed", "feed_id"),
)

# A chat's digest: "HH:MM" in its time zone, or null for posting items as they come.
feed_chat_settings = Table(
    "feed_chat_settings", metadata,
    Column("chat_id", BigInteger, primary_key=True),
    Column("digest", String(5), nullable=True),
    Column("tz", String(64), nullable=False, default="UTC"),
)

feed_items = Table(
    "feed_items", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("feed_id", Integer, ForeignKey("feeds.id", ondelete="CASCADE"), nullable=False),
    Column("guid", Text, nullable=False),
    Column("link", Text, nullable=True),
    Column("title", Text, nullable=False, default=""),
    Column("published", Float, nullable=True),
    Column("seen_at", Float, nullable=False),
    # The last poll whose feed document listed this item (None: only the one that found it);
    # bot.store.retention keeps an item while it is in its feed's latest listing.
    Column("listed_at", Float, nullable=True),
    UniqueConstraint("feed_id", "guid"),
    Index("ix_feed_items_seen", "seen_at"),
)

# The outbox. A "feed_paused" notice has no item; the unique pair still stops an item twice per chat.
feed_deliveries = Table(
    "feed_deliveries", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("chat_id", BigInteger, nullable=False),
    Column("subscription_id", Integer, ForeignKey("feed_subscriptions.id", ondelete="CASCADE"),
           nullable=False),
    Column("item_id", Integer, ForeignKey("feed_items.id", ondelete="CASCADE"), nullable=True),
    Column("kind", String(16), nullable=False, default="item"),
    Column("state", String(8), nullable=False, default="pending"),
    Column("for_digest", Boolean, nullable=False, default=False),
    Column("created_at", Float, nullable=False),
    # Set while sending and once sent (it dates the post for the hourly cap), null otherwise.
    Column("claimed_at", Float, nullable=True),
    Column("sent_at", Float, nullable=True),
    UniqueConstraint("chat_id", "item_id"),
    Index("ix_feed_deliveries_queue", "state", "for_digest", "chat_id"),
    Index("ix_feed_deliveries_recent", "chat_id", "claimed_at"),
    Index("ix_feed_deliveries_subscription", "subscription_id"),
    Index("ix_feed_deliveries_item", "item_id"),
)

ITEM = "item"
FEED_PAUSED = "feed_paused"
"""Delivery kinds: a new feed item, or the one notice that a feed stopped working and is paused."""

PENDING, SENDING, SENT, SKIPPED = "pending", "sending", "sent", "skipped"


@dataclass(frozen=True)
class Subscription:
    id: int
    chat_id: int
    feed_id: int
    feed_url: str
    feed_title: str
    filter: WordFilter
    paused: bool
    """The feed failed for days and is no longer polled; subscribing again resumes it."""
    created_at: float
    message_thread_id: int | None = None
    """The forum topic its posts go to; None for the General topic (or a chat without topics)."""


@dataclass(frozen=True)
class Delivery:
    """One post to make: everything the chat layer needs to render it, with no further query."""

    id: int
    chat_id: int
    kind: str
    feed_title: str
    feed_url: str
    title: str
    link: str | None
    published: float | None
    for_digest: bool
    message_thread_id: int | None = None
    """The forum topic to post in, from the subscription; None for General."""


@dataclass(frozen=True)
class DueFeed:
    id: int
    url: str
    etag: str | None
    last_modified: str | None
    content_hash: str | None
    failures: int
    failing_since: float | None


@dataclass(frozen=True)
class FeedUpdate:
    """What one poll of one feed learned, to be written with its new items in one go."""

    feed_id: int
    next_poll_at: float
    ok: bool
    etag: str | None = None
    last_modified: str | None = None
    content_hash: str | None = None
    title: str | None = None
    entries: tuple[FeedEntry, ...] = ()
    failures: int = 0
    failing_since: float | None = None
    error: str | None = None
    paused: bool = False


@dataclass(frozen=True)
class Recorded:
    new_items: int
    deliveries: int


@dataclass(frozen=True)
class DigestChat:
    chat_id: int
    digest: str
    tz: str


class FeedStore:
    """The queries behind feeds; the decisions (when to poll, backoff, filters) are the service's."""

    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine

    # -- subscriptions -------------------------------------------------------------------------

    async def subscribe(
        self, chat_id: int, url: str, found: FeedUpdate, word_filter: WordFilter, now: float,
        max_feeds: int, message_thread_id: int | None = None,
    ) -> Subscription:
        """Follow the feed at `url` from `chat_id`, recording what it holds now as already seen.

        `found` is the fetch that just found the feed: its entries become items (which chats
        already following the feed may still be owed) but never deliveries for the new
        subscription, so following a feed does not dump its backlog. Following a paused feed
        again resumes it, since the fetch just proved it works; following a working one twice is
        AlreadyFollowing. `found.feed_id` is ignored: the feed may not have a row yet.
        """
        async with writing(self.engine) as conn:
            feed_id, paused = await _upsert_feed(conn, url, found, now)
            found = replace(found, feed_id=feed_id)
            existing = (await conn.execute(select(feed_subscriptions.c.id).where(
                feed_subscriptions.c.chat_id == chat_id, feed_subscriptions.c.feed_id == feed_id,
            ))).scalar()
            if existing is not None:
                if not paused:
                    raise AlreadyFollowing(url)
                await self._record(conn, [found], now)
                return await self._subscription(conn, existing)
            created = await conn.execute(insert(feed_subscriptions).values(
                chat_id=chat_id, feed_id=feed_id, created_at=now, message_thread_id=message_thread_id,
                include_words=json.dumps(word_filter.include, ensure_ascii=False),
                exclude_words=json.dumps(word_filter.exclude, ensure_ascii=False),
            ))
            subscription_id = created.inserted_primary_key[0]
            count = (await conn.execute(select(func.count()).select_from(feed_subscriptions).where(
                feed_subscriptions.c.chat_id == chat_id))).scalar_one()
            if count > max_feeds:
                raise TooManyFeeds(max_feeds)
            await self._record(conn, [found], now, skip_subscription=subscription_id)
            return await self._subscription(conn, subscription_id)

    async def subscriptions(self, chat_id: int) -> list[Subscription]:
        """The chat's subscriptions in the order they were made (the numbers a user sees)."""
        query = _subscription_query().where(feed_subscriptions.c.chat_id == chat_id).order_by(
            feed_subscriptions.c.created_at, feed_subscriptions.c.id)
        async with self.engine.connect() as conn:
            return [_to_subscription(row) for row in await conn.execute(query)]

    async def _subscription(self, conn: AsyncConnection, subscription_id: int) -> Subscription:
        query = _subscription_query().where(feed_subscriptions.c.id == subscription_id)
        return _to_subscription((await conn.execute(query)).one())

    async def unsubscribe(self, subscription_id: int) -> None:
        """Drop a subscription, its undelivered posts, and the feed once nobody follows it."""
        async with writing(self.engine) as conn:
            await conn.execute(delete(feed_deliveries).where(
                feed_deliveries.c.subscription_id == subscription_id))
            feed_id = (await conn.execute(select(feed_subscriptions.c.feed_id).where(
                feed_subscriptions.c.id == subscription_id))).scalar()
            await conn.execute(delete(feed_subscriptions).where(feed_subscriptions.c.id == subscription_id))
            if feed_id is not None:
                await _drop_orphan_feeds(conn, [feed_id])

    async def set_filter(self, subscription_id: int, word_filter: WordFilter) -> Subscription:
        async with writing(self.engine) as conn:
            await conn.execute(update(feed_subscriptions).where(
                feed_subscriptions.c.id == subscription_id).values(
                include_words=json.dumps(word_filter.include, ensure_ascii=False),
                exclude_words=json.dumps(word_filter.exclude, ensure_ascii=False),
            ))
            return await self._subscription(conn, subscription_id)

    async def leave_topic(self, chat_id: int, message_thread_id: int) -> int:
        """Move the chat's subscriptions posting to a topic that is gone to General; how many moved
        (0 when an earlier post already found it gone)."""
        async with writing(self.engine) as conn:
            moved = await conn.execute(update(feed_subscriptions).where(
                feed_subscriptions.c.chat_id == chat_id,
                feed_subscriptions.c.message_thread_id == message_thread_id,
            ).values(message_thread_id=None))
            return moved.rowcount

    # -- chats ---------------------------------------------------------------------------------

    async def set_digest(self, chat_id: int, digest: str | None, tz: str) -> None:
        """Set the chat's digest time; posts not yet made follow the new setting."""
        async with writing(self.engine) as conn:
            await conn.execute(upsert(conn, feed_chat_settings).values(
                chat_id=chat_id, digest=digest, tz=tz,
            ).on_conflict_do_update(index_elements=[feed_chat_settings.c.chat_id],
                                    set_={"digest": digest, "tz": tz}))
            await conn.execute(update(feed_deliveries).where(
                feed_deliveries.c.chat_id == chat_id, feed_deliveries.c.state == PENDING,
                feed_deliveries.c.kind == ITEM,
            ).values(for_digest=digest is not None))

    async def stop_chat(self, chat_id: int) -> None:
        """Forget a chat's feeds, settings and undelivered posts (the bot left the chat)."""
        async with writing(self.engine) as conn:
            await conn.execute(delete(feed_deliveries).where(feed_deliveries.c.chat_id == chat_id))
            feed_ids = list((await conn.execute(select(feed_subscriptions.c.feed_id).where(
                feed_subscriptions.c.chat_id == chat_id))).scalars())
            await conn.execute(delete(feed_subscriptions).where(feed_subscriptions.c.chat_id == chat_id))
            await conn.execute(delete(feed_chat_settings).where(feed_chat_settings.c.chat_id == chat_id))
            await _drop_orphan_feeds(conn, feed_ids)

    async def migrate_chat(self, old_id: int, new_id: int) -> None:
        """Move everything from `old_id` to `new_id`; where both follow a feed, the new one's stays."""
        async with writing(self.engine) as conn:
            taken = select(feed_subscriptions.c.feed_id).where(feed_subscriptions.c.chat_id == new_id)
            clashing = select(feed_subscriptions.c.id).where(
                feed_subscriptions.c.chat_id == old_id, feed_subscriptions.c.feed_id.in_(taken))
            await conn.execute(delete(feed_deliveries).where(
                feed_deliveries.c.subscription_id.in_(clashing)))
            await conn.execute(delete(feed_subscriptions).where(feed_subscriptions.c.id.in_(clashing)))
            await conn.execute(update(feed_subscriptions).where(
                feed_subscriptions.c.chat_id == old_id).values(chat_id=new_id))
            await conn.execute(update(feed_deliveries).where(
                feed_deliveries.c.chat_id == old_id).values(chat_id=new_id))
            has_settings = (await conn.execute(select(feed_chat_settings.c.chat_id).where(
                feed_chat_settings.c.chat_id == new_id))).first()
            if has_settings:
                await conn.execute(delete(feed_chat_settings).where(feed_chat_settings.c.chat_id == old_id))
            else:
                await conn.execute(update(feed_chat_settings).where(
                    feed_chat_settings.c.chat_id == old_id).values(chat_id=new_id))

    # -- polling -------------------------------------------------------------------------------

    async def lease_due_feeds(self, owner: str, now: float, lease_seconds: float, limit: int) -> list[DueFeed]:
        """Lease up to `limit` due feeds nobody else holds, most overdue first; `record` frees them."""
        free = or_(feeds.c.lease_until.is_(None), feeds.c.lease_until < now)
        due = select(feeds.c.id).where(feeds.c.paused.is_(False), feeds.c.next_poll_at <= now, free).order_by(
            feeds.c.next_poll_at).limit(limit)
        async with writing(self.engine) as conn:
            leased = await conn.execute(update(feeds).where(feeds.c.id.in_(due), free).values(
                lease_owner=owner, lease_until=now + lease_seconds,
            ).returning(feeds.c.id, feeds.c.url, feeds.c.etag, feeds.c.last_modified, feeds.c.content_hash,
                        feeds.c.failures, feeds.c.failing_since, feeds.c.next_poll_at))
            rows = sorted(leased, key=lambda row: (row.next_poll_at, row.id))
        return [DueFeed(row.id, row.url, row.etag, row.last_modified, row.content_hash, row.failures,
                        row.failing_since) for row in rows]

    async def record(self, updates: Sequence[FeedUpdate], now: float) -> Recorded:
        """Write a batch of polls: feed states, new items and their deliveries, in one transaction."""
        async with writing(self.engine) as conn:
            return await self._record(conn, updates, now)

    async def _record(
        self,
        conn: AsyncConnection,
        updates: Sequence[FeedUpdate],
        now: float,
        skip_subscription: int | None = None,
    ) -> Recorded:
        await _write_feed_states(conn, updates)
        new_items = await _insert_new_items(conn, [u for u in updates if u.ok and u.entries], now)
        deliveries = await _subscriber_deliveries(conn, new_items, now, skip_subscription)
        paused = [u.feed_id for u in updates if u.paused]
        deliveries += await _paused_notices(conn, paused, now)
        if deliveries:
            await conn.execute(insert(feed_deliveries), deliveries)
        return Recorded(sum(len(items) for items in new_items.values()), len(deliveries))

    # -- the outbox ----------------------------------------------------------------------------

    async def release_stale_claims(self, claimed_before: float) -> int:
        """Put deliveries claimed before `claimed_before` and still "sending" back to pending."""
        async with writing(self.engine) as conn:
            done = await conn.execute(update(feed_deliveries).where(
                feed_deliveries.c.state == SENDING, feed_deliveries.c.claimed_at < claimed_before,
            ).values(state=PENDING, claimed_at=None))
            return done.rowcount

    async def waiting(self, limit: int, per_chat_per_hour: int, now: float) -> list[Delivery]:
        """Up to `limit` pending posts (not for digests), oldest first, at most what each chat's
        hourly allowance still lets through; nothing is claimed, see `claim_one`."""
        d = feed_deliveries
        ranked = select(
            d.c.id, d.c.chat_id,
            func.row_number().over(partition_by=d.c.chat_id, order_by=d.c.id).label("rank"),
        ).where(d.c.state == PENDING, d.c.for_digest.is_(False)).subquery()
        chosen = select(ranked.c.id).where(
            ranked.c.rank <= literal(per_chat_per_hour) - _posted_last_hour(ranked.c.chat_id, now),
        ).order_by(ranked.c.id).limit(limit)
        async with self.engine.connect() as conn:
            return await _deliveries(conn, list((await conn.execute(chosen)).scalars()))

    async def claim_one(self, delivery: Delivery, per_chat_per_hour: int, now: float) -> bool:
        """Mark one pending post as sending, if its chat's hourly allowance still has room; False
        when another instance took it first or the allowance is used up."""
        d = feed_deliveries
        async with writing(self.engine) as conn:
            claimed = await conn.execute(update(d).where(
                d.c.id == delivery.id, d.c.state == PENDING,
                _posted_last_hour(literal(delivery.chat_id), now) < per_chat_per_hour,
            ).values(state=SENDING, claimed_at=now))
            return claimed.rowcount == 1

    async def waiting_digest(self, chat_id: int, created_before: float) -> list[Delivery]:
        """The chat's pending digest posts made up to `created_before`; nothing is claimed."""
        d = feed_deliveries
        query = select(d.c.id).where(
            d.c.chat_id == chat_id, d.c.state == PENDING, d.c.for_digest.is_(True),
            d.c.created_at <= created_before)
        async with self.engine.connect() as conn:
            return await _deliveries(conn, list((await conn.execute(query)).scalars()))

    async def claim_ids(self, delivery_ids: Iterable[int], now: float) -> set[int]:
        """Mark those of these posts still pending as sending; the ids this call claimed."""
        d = feed_deliveries
        async with writing(self.engine) as conn:
            claimed = await conn.execute(update(d).where(d.c.id.in_(list(delivery_ids)), d.c.state == PENDING)
                                         .values(state=SENDING, claimed_at=now).returning(d.c.id))
            return {row.id for row in claimed}

    async def digest_chats(self) -> list[DigestChat]:
        """Chats with a digest time and at least one post waiting for it."""
        waiting = exists().where(
            feed_deliveries.c.chat_id == feed_chat_settings.c.chat_id,
            feed_deliveries.c.state == PENDING, feed_deliveries.c.for_digest.is_(True))
        query = select(feed_chat_settings).where(feed_chat_settings.c.digest.is_not(None), waiting)
        async with self.engine.connect() as conn:
            return [DigestChat(row.chat_id, row.digest, row.tz) for row in await conn.execute(query)]

    async def finish(self, delivery_ids: Iterable[int], state: str, now: float) -> None:
        """Move claimed deliveries to `state`: sent, skipped, or back to pending."""
        ids = list(delivery_ids)
        values = {"state": state, "sent_at": now if state == SENT else None}
        if state != SENT:
            values["claimed_at"] = None
        async with writing(self.engine) as conn:
            await conn.execute(update(feed_deliveries).where(
                feed_deliveries.c.id.in_(ids), feed_deliveries.c.state == SENDING).values(**values))

    async def counts(self) -> dict[str, int]:
        """Row counts and the outbox by state, for /stats and the benchmark."""
        async with self.engine.connect() as conn:
            result = {
                name: (await conn.execute(select(func.count()).select_from(table))).scalar_one()
                for name, table in (("feeds", feeds), ("subscriptions", feed_subscriptions),
                                    ("items", feed_items))
            }
            by_state = select(feed_deliveries.c.state, func.count()).group_by(feed_deliveries.c.state)
            for state, count in await conn.execute(by_state):
                result[state] = count
        return result


async def _upsert_feed(
    conn: AsyncConnection, url: str, found: FeedUpdate, now: float,
) -> tuple[int, bool]:
    """The feed's id and whether it is paused, creating its row; a write, so the lock is ours."""
    row = upsert(conn, feeds).values(
        url=url, title=found.title or "", failures=0, paused=False, created_at=now,
        next_poll_at=found.next_poll_at,
    )
    touched = await conn.execute(row.on_conflict_do_update(
        index_elements=[feeds.c.url], set_={"url": row.excluded.url},
    ).returning(feeds.c.id, feeds.c.paused))
    feed = touched.one()
    return feed.id, bool(feed.paused)


def _subscription_query():
    return select(
        feed_subscriptions, feeds.c.url.label("feed_url"), feeds.c.title.label("feed_title"),
        feeds.c.paused,
    ).join(feeds, feeds.c.id == feed_subscriptions.c.feed_id)


def _to_subscription(row) -> Subscription:
    return Subscription(
        id=row.id, chat_id=row.chat_id, feed_id=row.feed_id, feed_url=row.feed_url,
        feed_title=row.feed_title,
        filter=WordFilter(tuple(json.loads(row.include_words)), tuple(json.loads(row.exclude_words))),
        paused=bool(row.paused), created_at=row.created_at, message_thread_id=row.message_thread_id,
    )


async def _write_feed_states(conn: AsyncConnection, updates: Sequence[FeedUpdate]) -> None:
    """One executemany per outcome, which also ends the lease. A 304 keeps the validators it did
    not resend; a success unpauses (only a new subscription fetches a paused feed)."""
    ok = [{
        "fid": u.feed_id, "next": u.next_poll_at, "etag": u.etag, "modified": u.last_modified,
        "hash": u.content_hash, "title": u.title,
    } for u in updates if u.ok]
    failed = [{
        "fid": u.feed_id, "next": u.next_poll_at, "failures": u.failures, "since": u.failing_since,
        "error": u.error, "paused": u.paused,
    } for u in updates if not u.ok]
    if ok:
        await conn.execute(update(feeds).where(feeds.c.id == bindparam("fid")).values(
            next_poll_at=bindparam("next"), failures=0, failing_since=None, last_error=None,
            paused=False, lease_owner=None, lease_until=None,
            etag=func.coalesce(bindparam("etag"), feeds.c.etag),
            last_modified=func.coalesce(bindparam("modified"), feeds.c.last_modified),
            content_hash=func.coalesce(bindparam("hash"), feeds.c.content_hash),
            title=func.coalesce(func.nullif(bindparam("title"), ""), feeds.c.title),
        ), ok)
    if failed:
        await conn.execute(update(feeds).where(feeds.c.id == bindparam("fid")).values(
            next_poll_at=bindparam("next"), failures=bindparam("failures"),
            failing_since=bindparam("since"), last_error=bindparam("error"),
            paused=bindparam("paused"), lease_owner=None, lease_until=None,
        ), failed)


async def _insert_new_items(
    conn: AsyncConnection, updates: Sequence[FeedUpdate], now: float,
) -> dict[int, list[tuple[int, FeedEntry]]]:
    """Insert the entries we have not seen before, oldest first; (item id, entry) per feed id.
    Every listed entry is marked as listed now (see `bot.store.retention`).

    An entry another instance inserted meanwhile is skipped by the ON CONFLICT, so only the
    instance that created an item makes its deliveries."""
    fresh: list[tuple[int, FeedEntry]] = []
    for u in updates:
        guids = [entry.guid for entry in u.entries]
        known = set((await conn.execute(select(feed_items.c.guid).where(
            feed_items.c.feed_id == u.feed_id, feed_items.c.guid.in_(guids)))).scalars())
        if known:
            await conn.execute(update(feed_items).where(
                feed_items.c.feed_id == u.feed_id, feed_items.c.guid.in_(known)).values(listed_at=now))
        unique = {entry.guid: entry for entry in reversed(u.entries) if entry.guid not in known}
        fresh += [(u.feed_id, entry) for entry in unique.values()]
    if not fresh:
        return {}
    rows = [{
        "feed_id": feed_id, "guid": entry.guid, "link": entry.link, "title": entry.title,
        "published": entry.published, "seen_at": now, "listed_at": now,
    } for feed_id, entry in fresh]
    inserted = await conn.execute(upsert(conn, feed_items).on_conflict_do_nothing(
        index_elements=[feed_items.c.feed_id, feed_items.c.guid],
    ).returning(feed_items.c.id, feed_items.c.feed_id, feed_items.c.guid), rows)
    ids = {(row.feed_id, row.guid): row.id for row in inserted}
    by_feed: dict[int, list[tuple[int, FeedEntry]]] = {}
    for feed_id, entry in fresh:
        if (feed_id, entry.guid) in ids:
            by_feed.setdefault(feed_id, []).append((ids[feed_id, entry.guid], entry))
    return by_feed


async def _subscriber_deliveries(
    conn: AsyncConnection,
    new_items: dict[int, list[tuple[int, FeedEntry]]],
    now: float,
    skip_subscription: int | None,
) -> list[dict[str, object]]:
    """A pending delivery for every (subscription, new item) the subscription's filter lets in."""
    if not new_items:
        return []
    query = select(feed_subscriptions, feed_chat_settings.c.digest).outerjoin(
        feed_chat_settings, feed_chat_settings.c.chat_id == feed_subscriptions.c.chat_id,
    ).where(feed_subscriptions.c.feed_id.in_(list(new_items)))
    if skip_subscription is not None:
        query = query.where(feed_subscriptions.c.id != skip_subscription)
    rows = []
    for sub in await conn.execute(query):
        word_filter = WordFilter(tuple(json.loads(sub.include_words)), tuple(json.loads(sub.exclude_words)))
        for item_id, entry in new_items[sub.feed_id]:
            if word_filter.matches(entry.title, entry.summary):
                rows.append(_delivery_row(sub.chat_id, sub.id, item_id, ITEM, sub.digest is not None, now))
    return rows


async def _paused_notices(conn: AsyncConnection, feed_ids: list[int], now: float) -> list[dict[str, object]]:
    if not feed_ids:
        return []
    subs = await conn.execute(select(feed_subscriptions.c.id, feed_subscriptions.c.chat_id).where(
        feed_subscriptions.c.feed_id.in_(feed_ids)))
    return [_delivery_row(sub.chat_id, sub.id, None, FEED_PAUSED, False, now) for sub in subs]


def _delivery_row(
    chat_id: int, subscription_id: int, item_id: int | None, kind: str, for_digest: bool, now: float,
) -> dict[str, object]:
    return {
        "chat_id": chat_id, "subscription_id": subscription_id, "item_id": item_id, "kind": kind,
        "state": PENDING, "for_digest": for_digest, "created_at": now,
        "claimed_at": None, "sent_at": None,
    }


def _posted_last_hour(chat_id, now: float):
    """Posts (not digests) claimed or sent in the chat in the hour before `now`. Only sending and
    sent rows keep claimed_at, so this is one range on the (chat_id, claimed_at) index, however
    many posts the outbox has kept."""
    recent = feed_deliveries.alias("recent")
    return select(func.count()).where(
        recent.c.chat_id == chat_id, recent.c.claimed_at > now - 3600, recent.c.for_digest.is_(False),
    ).scalar_subquery()


async def _deliveries(conn: AsyncConnection, ids: list[int]) -> list[Delivery]:
    if not ids:
        return []
    d = feed_deliveries
    query = select(
        d.c.id, d.c.chat_id, d.c.kind, d.c.for_digest, feed_subscriptions.c.message_thread_id,
        feeds.c.title.label("feed_title"),
        feeds.c.url.label("feed_url"), feed_items.c.title, feed_items.c.link, feed_items.c.published,
    ).join(feed_subscriptions, feed_subscriptions.c.id == d.c.subscription_id).join(
        feeds, feeds.c.id == feed_subscriptions.c.feed_id,
    ).outerjoin(feed_items, feed_items.c.id == d.c.item_id).where(d.c.id.in_(ids)).order_by(d.c.id)
    return [
        Delivery(row.id, row.chat_id, row.kind, row.feed_title, row.feed_url, row.title or "",
                 row.link, row.published, bool(row.for_digest), row.message_thread_id)
        for row in await conn.execute(query)
    ]


async def _drop_orphan_feeds(conn: AsyncConnection, feed_ids: list[int]) -> None:
    """Delete feeds (and their items) in `feed_ids` that no subscription follows any more."""
    if not feed_ids:
        return
    followed = select(feed_subscriptions.c.feed_id).where(feed_subscriptions.c.feed_id.in_(feed_ids))
    orphans = select(feeds.c.id).where(feeds.c.id.in_(feed_ids), feeds.c.id.not_in(followed))
    await conn.execute(delete(feed_items).where(feed_items.c.feed_id.in_(orphans)))
    await conn.execute(delete(feeds).where(feeds.c.id.in_(orphans)))
