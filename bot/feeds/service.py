"""Feeds for chats, with no Telegram in sight: follow, poll, and hand out posts exactly once.

The chat layer drives it with three loops: `poll_due` every minute or so, `waiting_deliveries` ->
read and render -> `claim` -> send -> `mark_sent` for posts, and `waiting_digests` -> read ->
`claim_digest` -> send -> `mark_digest_sent` for digests.

Exactly-once: a new item and its pending deliveries are written in one transaction, so nothing
fetched is lost; a claimed delivery is "sending" until `mark_sent`. Several instances may drive
one database: each leases the feeds it polls and claims the posts it sends, and a post still
"sending" `LEASE_SECONDS` after its claim was left by an instance that died mid-send, so it goes
back to pending and is sent again. A post is claimed only once it is read and rendered, right
before its one `sendMessage`, so a claim never lasts longer than that send (reading a batch of
slow pages under one claim would let another instance take the claims over and post them again).
That leaves one window where a post can appear twice: the instance dies after Telegram accepted
the message and before `mark_sent` committed, the few milliseconds between the two. Closing it
would need Telegram to deduplicate, which it does not; losing the post instead would be worse.
Two instances may both read a waiting post's article (the second from the stored copy); only the
one that claims it posts it.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, time as clock_time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy.ext.asyncio import AsyncEngine

from bot.feeds.discover import FEED_TYPES, FetchFunction, discover_feed
from bot.store.records import WordFilter
from bot.feeds.parse import parse_feed
from bot.feeds.opml import OpmlFeed, read_opml, write_opml
from bot.errors import (
    AlreadyFollowing, BadDigestTime, NoSuchFeed, NotAFeed, TooManyFeeds, UnknownFeed, UserError, message_for,
)
from bot.reader.fetch import NOT_MODIFIED, FetchLimits, fetch_page
from bot.reader.pipeline import Runner
from bot.settings import Settings
from bot.store.database import instance_name
from bot.store.feeds import (
    PENDING, SENT, SKIPPED, Delivery, DueFeed, FeedStore, FeedUpdate, Subscription,
)

log = logging.getLogger(__name__)

POLL_CONCURRENCY = 16
"""Feeds fetched at once: enough to hide network latency, few enough to stay polite and light."""
WRITE_BATCH = 100
"""Feeds leased, polled and written per transaction: few commits, short write locks, and other
instances can lease the next batch meanwhile."""
MAX_BACKOFF_SECONDS = 6 * 3600
PAUSE_AFTER_SECONDS = 3 * 24 * 3600
"""A feed failing this long without a break is paused and its chats told once."""


@dataclass(frozen=True)
class Digest:
    chat_id: int
    scheduled_at: float
    """The digest time (Unix) this digest is for; it holds the posts made before it."""
    deliveries: tuple[Delivery, ...]


@dataclass
class ImportReport:
    """What importing an OPML file did, feed by feed, for the chat to read."""

    added: int = 0
    duplicates: int = 0
    """Feeds the chat already followed."""
    failed: list[tuple[str, str]] = field(default_factory=list)
    """(feed address, why it could not be followed)."""
    over_limit: int = 0
    """Feeds not added because the chat follows `limit` feeds, the most it may."""
    limit: int = 0
    not_tried: int = 0
    """Feeds left untried after too many failures (a file of dead links ends quickly)."""


@dataclass
class PollReport:
    polled: int = 0
    unchanged: int = 0
    """Answered 304, or the same bytes as last time."""
    failed: int = 0
    paused: int = 0
    new_items: int = 0
    deliveries: int = 0
    errors: dict[str, int] = field(default_factory=dict)
    """Failure kinds (error class names) and how many feeds had each."""


class FeedService:
    def __init__(
        self,
        store: AsyncEngine | FeedStore,
        limits: FetchLimits,
        settings: Settings,
        *,
        fetch: FetchFunction = fetch_page,
        clock: Callable[[], float] = time.time,
        concurrency: int = POLL_CONCURRENCY,
        owner: str | None = None,
        run: Runner = asyncio.to_thread,
    ) -> None:
        self.store = store if isinstance(store, FeedStore) else FeedStore(store)
        self._limits = limits
        self._interval = settings.FEED_POLL_INTERVAL_SECONDS
        self._max_feeds = settings.MAX_FEEDS_PER_CHAT
        self._per_hour = settings.MAX_FEED_POSTS_PER_CHAT_PER_HOUR
        self._fetch = fetch
        self._clock = clock
        self._concurrency = concurrency
        self._owner = owner or instance_name()
        self._lease = settings.LEASE_SECONDS
        self._run = run
        """Where feeds and pages are parsed (the bot's process pool), never on the event loop."""

    # -- what a chat asks for ------------------------------------------------------------------

    async def add(
        self, chat_id: int, url: str, include: Iterable[str] = (), exclude: Iterable[str] = (),
        message_thread_id: int | None = None,
    ) -> Subscription:
        """Follow the feed at (or announced by) `url`, posting to the forum topic
        `message_thread_id` (None: General); what it lists now counts as already seen."""
        found = await discover_feed(url, self._limits, self._fetch, self._run)
        now = self._clock()
        first_poll = FeedUpdate(
            feed_id=0, next_poll_at=now + self._interval, ok=True, etag=found.page.etag,
            last_modified=found.page.last_modified, content_hash=_hash(found.page.text),
            title=found.feed.title or found.url, entries=found.feed.entries,
        )
        return await self.store.subscribe(
            chat_id, found.url, first_poll, WordFilter(tuple(include), tuple(exclude)), now,
            self._max_feeds, message_thread_id)

    async def read_opml(self, data: bytes) -> list[OpmlFeed]:
        """The feeds an OPML file lists (see `bot.feeds.opml`), parsed in the process pool."""
        return await self._run(read_opml, data)

    async def export_opml(self, chat_id: int, title: str) -> bytes:
        """The chat's feeds as an OPML file, with their words and topics."""
        return write_opml([
            OpmlFeed(s.feed_url, s.feed_title, s.filter.include, s.filter.exclude, s.message_thread_id)
            for s in await self.store.subscriptions(chat_id)
        ], title)

    async def import_feeds(
        self, chat_id: int, outlines: Sequence[OpmlFeed], message_thread_id: int | None = None,
        forum: bool = False,
    ) -> ImportReport:
        """Follow each feed of an OPML file in turn, with its words; in a `forum`, in the topic the
        file names (it came from this chat, maybe through another bot) or else `message_thread_id`.
        A feed that cannot be followed is reported, not fatal; after `MAX_FEEDS_PER_CHAT` such
        failures the rest is not tried, so a hostile list of dead links ends quickly."""
        report = ImportReport(limit=self._max_feeds)
        following = {s.feed_url for s in await self.store.subscriptions(chat_id)}
        for number, outline in enumerate(outlines):
            if outline.url in following:
                report.duplicates += 1
                continue
            if len(report.failed) >= self._max_feeds:
                report.not_tried = len(outlines) - number
                break
            topic = outline.topic if forum and outline.topic is not None else message_thread_id
            try:
                await self.add(chat_id, outline.url, outline.include, outline.exclude, topic)
            except AlreadyFollowing:
                report.duplicates += 1
                continue
            except TooManyFeeds:
                report.over_limit = len(outlines) - number
                break
            except UserError as error:
                report.failed.append((outline.url, message_for(error)))
                continue
            report.added += 1
        return report

    async def leave_topic(self, chat_id: int, message_thread_id: int) -> bool:
        """The forum topic is deleted or closed: its feeds post to General from now on. True for
        the first call about a topic (the one that should tell the chat), False after."""
        return await self.store.leave_topic(chat_id, message_thread_id) > 0

    async def list(self, chat_id: int) -> list[Subscription]:
        """The chat's feeds, numbered from 1 in this order by `remove` and `set_filters`."""
        return await self.store.subscriptions(chat_id)

    async def remove(self, chat_id: int, number: int | str) -> Subscription:
        subscription = await self._numbered(chat_id, number)
        await self.store.unsubscribe(subscription.id)
        return subscription

    async def set_filters(
        self, chat_id: int, number: int | str, include: Iterable[str] = (), exclude: Iterable[str] = (),
    ) -> Subscription:
        """Replace a subscription's filters; they apply to items found from now on."""
        subscription = await self._numbered(chat_id, number)
        return await self.store.set_filter(subscription.id, WordFilter(tuple(include), tuple(exclude)))

    async def set_digest(self, chat_id: int, at: str | None, tz: str = "UTC") -> None:
        """Collect the chat's posts into one digest a day at `at` ("HH:MM", local to `tz`), or
        post them as they come (`None`). Posts still waiting follow the new setting."""
        if at is not None:
            at = digest_time(at).strftime("%H:%M")
            _zone(tz)
        await self.store.set_digest(chat_id, at, tz)

    async def stop_chat(self, chat_id: int) -> None:
        """The bot left the chat (or was blocked): its subscriptions and waiting posts go."""
        await self.store.stop_chat(chat_id)

    async def migrate_chat(self, old_id: int, new_id: int) -> None:
        """A group became a supergroup: everything carries over to the new chat id."""
        await self.store.migrate_chat(old_id, new_id)

    async def _numbered(self, chat_id: int, which: int | str) -> Subscription:
        """The subscription a command names: by its number in the list, or, as people also type
        it, by its feed's address or title (`/feed remove https://x.test/rss`); a word naming none
        is answered with that word (`UnknownFeed`), not with the command's whole help."""
        subscriptions = await self.store.subscriptions(chat_id)
        if isinstance(which, str) and not which.isdecimal():
            named = [s for s in subscriptions if _names(which, s)]
            if not named:
                raise UnknownFeed(which)
            return named[0]
        number = int(which)
        if not 1 <= number <= len(subscriptions):
            raise NoSuchFeed(str(number))
        return subscriptions[number - 1]

    # -- polling -------------------------------------------------------------------------------

    async def poll_due(self, now: float | None = None) -> PollReport:
        """Poll every due feed no other instance is polling: lease a batch, poll it a bounded
        number at once, write it (which ends the leases), and again until none is left."""
        now = self._clock() if now is None else now
        report = PollReport()
        slots = asyncio.Semaphore(self._concurrency)

        async def poll(feed: DueFeed) -> FeedUpdate:
            async with slots:
                return await self._poll(feed, now, report)

        while leased := await self.store.lease_due_feeds(self._owner, now, self._lease, WRITE_BATCH):
            await self._write(await asyncio.gather(*(poll(feed) for feed in leased)), now, report)
        return report

    async def _poll(self, feed: DueFeed, now: float, report: PollReport) -> FeedUpdate:
        """Fetch one feed conditionally; a failure is a result here, never an exception."""
        report.polled += 1
        headers = {}
        if feed.etag:
            headers["If-None-Match"] = feed.etag
        if feed.last_modified:
            headers["If-Modified-Since"] = feed.last_modified
        next_poll = now + self._interval
        try:
            page = await self._fetch(feed.url, self._limits, accept=FEED_TYPES, headers=headers)
            content_hash = None if page.status == NOT_MODIFIED else _hash(page.text)
            if content_hash is None or content_hash == feed.content_hash:
                # Servers without validators still send the same bytes: no need to parse them.
                report.unchanged += 1
                return FeedUpdate(feed.id, next_poll, ok=True, etag=page.etag,
                                  last_modified=page.last_modified)
            parsed = await self._run(parse_feed, page.text, page.url)
            if not parsed.is_feed:
                raise NotAFeed(feed.url)
        except UserError as error:
            return self._failure(feed, now, error, report)
        except Exception as error:  # one broken feed must not stop the round for the others
            log.exception("Polling feed %s failed", feed.id)
            return self._failure(feed, now, error, report)
        return FeedUpdate(feed.id, next_poll, ok=True, etag=page.etag, last_modified=page.last_modified,
                          content_hash=content_hash, title=parsed.title, entries=parsed.entries)

    def _failure(self, feed: DueFeed, now: float, error: Exception, report: PollReport) -> FeedUpdate:
        """Back off exponentially (capped); pause a feed that has failed for days on end."""
        failures = feed.failures + 1
        since = feed.failing_since if feed.failing_since is not None else now
        paused = now - since >= PAUSE_AFTER_SECONDS
        delay = min(self._interval * 2 ** failures, MAX_BACKOFF_SECONDS)
        kind = type(error).__name__
        report.failed += 1
        report.paused += paused
        report.errors[kind] = report.errors.get(kind, 0) + 1
        return FeedUpdate(feed.id, now + delay, ok=False, failures=failures, failing_since=since,
                          error=f"{kind}: {error.detail if isinstance(error, UserError) else error}",
                          paused=paused)

    async def _write(self, batch: Sequence[FeedUpdate], now: float, report: PollReport) -> None:
        if batch:
            recorded = await self.store.record(batch, now)
            report.new_items += recorded.new_items
            report.deliveries += recorded.deliveries

    # -- the outbox ----------------------------------------------------------------------------

    async def waiting_deliveries(self, limit: int = 100) -> list[Delivery]:
        """Posts to make now, oldest first, within each chat's hourly allowance; the rest wait.

        Nothing is claimed yet: the caller reads and renders each post, then claims it with
        `claim` right before sending it, so a claim lasts one send, never a batch of reads.
        """
        now = self._clock()
        await self.store.release_stale_claims(now - self._lease)
        return await self.store.waiting(limit, self._per_hour, now)

    async def claim(self, delivery: Delivery) -> bool:
        """Take one post to send now; False when another instance took it or the chat's hourly
        allowance is used up. A claim must end with `mark_sent`, `mark_skipped` (Telegram refused
        it for good) or `release` (try again later)."""
        return await self.store.claim_one(delivery, self._per_hour, self._clock())

    async def claim_deliveries(self, limit: int = 100) -> list[Delivery]:
        """Claim the waiting posts at once, for callers with nothing to prepare before sending."""
        return [delivery for delivery in await self.waiting_deliveries(limit) if await self.claim(delivery)]

    async def mark_sent(self, delivery_id: int) -> None:
        await self.store.finish([delivery_id], SENT, self._clock())

    async def mark_skipped(self, delivery_id: int) -> None:
        await self.store.finish([delivery_id], SKIPPED, self._clock())

    async def release(self, delivery_id: int) -> None:
        await self.store.finish([delivery_id], PENDING, self._clock())

    async def waiting_digests(self, now: float | None = None) -> list[Digest]:
        """The digest of every chat whose digest time has passed since its posts were made.

        Nothing is claimed yet: the caller reads the articles for their TL;DRs, then claims the
        digest with `claim_digest` right before sending it.
        """
        now = self._clock() if now is None else now
        await self.store.release_stale_claims(now - self._lease)
        digests = []
        for chat in await self.store.digest_chats():
            scheduled = latest_digest_time(chat.digest, chat.tz, now)
            deliveries = await self.store.waiting_digest(chat.chat_id, scheduled)
            if deliveries:
                digests.append(Digest(chat.chat_id, scheduled, tuple(deliveries)))
        return digests

    async def claim_digest(self, digest: Digest) -> Digest | None:
        """Take the digest's posts that no other instance took meanwhile; None when none is left."""
        claimed = await self.store.claim_ids([d.id for d in digest.deliveries], self._clock())
        kept = tuple(d for d in digest.deliveries if d.id in claimed)
        return replace(digest, deliveries=kept) if kept else None

    async def due_digests(self, now: float | None = None) -> list[Digest]:
        """Claim the due digests at once, for callers with nothing to prepare before sending."""
        claimed = [await self.claim_digest(digest) for digest in await self.waiting_digests(now)]
        return [digest for digest in claimed if digest is not None]

    async def mark_digest_sent(self, digest: Digest) -> None:
        await self.store.finish([d.id for d in digest.deliveries], SENT, self._clock())


def digest_time(text: str) -> clock_time:
    """"HH:MM" (24-hour) as a time of day, or BadDigestTime."""
    hours, _, minutes = text.strip().partition(":")
    if not (hours.isdigit() and minutes.isdigit() and len(minutes) == 2 and len(hours) <= 2):
        raise BadDigestTime(text)
    if int(hours) > 23 or int(minutes) > 59:
        raise BadDigestTime(text)
    return clock_time(int(hours), int(minutes))


def latest_digest_time(at: str, tz: str, now: float) -> float:
    """The last moment up to `now` when the clock in `tz` read `at`, as a Unix time."""
    zone = _zone(tz)
    local_now = datetime.fromtimestamp(now, zone)
    day = local_now.date()
    scheduled = datetime.combine(day, digest_time(at), zone)
    if scheduled.timestamp() > now:
        scheduled = datetime.combine(day - timedelta(days=1), digest_time(at), zone)
    return scheduled.timestamp()


def _zone(tz: str) -> ZoneInfo:
    try:
        return ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError):
        raise BadDigestTime(tz) from None


def _hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _names(which: str, subscription: Subscription) -> bool:
    """Whether a word typed for a feed is its address (a trailing slash aside) or its title."""
    typed = which.strip().rstrip("/").casefold()
    return typed in (subscription.feed_url.rstrip("/").casefold(), subscription.feed_title.strip().casefold())
